import type { EntityManager } from 'typeorm';
import { on, type EventPayload } from './event-catalogue';
import type { Consumer } from './events';

/** The catalogued announcements of a whole admin list. */
type AdminListEvent = 'organization.admins' | 'district.admins';

/**
 * An admin list that one subgraph owns and announces whole after every change, and that every subgraph acting on
 * the matching role claim replicates. A token's claim (`org`, `district`) only says which list to look in; the list
 * decides. Organizations' and districts' lists differ only in what they are keyed by, so both are made here.
 */
export interface AdminListKind<T extends AdminListEvent> {
  /** Event type announcing one list. */
  event: T;
  /** Replica table, one row per key. */
  table: string;
  /** The key's column and SQL type in the replica. */
  keyColumn: string;
  keyType: string;
  /** The list's key in the event's payload (the organization's id, the district's code). */
  keyOf: (payload: EventPayload<T>) => string;
}

/** Is `accountId` on the admin list kept under `key` (the owner's table or a replica)? */
export type AdminListLookup = (key: string, accountId: string) => Promise<boolean>;

export interface AdminList<T extends AdminListEvent> {
  event: T;
  /** The replica's table, for a consumer's migration. */
  replicaTableSql: string;
  /** Consumer side: keeps the newest list announced; an older or repeated one changes nothing. */
  replicate: Consumer<EventPayload<T>>;
  /** Lookup against the replica kept by `replicate`. */
  replicaLookup(db: Pick<EntityManager, 'query'>): AdminListLookup;
}

export function adminList<T extends AdminListEvent>(kind: AdminListKind<T>): AdminList<T> {
  const { table, keyColumn } = kind;
  return {
    event: kind.event,
    replicaTableSql: `CREATE TABLE ${table} (
  ${keyColumn} ${kind.keyType} PRIMARY KEY,
  account_ids varchar(64)[] NOT NULL,
  version integer NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
)`,
    // The catalogue has checked key, accounts and version; a malformed announcement never reaches this.
    replicate: on(kind.event, async (p, { manager }) => {
      await manager.query(
        `INSERT INTO ${table} (${keyColumn}, account_ids, version) VALUES ($1, $2, $3)
         ON CONFLICT (${keyColumn}) DO UPDATE SET account_ids = EXCLUDED.account_ids, version = EXCLUDED.version,
         updated_at = now()
         WHERE ${table}.version <= EXCLUDED.version`,
        [kind.keyOf(p), p.accountIds, p.version],
      );
    }),
    replicaLookup: (db) => async (key, accountId) => {
      const rows = await db.query(`SELECT 1 FROM ${table} WHERE ${keyColumn} = $1 AND $2 = ANY(account_ids)`, [
        key,
        accountId,
      ]);
      return rows.length > 0;
    },
  };
}
