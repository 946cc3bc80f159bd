import 'reflect-metadata';
import { DataSource, type DataSourceOptions, type Logger as OrmLogger } from 'typeorm';
import { EVENT_TABLES_SQL } from './events';
import type { Logger } from './log';

/**
 * Counts the SQL statements a data source runs, so tests can prove a page of N items costs a fixed number of
 * statements. Statements are logged (at debug level; failed and slow ones above it) as the code wrote them, with
 * placeholders: TypeORM hands every method here the parameters too, and none of them logs those, since they hold
 * phone numbers, ID numbers and addresses. A failure's error goes through the kit's error serializer (log.ts).
 */
export class SqlLog implements OrmLogger {
  statements = 0;
  constructor(private readonly out: Logger) {}
  logQuery(query: string) {
    this.statements++;
    this.out.debug({ sql: query }, 'sql');
  }
  logQueryError(error: string | Error, query: string) {
    this.out.error({ sql: query, err: error }, 'sql failed');
  }
  logQuerySlow(time: number, query: string) {
    this.out.warn({ sql: query, ms: time }, 'slow sql');
  }
  logSchemaBuild() {}
  logMigration(message: string) {
    this.out.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown) {
    this.out[level === 'warn' ? 'warn' : 'info'](String(message));
  }
}

/** TypeORM's own types for the entity and migration lists: classes, schemas or glob paths. */
export type EntityList = NonNullable<DataSourceOptions['entities']>;
export type MigrationList = NonNullable<DataSourceOptions['migrations']>;

export interface DatabaseOptions {
  url: string;
  /** The subgraph's own Postgres schema; no other subgraph's SQL reaches into it. */
  schema: string;
  entities: EntityList;
  migrations: MigrationList;
  poolMax: number;
  log: Logger;
}

/** A TypeORM data source confined to one Postgres schema (search_path too, so migrations stay unqualified). */
export function createDataSource(opts: DatabaseOptions): DataSource & { sqlLog: SqlLog } {
  const sqlLog = new SqlLog(opts.log);
  const ds = new DataSource({
    type: 'postgres',
    url: opts.url,
    schema: opts.schema,
    entities: opts.entities,
    migrations: opts.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: true,
    logger: sqlLog,
    maxQueryExecutionTime: 1000,
    extra: {
      max: opts.poolMax,
      options: `-c search_path=${opts.schema},public`,
      application_name: `qingju-${opts.schema}`,
    },
  });
  return Object.assign(ds, { sqlLog });
}

/**
 * Connects, creates the schema if this is its first start, and applies pending migrations. `events: false` for one
 * that neither sends nor receives events (the gateway's own traffic schema): no outbox or inbox tables.
 */
export async function openDatabase(ds: DataSource, schema: string, opts: { events?: boolean } = {}): Promise<void> {
  await ds.initialize();
  await ds.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  if (opts.events !== false) for (const sql of EVENT_TABLES_SQL) await ds.query(sql);
  await ds.runMigrations();
}
