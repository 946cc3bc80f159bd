import type { EntityManager } from 'typeorm';
import type { DomainEvent, EventHandler } from './events';

/**
 * An admin list that one subgraph owns and announces whole after every change, and that every subgraph acting on
 * the matching role claim replicates. A token's claim (`org`, `district`) only says which list to look in; the list
 * decides. Organizations' and districts' lists differ only in what they are keyed by, so both are made here.
 */
export interface AdminListKind {
  /** Event type announcing one list, e.g. `organization.admins`. */
  event: string;
  /** Replica table, one row per key. */
  table: string;
  /** The key's column and SQL type in the replica. */
  keyColumn: string;
  keyType: string;
  /** The key's field in the event's payload (`organizationId`, `district`). */
  keyField: string;
  /** A key worth keeping; anything else in an event is malformed. */
  isKey: (value: unknown) => boolean;
}

/** Is `accountId` on the admin list kept under `key` (the owner's table or a replica)? */
export type AdminListLookup = (key: string, accountId: string) => Promise<boolean>;

export interface AdminList {
  event: string;
  /** The replica's table, for a consumer's migration. */
  replicaTableSql: string;
  /** Consumer side: keeps the newest list announced; an older or repeated one changes nothing. */
  replicate: EventHandler;
  /** Lookup against the replica kept by `replicate`. */
  replicaLookup(db: Pick<EntityManager, 'query'>): AdminListLookup;
}

export function adminList(kind: AdminListKind): AdminList {
  const { table, keyColumn } = kind;
  return {
    event: kind.event,
    replicaTableSql: `CREATE TABLE ${table} (
  ${keyColumn} ${kind.keyType} PRIMARY KEY,
  account_ids varchar(64)[] NOT NULL,
  version integer NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
    replicate: async (event: DomainEvent<Record<string, unknown>>, m: EntityManager) => {
      const p = event.payload;
      const key = p[kind.keyField];
      // A malformed event cannot become valid by retrying it; it is acknowledged and dropped.
      if (!kind.isKey(key) || !Array.isArray(p.accountIds) || !Number.isInteger(p.version)) return;
      await m.query(
        `INSERT INTO ${table} (${keyColumn}, account_ids, version) VALUES ($1, $2, $3)
         ON CONFLICT (${keyColumn}) DO UPDATE SET account_ids = EXCLUDED.account_ids, version = EXCLUDED.version,
         updated_at = now()
         WHERE ${table}.version <= EXCLUDED.version`,
        [key, p.accountIds.map(String), p.version],
      );
    },
    replicaLookup: (db) => async (key, accountId) => {
      const rows = await db.query(`SELECT 1 FROM ${table} WHERE ${keyColumn} = $1 AND $2 = ANY(account_ids)`, [
        key,
        accountId,
      ]);
      return rows.length > 0;
    },
  };
}
