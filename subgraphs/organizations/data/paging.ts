import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, toConnection, type Connection } from '../../kit/runtime/connection';

/** Rows that page by a timestamp and their id: oldest first, ties broken by id. */
interface Timed extends ObjectLiteral {
  id: string;
}

/**
 * One page of a keyset-paged list: rows after the cursor's (time, id), oldest first, `size + 1` fetched so the
 * connection knows whether a next page exists. Timestamps are stored to the millisecond, as cursors carry them.
 */
export async function timePage<T extends Timed>(
  qb: SelectQueryBuilder<T>,
  timeColumn: string,
  timeOf: (row: T) => Date,
  size: number,
  after: string | null | undefined,
): Promise<Connection<T>> {
  const alias = qb.alias;
  const cursor = decodeCursor(after, ['timestamp', 'uuid']);
  if (cursor) {
    const [time, id] = cursor;
    qb.andWhere(`(${alias}.${timeColumn}, ${alias}.id) > (:afterTime, :afterId)`, { afterTime: time, afterId: id });
  }
  const rows = await qb
    .orderBy(`${alias}.${timeColumn}`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .take(size + 1)
    .getMany();
  return toConnection(rows, size, (r) => [timeOf(r).toISOString(), r.id]);
}

/** Narrows a list to rows whose columns equal the given filter values; filters left out (null) do not narrow. */
export function whereEqual<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  columns: Record<string, unknown>,
): SelectQueryBuilder<T> {
  for (const [column, value] of Object.entries(columns)) {
    if (value != null) qb.andWhere(`${qb.alias}.${column} = :${column}`, { [column]: value });
  }
  return qb;
}
