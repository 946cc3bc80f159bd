import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Inserts demo rows that are not there yet. Demo data has fixed ids, so a second start changes nothing and
 * edits made while trying the system out survive a restart.
 */
export async function seedRows<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  rows: object[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(rows as T[])
    .orIgnore()
    .execute();
}
