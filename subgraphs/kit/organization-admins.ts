import type { EntityManager } from 'typeorm';
import type { Caller } from './caller';
import type { DomainEvent, EventHandler } from './events';
import { isUuid } from './ids';

/**
 * A token's `org` claim is a hint; the organization's admin list decides. The organizations subgraph owns that list
 * and announces the whole of it after every change (`organization.admins`), so a subgraph that acts for an
 * organization keeps a replica and checks the caller against it: a removed admin loses their powers as soon as the
 * event arrives, whatever their token still says.
 */
export const ORGANIZATION_ADMINS = 'organization.admins';

/** The whole admin list; `version` grows with every change, so a late or replayed announcement never wins. */
export interface OrganizationAdminsPayload {
  organizationId: string;
  accountIds: string[];
  version: number;
}

/** Is `accountId` on the admin list of `organizationId` (the owner's table or a replica)? */
export type AdminListLookup = (organizationId: string, accountId: string) => Promise<boolean>;

/**
 * Per request: whether the caller acts as an admin of an organization. True only when the token names that
 * organization AND its account is on the admin list; the list is read at most once per request (a token names one
 * organization), and not at all for callers that claim no organization.
 */
export function organizationAdminCheck(caller: Caller, lookup: AdminListLookup): (organizationId: string) => Promise<boolean> {
  let listed: Promise<boolean> | undefined;
  return (organizationId) => {
    if (caller.kind !== 'orgAdmin' || caller.organizationId !== organizationId) return Promise.resolve(false);
    listed ??= lookup(caller.organizationId, caller.accountId);
    return listed;
  };
}

/** The replica's table, for a consumer's migration (one row per organization). */
export const ADMIN_REPLICA_TABLE_SQL = `CREATE TABLE organization_admins (
  organization_id uuid PRIMARY KEY,
  account_ids varchar(64)[] NOT NULL,
  version integer NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
)`;

/** Consumer side: keeps the newest list announced; an older or repeated one changes nothing. */
export const replicateOrganizationAdmins: EventHandler = async (event: DomainEvent<OrganizationAdminsPayload>, m: EntityManager) => {
  const p = event.payload;
  // A malformed event cannot become valid by retrying it; it is acknowledged and dropped.
  if (!isUuid(p.organizationId) || !Array.isArray(p.accountIds) || !Number.isInteger(p.version)) return;
  await m.query(
    `INSERT INTO organization_admins (organization_id, account_ids, version) VALUES ($1, $2, $3)
     ON CONFLICT (organization_id) DO UPDATE SET account_ids = EXCLUDED.account_ids, version = EXCLUDED.version, updated_at = now()
     WHERE organization_admins.version <= EXCLUDED.version`,
    [p.organizationId, p.accountIds.map(String), p.version],
  );
};

/** Lookup against the replica kept by `replicateOrganizationAdmins`. */
export function replicaLookup(db: Pick<EntityManager, 'query'>): AdminListLookup {
  return async (organizationId, accountId) => {
    const rows = await db.query('SELECT 1 FROM organization_admins WHERE organization_id = $1 AND $2 = ANY(account_ids)', [organizationId, accountId]);
    return rows.length > 0;
  };
}
