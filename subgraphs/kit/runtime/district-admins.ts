import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { Caller } from './caller';
import { adminList, type AdminListLookup } from './admin-lists';

/**
 * A token's `district` claim is a hint; the district's admin list decides. The organizations subgraph (which owns
 * the 23 districts) owns the lists and announces a district's whole list after every change (`district.admins`);
 * every subgraph that acts on a district-admin claim keeps a replica and checks the caller against it, so a removed
 * admin loses their powers as soon as the event arrives, whatever their token still says.
 *
 * City admins are trusted by their token alone: the city's identity provider is the root of trust and nothing in
 * the city owns a list of city admins that a subgraph could check against.
 */
const districtAdmins = adminList({
  event: 'district.admins',
  table: 'district_admins',
  keyColumn: 'district_code',
  keyType: 'varchar(32)',
  keyOf: (p) => p.district,
});

/** The demo admin of each district, and the account `npm run token -- --role district_admin` signs for by default. */
export const demoDistrictAdmin = (code: string) => `demo-district-admin-${code}`;

/** Whether the caller administers a district: a listed admin of it, or any city admin. */
export type DistrictAdminCheck = (district: string) => Promise<boolean>;

/**
 * Per request: true for a city admin; for a district-admin token, only for the district it names AND while its
 * account is on that district's list. The list is read at most once per request (a token names one district), and
 * not at all for other callers.
 */
export function districtAdminCheck(caller: Caller, lookup: AdminListLookup): DistrictAdminCheck {
  let listed: Promise<boolean> | undefined;
  return (district) => {
    if (caller.kind === 'cityAdmin') return Promise.resolve(true);
    if (caller.kind !== 'districtAdmin' || caller.district !== district) return Promise.resolve(false);
    listed ??= lookup(caller.district, caller.accountId);
    return listed;
  };
}

/** Consumer side: keeps the newest list announced per district. */
export const replicateDistrictAdmins = districtAdmins.replicate;

/** Lookup against the replica kept by `replicateDistrictAdmins`. */
export const districtReplicaLookup = districtAdmins.replicaLookup;

/**
 * The replica's table, as a migration every consumer lists (volunteers, projects, and each district through
 * `defineDistrict`). It starts empty and fills from the owner's announcements; until a district's list arrives its
 * admins are refused there, never trusted by token.
 */
export class DistrictAdminReplica1764500000000 implements MigrationInterface {
  name = 'DistrictAdminReplica1764500000000';
  async up(q: QueryRunner): Promise<void> {
    await q.query(districtAdmins.replicaTableSql);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE district_admins');
  }
}
