import fs from 'node:fs';
import { importKey } from '../../subgraphs/kit/runtime/identity';
import { startHiveGateway, type HiveProcessConfig } from './hive-gateway';

/**
 * Entry of the Hive Gateway process (spawnHiveGateway). With the Rust planner first; if our supergraph does not
 * compose for it, the JavaScript planner, and the parent is told which one answers.
 */
async function main() {
  const config = JSON.parse(process.env.QINGJU_HIVE!) as HiveProcessConfig;
  const identityKey = await importKey(JSON.stringify(config.identityPrivateJwk));
  const supergraphSdl = fs.readFileSync(config.supergraphFile, 'utf8');
  const start = (rustPlanner: boolean) =>
    startHiveGateway({ ...config, supergraphSdl, identityKey, rustPlanner, host: '127.0.0.1' });
  let hive = await start(config.rustPlanner ?? true);
  // A first request plans over the supergraph: the planner is known to work only once one has been answered.
  const probe = await fetch(hive.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ districts { code } }' }),
  }).then((r) => r.json() as Promise<{ errors?: unknown[] }>);
  if (probe.errors?.length && hive.planner === 'rust') {
    console.error(`Hive Gateway: the Rust planner failed (${JSON.stringify(probe.errors)}); the JavaScript one serves`);
    await hive.stop();
    hive = await start(false);
  }
  process.send!({ url: hive.url, planner: hive.planner });
  const stop = () => void hive.stop().finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // Started by a test or the bench: when the parent is gone, so is this.
  process.on('disconnect', stop);
}

main().catch((err: unknown) => {
  console.error('Hive Gateway failed to start', err);
  process.exit(1);
});
