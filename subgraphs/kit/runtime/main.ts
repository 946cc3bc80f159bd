import { SUBGRAPHS } from '../../../schema/registry';
import { readSubgraphConfig } from './config';
import { importEventKeys } from './event-keys';
import { onShutdownSignal } from './http';
import { importKey } from './identity';
import { createLogger } from './log';
import { startSubgraph, type SubgraphDefinition } from './subgraph';

/** Every registered subgraph's base URL, from a template such as http://{name}:{port} (containers). */
function peerUrls(template: string): Record<string, string> {
  return Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, template.replace('{name}', s.name).replace('{port}', String(s.port))]),
  );
}

/** The whole of a subgraph's index.ts: read config, start, stop cleanly on SIGTERM/SIGINT. */
export function runSubgraph<L>(def: SubgraphDefinition<L>): void {
  const entry = SUBGRAPHS.find((s) => s.name === def.name);
  if (!entry) throw new Error(`${def.name} is not in schema/registry.ts`);
  const config = readSubgraphConfig(process.env, entry.port);
  const log = createLogger(def.name, config.LOG_LEVEL);
  (async () => {
    const running = await startSubgraph(def, {
      port: config.PORT,
      eventKeys: importEventKeys(def.name, config.EVENTS_PRIVATE_KEY, config.EVENTS_PUBLIC_KEYS),
      peers: () => peerUrls(config.PEER_URL_TEMPLATE),
      host: config.HOST,
      databaseUrl: config.DATABASE_URL,
      poolMax: config.DB_POOL_MAX,
      identityKey: await importKey(config.IDENTITY_PUBLIC_KEY),
      log,
      seedDemo: config.SEED_DEMO,
    });
    onShutdownSignal(() => running.stop(), log);
    // Started by the launcher: if it dies without a chance to stop us, stop too rather than linger.
    if (process.send) process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
  })().catch((err: unknown) => {
    log.fatal({ err }, `${def.name} failed to start`);
    process.exit(1);
  });
}
