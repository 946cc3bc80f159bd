import type { DataSource } from 'typeorm';
import { demoDay, demoInstant } from '../../kit/city/demo-days';
import { seedRows } from '../../kit/runtime/seed';
import demo from './demo.json';
import { NeedEntity } from './need.entity';
import { OrganizationEntity } from './organization.entity';
import { TeamMemberEntity } from './team-member.entity';
import { TeamEntity } from './team.entity';
import { VolunteerAccountEntity } from './volunteer-account.entity';
import { DISTRICT_ADMIN_LIST, ORGANIZATION_ADMIN_LIST, seedAdminList } from './admin-list.repository';
import { DISTRICTS } from '../../kit/city/districts';
import { demoDistrictAdmin } from '../../kit/runtime/district-admins';
import { emitAdmins, emitDistrictAdmins, emitTeamMembers } from '../events';
import { unannouncedTeams } from './team.repository';

/**
 * The demo volunteers' accounts (demo-volunteer-NN is volunteer 20000000-…-0000000000NN in the volunteers subgraph).
 */
const demoVolunteerAccounts = Array.from({ length: 16 }, (_, i) => {
  const nn = String(i + 1).padStart(2, '0');
  return { accountId: `demo-volunteer-${nn}`, volunteerId: `20000000-0000-4000-8000-0000000000${nn}` };
});

/**
 * Demo organizations (with their admins `demo-org-admin-NN`, and `demo-org-admin` of the dev token), teams, needs,
 * and one admin per district (`demo-district-admin-<code>`). Dates move to the day of seeding (kit/demo-days): the
 * organizations registered and were verified over the last two years, before the projects they publish.
 */
export async function seedDemo(db: DataSource, now = new Date()): Promise<void> {
  const at = (iso: string | null) => (iso ? demoInstant(iso, now) : null);
  // Seeding announces nothing: like every subgraph, projects seeds its own replica of the demo organizations.
  await seedRows(
    db,
    OrganizationEntity,
    demo.organizations.map(({ verified, registeredAt, verifiedAt, ...o }) => ({
      ...o,
      status: verified ? 'VERIFIED' : 'PENDING_VERIFICATION',
      createdAt: at(registeredAt),
      verifiedAt: at(verifiedAt),
    })),
  );
  // Admin lists are announced, though: other subgraphs trust an org-admin token only for an account on the list.
  // Only lists the seed actually changed are announced, so a restart announces nothing.
  await db.transaction(async (m) => {
    for (const organizationId of await seedAdminList(
      m,
      ORGANIZATION_ADMIN_LIST,
      demo.admins.map((a) => ({ key: a.organizationId, accountId: a.accountId })),
    ))
      await emitAdmins(m, organizationId);
    // One demo admin per district, the account a development district-admin token names by default.
    const districtAdmins = DISTRICTS.map((d) => ({ key: d.code, accountId: demoDistrictAdmin(d.code) }));
    for (const code of await seedAdminList(m, DISTRICT_ADMIN_LIST, districtAdmins)) await emitDistrictAdmins(m, code);
  });
  await seedRows(db, VolunteerAccountEntity, demoVolunteerAccounts);
  await seedRows(
    db,
    TeamEntity,
    demo.teams.map((t) => ({ ...t, createdAt: at(t.createdAt) })),
  );
  await seedRows(
    db,
    TeamMemberEntity,
    demo.teamMembers.map((m) => ({ ...m, requestedAt: at(m.requestedAt), decidedAt: at(m.decidedAt) })),
  );
  // Teams' members are announced once (majorevents invites specialist teams as a whole); a restart announces nothing.
  await db.transaction(async (m) => {
    for (const teamId of await unannouncedTeams(m)) await emitTeamMembers(m, teamId);
  });
  const districtOf = new Map(demo.organizations.map((o) => [o.id, o.districtCode]));
  await seedRows(
    db,
    NeedEntity,
    demo.needs.map((n) => ({
      ...n,
      startsOn: demoDay(n.startsOn, now),
      endsOn: demoDay(n.endsOn, now),
      districtCode: districtOf.get(n.organizationId),
      filedBy: `demo-org-admin-${n.organizationId.slice(-2)}`,
      filedAt: at(n.filedAt),
      triagedAt: at(n.triagedAt),
    })),
  );
}
