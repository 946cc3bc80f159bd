import type { EntityManager } from 'typeorm';
import { one, rows } from '../../kit/runtime/sql';

/**
 * Where one kind of admin list lives: the owner's table (which carries the list's version) and the list's table.
 * Organizations and districts keep their lists the same way, so one piece of SQL serves both.
 */
export interface AdminListTables {
  owner: string;
  ownerKey: string;
  list: string;
  listKey: string;
  keyType: 'uuid' | 'varchar';
}

export const ORGANIZATION_ADMIN_LIST: AdminListTables = {
  owner: 'organization',
  ownerKey: 'id',
  list: 'organization_admin',
  listKey: 'organization_id',
  keyType: 'uuid',
};
export const DISTRICT_ADMIN_LIST: AdminListTables = {
  owner: 'district',
  ownerKey: 'code',
  list: 'district_admin',
  listKey: 'district_code',
  keyType: 'varchar',
};

/**
 * The list as it stands after a change, with its next version; call it inside the change's transaction (the owner's
 * row is locked), so versions follow the order in which changes commit.
 */
export async function nextAdminList(
  m: EntityManager,
  t: AdminListTables,
  key: string,
): Promise<{ accountIds: string[]; version: number }> {
  const row = await one<{ admins_version: number }>(
    m,
    `UPDATE ${t.owner} SET admins_version = admins_version + 1 WHERE ${t.ownerKey} = $1 RETURNING admins_version`,
    [key],
  );
  const admins = await rows<{ account_id: string }>(
    m,
    `SELECT account_id FROM ${t.list} WHERE ${t.listKey} = $1 ORDER BY account_id`,
    [key],
  );
  return { accountIds: admins.map((a) => a.account_id), version: row.admins_version };
}

/** Inserts demo admins that are not there yet; returns the owners whose list changed. */
export async function seedAdminList(
  m: EntityManager,
  t: AdminListTables,
  admins: { key: string; accountId: string }[],
): Promise<string[]> {
  const inserted = await rows<{ key: string }>(
    m,
    `INSERT INTO ${t.list} (${t.listKey}, account_id) SELECT * FROM unnest($1::${t.keyType}[], $2::varchar[])
     ON CONFLICT DO NOTHING RETURNING ${t.listKey} AS key`,
    [admins.map((a) => a.key), admins.map((a) => a.accountId)],
  );
  return [...new Set(inserted.map((r) => r.key))];
}
