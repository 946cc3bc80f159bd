import type { DataSource, EntityTarget } from 'typeorm';
import { decodeCursor, toConnection, type Connection } from '../../kit/runtime/connection';
import { entities } from '../../kit/runtime/sql';

/** Rows that page by a timestamp and their id: oldest first, ties broken by id. */
interface Timed {
  id: string;
}

/**
 * One page of a keyset-paged list of `table`: rows whose columns equal the given filter values (a filter left out,
 * null, does not narrow) after the cursor's (time, id), oldest first, `size + 1` fetched so the connection knows
 * whether a next page exists. Timestamps are stored to the millisecond, as cursors carry them. Table and column
 * names come from the repositories, never from clients; values are bound.
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
): Promise<Connection<T>> {
  const params: unknown[] = [];
  const where = ['true'];
  for (const [column, value] of Object.entries(filters)) {
    if (value != null) where.push(`${column} = $${params.push(value)}`);
  }
  const cursor = decodeCursor(after, ['timestamp', 'uuid']);
  if (cursor) where.push(`(${timeColumn}, id) > ($${params.push(cursor[0])}, $${params.push(cursor[1])})`);
  const found = await entities(
    db,
    target,
    `SELECT * FROM ${table} WHERE ${where.join(' AND ')} ORDER BY ${timeColumn}, id LIMIT $${params.push(size + 1)}`,
    params,
  );
  return toConnection(found, size, (r) => [timeOf(r).toISOString(), r.id]);
}
