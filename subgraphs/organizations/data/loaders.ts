import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { accountOf, type Caller } from '../../kit/runtime/caller';
import type { Connection } from '../../kit/runtime/connection';
import { countLoader, groupLoader, rowLoader } from '../../kit/runtime/loaders';
import { districtAdminCheck } from '../../kit/runtime/district-admins';
import { organizationAdminCheck } from '../../kit/runtime/organization-admins';
import { adminsOfDistricts } from './district-admin.repository';
import { districtsByCodes, organizationCounts } from './district.repository';
import { needsByIds } from './need.repository';
import { ALL_SCOPES, CITY_SCOPE, statisticsLoader } from '../../kit/city/statistics';
import { organizationFigures, type OrganizationFigureRow } from './statistics.repository';
import { adminsOf, organizationsByIds } from './organization.repository';
import type { TeamMemberEntity } from './team-member.entity';
import {
  activeMemberCounts,
  memberPages,
  membersByIds,
  membershipsOf,
  teamsByIds,
  teamsOfOrganizations,
} from './team.repository';

export function createLoaders(db: DataSource, caller: Caller) {
  const account = accountOf(caller);
  // One loader per (first, after): every team in a response asking for the same page shares one statement.
  const pages = new Map<string, DataLoader<string, Connection<TeamMemberEntity>>>();
  const adminsByOrganization = groupLoader(
    (ids: readonly string[]) => adminsOf(db, ids),
    (a) => a.organizationId,
  );
  const adminsByDistrict = groupLoader(
    (codes: readonly string[]) => adminsOfDistricts(db, codes),
    (a) => a.districtCode,
  );
  return {
    district: rowLoader(
      (codes: readonly string[]) => districtsByCodes(db, codes),
      (d) => d.code,
    ),
    organization: rowLoader(
      (ids: readonly string[]) => organizationsByIds(db, ids),
      (o) => o.id,
    ),
    organizationCount: countLoader((codes: readonly string[]) => organizationCounts(db, codes)),
    /** Organization figures of a scope and range; all scopes of a range from one statement. */
    statistics: statisticsLoader(async (from, to) => {
      const found = await organizationFigures(db, from, to);
      const sum = (scope: string): OrganizationFigureRow =>
        found
          .filter((r) => scope === CITY_SCOPE || r.districtCode === scope)
          .reduce(
            (a, r) => ({
              ...a,
              total: a.total + r.total,
              registered: a.registered + r.registered,
              verified: a.verified + r.verified,
            }),
            { districtCode: scope, total: 0, registered: 0, verified: 0 },
          );
      return new Map(ALL_SCOPES.map((scope) => [scope, sum(scope)]));
    }),
    adminsByOrganization,
    /** Whether the caller acts for an organization: its token names it and its account is on the list (ours). */
    actsFor: organizationAdminCheck(caller, async (organizationId, accountId) =>
      (await adminsByOrganization.load(organizationId)).some((a) => a.accountId === accountId),
    ),
    adminsByDistrict,
    /**
     * Whether the caller administers a district: a city admin, or a district-admin token whose account is on its
     * list (ours).
     */
    administersDistrict: districtAdminCheck(caller, async (code, accountId) =>
      (await adminsByDistrict.load(code)).some((a) => a.accountId === accountId),
    ),
    teamsByOrganization: groupLoader(
      (ids: readonly string[]) => teamsOfOrganizations(db, ids),
      (t) => t.organizationId,
    ),
    team: rowLoader(
      (ids: readonly string[]) => teamsByIds(db, ids),
      (t) => t.id,
    ),
    teamMember: rowLoader(
      (ids: readonly string[]) => membersByIds(db, ids),
      (m) => m.id,
    ),
    activeMemberCount: countLoader((ids: readonly string[]) => activeMemberCounts(db, ids)),
    /** The caller's own membership per team (nothing for an anonymous caller). */
    myMembership: rowLoader(
      (ids: readonly string[]) => (account ? membershipsOf(db, account, ids) : Promise.resolve([])),
      (m) => m.teamId,
    ),
    memberPage(size: number, after: string | null | undefined) {
      const key = `${size}:${after ?? ''}`;
      let loader = pages.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids: readonly string[]) => {
          const byTeam = await memberPages(db, ids, size, after);
          return ids.map((id) => byTeam.get(id)!);
        });
        pages.set(key, loader);
      }
      return loader;
    },
    need: rowLoader(
      (ids: readonly string[]) => needsByIds(db, ids),
      (n) => n.id,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
