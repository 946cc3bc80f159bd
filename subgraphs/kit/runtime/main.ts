import { SUBGRAPHS } from '../../../schema/registry';
import { readSubgraphConfig } from './config';
import { importEventKeys } from './event-keys';
import { onShutdownSignal } from './http';
import { importKey } from './identity';
import { createLogger } from './log';
import { startSubgraph, type SubgraphDefinition } from './subgraph';

/** The IPC message a subgraph started by a parent process answers with its request pool's SQL statement count. */
export const SQL_STATEMENTS_QUESTION = 'sqlStatements';

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
      broker: config.NATS_URL ? { url: config.NATS_URL, prefix: config.NATS_PREFIX } : undefined,
    });
    onShutdownSignal(() => running.stop(), log);
    // Started by the launcher: if it dies without a chance to stop us, stop too rather than linger.
    if (process.send) process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
    // The parent (npm run bench) asks how many SQL statements requests ran, to divide by the requests it sent: over
    // the IPC channel only, so the count is no one's business who merely reaches the subgraph's port.
    process.on('message', (message: unknown) => {
      if (message === SQL_STATEMENTS_QUESTION)
        process.send?.({ [SQL_STATEMENTS_QUESTION]: running.db.sqlLog.statements });
    });
  })().catch((err: unknown) => {
    log.fatal({ err }, `${def.name} failed to start`);
    process.exit(1);
  });
}
