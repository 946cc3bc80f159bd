import type { DataSource, EntityTarget } from 'typeorm';
import { decodeCursor, toConnection, type Connection } from '../../kit/runtime/connection';
import { entities, one } from '../../kit/runtime/sql';

/** A page, and the count of every row the filter matches, run only when a client asks for `totalCount`. */
export type CountedConnection<T> = Connection<T> & { countTotal: () => Promise<number> };

/** Rows that page by a timestamp and their id: oldest first, ties broken by id. */
interface Timed {
  id: string;
}

/**
 * One page of a keyset-paged list of `table`: rows whose columns equal the given filter values (a filter left out,
 * null, does not narrow) after the cursor's (time, id), oldest first, `size + 1` fetched so the connection knows
 * whether a next page exists; `countTotal` counts what the filter matches, for a dashboard's `totalCount`.
 * Timestamps are stored to the millisecond, as cursors carry them. Table and column names come from the
 * repositories, never from clients; values are bound.
 */
export async function timePage<T extends Timed>(
  db: DataSource,
  target: EntityTarget<T>,
  table: string,
  filters: Record<string, unknown>,
  timeColumn: string,
  timeOf: (row: T) => Date,
  size: number,
  after: string | null | undefined,
): Promise<CountedConnection<T>> {
  const params: unknown[] = [];
  const where = ['true'];
  for (const [column, value] of Object.entries(filters)) {
    if (value != null) where.push(`${column} = $${params.push(value)}`);
  }
  const matching = where.join(' AND ');
  const countParams = [...params];
  const countTotal = async () =>
    Number((await one<{ n: string }>(db, `SELECT count(*) AS n FROM ${table} WHERE ${matching}`, countParams)).n);
  const cursor = decodeCursor(after, ['timestamp', 'uuid']);
  if (cursor) where.push(`(${timeColumn}, id) > ($${params.push(cursor[0])}, $${params.push(cursor[1])})`);
  const found = await entities(
    db,
    target,
    `SELECT * FROM ${table} WHERE ${where.join(' AND ')} ORDER BY ${timeColumn}, id LIMIT $${params.push(size + 1)}`,
    params,
  );
  return { ...toConnection(found, size, (r) => [timeOf(r).toISOString(), r.id]), countTotal };
}
