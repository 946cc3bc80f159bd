import { GATEWAY_SUBGRAPHS, SUBGRAPHS } from '../../../schema/registry';
import { startTraffic } from '../../../gateway/traffic/module';
import { createDataSource, openDatabase } from '../../../subgraphs/kit/runtime/database';
import { createLogger } from '../../../subgraphs/kit/runtime/log';
import { loadSubgraph } from '../../testkit/city';

/**
 * Brings every schema of the city to its current migration, exactly as a start would: each subgraph's own
 * definition (entities, migrations, outbox and inbox tables) through the kit's openDatabase, and the gateway's
 * traffic schema through its own start. The generator then writes into tables a running city recognises.
 */
export async function migrateCity(databaseUrl: string): Promise<void> {
  const log = createLogger('seed-city', 'warn');
  for (const entry of SUBGRAPHS) {
    const def = loadSubgraph(entry);
    const db = createDataSource({
      url: databaseUrl,
      schema: def.name,
      entities: def.entities,
      migrations: def.migrations,
      poolMax: 1,
      log,
    });
    try {
      await openDatabase(db, def.name);
    } finally {
      if (db.isInitialized) await db.destroy();
    }
  }
  if (GATEWAY_SUBGRAPHS.some((g) => g.name === 'traffic')) {
    const traffic = await startTraffic({ databaseUrl, log, flushMs: 3_600_000 });
    await traffic.stop();
  }
}
