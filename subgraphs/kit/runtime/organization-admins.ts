import type { Caller } from './caller';
import { adminList, type AdminListLookup } from './admin-lists';

export type { AdminListLookup };

/**
 * A token's `org` claim is a hint; the organization's admin list decides. The organizations subgraph owns that list
 * and announces the whole of it after every change (`organization.admins`), so a subgraph that acts for an
 * organization keeps a replica and checks the caller against it: a removed admin loses their powers as soon as the
 * event arrives, whatever their token still says.
 */
const organizationAdmins = adminList({
  event: 'organization.admins',
  table: 'organization_admins',
  keyColumn: 'organization_id',
  keyType: 'uuid',
  keyOf: (p) => p.organizationId,
});

/**
 * Per request: whether the caller acts as an admin of an organization. True only when the token names that
 * organization AND its account is on the admin list; the list is read at most once per request (a token names one
 * organization), and not at all for callers that claim no organization.
 */
export function organizationAdminCheck(
  caller: Caller,
  lookup: AdminListLookup,
): (organizationId: string) => Promise<boolean> {
  let listed: Promise<boolean> | undefined;
  return (organizationId) => {
    if (caller.kind !== 'orgAdmin' || caller.organizationId !== organizationId) return Promise.resolve(false);
    listed ??= lookup(caller.organizationId, caller.accountId);
    return listed;
  };
}

/** The replica's table, for a consumer's migration (one row per organization). */
export const ADMIN_REPLICA_TABLE_SQL = organizationAdmins.replicaTableSql;

/** Consumer side: keeps the newest list announced; an older or repeated one changes nothing. */
export const replicateOrganizationAdmins = organizationAdmins.replicate;

/** Lookup against the replica kept by `replicateOrganizationAdmins`. */
export const replicaLookup = organizationAdmins.replicaLookup;
