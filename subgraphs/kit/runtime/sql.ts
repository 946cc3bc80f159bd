import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral, type QueryRunner } from 'typeorm';

/**
 * The one way subgraphs read and write their tables: parameterised SQL text in `data/*.repository.ts`, run through
 * these helpers on a data source or on a transaction's entity manager (so a statement joins the caller's
 * transaction, row locks included). TypeORM keeps entities (the row types), migrations and transactions; SQL is
 * written out because the platform leans on what its query builder expresses poorly: FOR UPDATE, ON CONFLICT,
 * CTEs, window functions, GiST distance and pg_trgm.
 *
 * Row types are the caller's statement of what its SELECT list returns; pg parses the values (timestamptz as Date,
 * numeric and bigint as string, arrays as arrays). `entities` instead hydrates rows through an entity's column
 * metadata, exactly as TypeORM's finders do (date columns as YYYY-MM-DD strings, column transformers applied).
 */
export type Db = DataSource | EntityManager;

/** Values bound to $1, $2 ...: never spliced into the text. */
export type SqlParams = readonly unknown[];

/**
 * Runs one statement and returns its rows and the count pg reports (rows changed by INSERT, UPDATE and DELETE).
 * TypeORM's own `query` answers UPDATE and DELETE with `[rows, count]` but SELECT and INSERT with rows; the
 * structured result has one shape for all.
 */
async function execute(db: Db, text: string, params: SqlParams): Promise<{ records: unknown[]; affected: number }> {
  const manager = db instanceof DataSource ? db.manager : db;
  const inTransaction: QueryRunner | undefined = manager.queryRunner;
  const runner = inTransaction ?? manager.connection.createQueryRunner();
  try {
    const result = await runner.query(text, [...params], true);
    return { records: result.records ?? [], affected: result.affected ?? 0 };
  } finally {
    if (!inTransaction) await runner.release();
  }
}

/** Every row the statement returns. */
export async function rows<T extends object>(db: Db, text: string, params: SqlParams = []): Promise<T[]> {
  return (await execute(db, text, params)).records as T[];
}

/** The first row, or null when there is none. */
export async function maybeOne<T extends object>(db: Db, text: string, params: SqlParams = []): Promise<T | null> {
  return ((await execute(db, text, params)).records[0] as T | undefined) ?? null;
}

/** The first row of a statement that always returns one (an aggregate, an INSERT ... RETURNING); throws otherwise. */
export async function one<T extends object>(db: Db, text: string, params: SqlParams = []): Promise<T> {
  const row = await maybeOne<T>(db, text, params);
  if (!row) throw new Error(`expected a row from: ${text.slice(0, 80)}`);
  return row;
}

/** Runs a statement for its effect; returns how many rows it inserted, changed or deleted. */
export async function exec(db: Db, text: string, params: SqlParams = []): Promise<number> {
  return (await execute(db, text, params)).affected;
}

/**
 * One row of an entity's table (selected by its columns' database names) as TypeORM's finders would return it:
 * property names, the driver's conversions and column transformers. Other keys of the row are left out.
 */
export function hydrate<E extends ObjectLiteral>(db: Db, target: EntityTarget<E>, row: Record<string, unknown>): E {
  const connection = db instanceof DataSource ? db : db.connection;
  const metadata = connection.getMetadata(target);
  const entity = metadata.create() as E;
  for (const column of metadata.columns) {
    const value = row[column.databaseName];
    if (value === undefined) continue;
    (entity as Record<string, unknown>)[column.propertyName] = connection.driver.prepareHydratedValue(value, column);
  }
  return entity;
}

const columnLists = new WeakMap<object, Map<string, string>>();

/**
 * The entity's own columns as a SELECT list (`p.id, p.title, ...` with an alias), for statements that `hydrate` or
 * read `entities`: `SELECT *` would also ship the columns the entity leaves out, such as a table's stored search
 * arrays, which pg then parses into JavaScript arrays of strings only for `hydrate` to drop them.
 */
export function columnsOf<E extends ObjectLiteral>(db: Db, target: EntityTarget<E>, alias = ''): string {
  const connection = db instanceof DataSource ? db : db.connection;
  const metadata = connection.getMetadata(target);
  const lists = columnLists.get(metadata) ?? columnLists.set(metadata, new Map()).get(metadata)!;
  let list = lists.get(alias);
  if (list === undefined) {
    const prefix = alias ? `${alias}.` : '';
    list = metadata.columns.map((c) => `${prefix}"${c.databaseName}"`).join(', ');
    lists.set(alias, list);
  }
  return list;
}

/** Rows of an entity's table (the statement selects its columns by their database names, e.g. `SELECT s.*`). */
export async function entities<E extends ObjectLiteral>(
  db: Db,
  target: EntityTarget<E>,
  text: string,
  params: SqlParams = [],
): Promise<E[]> {
  return (await rows<Record<string, unknown>>(db, text, params)).map((row) => hydrate(db, target, row));
}

/** The first entity row, or null. */
export async function maybeEntity<E extends ObjectLiteral>(
  db: Db,
  target: EntityTarget<E>,
  text: string,
  params: SqlParams = [],
): Promise<E | null> {
  return (await entities(db, target, text, params))[0] ?? null;
}

/** The entity row of a statement that always returns one (INSERT ... RETURNING *); throws otherwise. */
export async function oneEntity<E extends ObjectLiteral>(
  db: Db,
  target: EntityTarget<E>,
  text: string,
  params: SqlParams = [],
): Promise<E> {
  const entity = await maybeEntity(db, target, text, params);
  if (!entity) throw new Error(`expected a row from: ${text.slice(0, 80)}`);
  return entity;
}

/**
 * A condition that is always true and keeps a statement's plan serial: `current_schema()` is parallel-unsafe, so
 * PostgreSQL starts no workers for a statement that calls it. For small reads over several tables (the dashboard's
 * rollups) that the planner would otherwise spread over workers: on two busy cores starting them cost ten times the
 * read (issue 14: 16 ms serial, 150-370 ms with a Gather).
 */
export const SERIAL_PLAN = 'current_schema() IS NOT NULL';
