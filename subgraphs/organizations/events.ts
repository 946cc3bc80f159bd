import type { EntityManager } from 'typeorm';
import { emit } from '../kit/runtime/event-catalogue';
import { DISTRICT_ADMIN_LIST, nextAdminList, ORGANIZATION_ADMIN_LIST } from './data/admin-list.repository';
import { nextTeamMembers } from './data/team.repository';
import type { NeedEntity } from './data/need.entity';
import type { OrganizationEntity } from './data/organization.entity';
import type { TeamMemberEntity } from './data/team-member.entity';
import type { TeamEntity } from './data/team.entity';
import { volunteerIdOf } from './data/team.repository';

/**
 * Events this subgraph tells the others. `organization.standing` lets projects refuse publishing by an unverified or
 * suspended organization without asking us per request; `organization.admins` lets every subgraph that acts for an
 * organization check an org-admin token against the admin list, and `district.admins` a district-admin token against
 * its district's list; `need.converted` makes projects create the draft.
 */
export function emitStanding(m: EntityManager, o: OrganizationEntity): Promise<string> {
  return emit(m, 'organization.standing', {
    organizationId: o.id,
    name: o.name,
    districtCode: o.districtCode,
    verified: o.verifiedAt !== null,
    suspended: o.status === 'SUSPENDED',
  });
}

/**
 * Tells an organization's admins (the inbox's recipient `{ organizationId }`) that the district verified or suspended
 * it, in the transaction of the change; reactivation is not a kind of its own.
 */
export async function notifyStanding(m: EntityManager, o: OrganizationEntity, what: string, reason: string | null) {
  const params = { organizationId: o.id, organizationName: o.name };
  // The change's instant keys it: a later suspension of the same organization is news again.
  const dedupeKey = `organization-${what}:${o.id}:${(o.statusChangedAt ?? new Date()).toISOString()}`;
  const recipient = { organizationId: o.id };
  if (what === 'verify')
    await emit(m, 'notification.requested', { kind: 'ORGANIZATION_VERIFIED', recipient, params, dedupeKey });
  if (what === 'suspend')
    await emit(m, 'notification.requested', {
      kind: 'ORGANIZATION_SUSPENDED',
      recipient,
      params: { ...params, reason },
      dedupeKey,
    });
}

/**
 * Tells a volunteer their request to join a team was approved or declined. Members are kept by account, with the
 * volunteer id the account was linked to (`volunteer.profile`), looked up again if it was not linked at request time;
 * an account still not linked has no inbox.
 */
export async function notifyTeamDecision(m: EntityManager, member: TeamMemberEntity, team: TeamEntity) {
  const volunteerId = member.volunteerId ?? (await volunteerIdOf(m, member.accountId));
  if (!volunteerId) return;
  await emit(m, 'notification.requested', {
    kind: 'TEAM_DECISION',
    recipient: { volunteerId },
    params: { teamId: team.id, teamName: team.name, approved: member.status === 'ACTIVE' },
    dedupeKey: `team-decision:${member.id}:${member.decidedAt!.toISOString()}`,
  });
}

export function emitNeedConverted(m: EntityManager, n: NeedEntity, organizationId: string): Promise<string> {
  return emit(m, 'need.converted', {
    needId: n.id,
    organizationId,
    districtCode: n.districtCode,
    title: n.title,
    description: n.description,
    categoryCode: n.categoryCode,
    startsOn: n.startsOn,
    endsOn: n.endsOn,
    volunteersNeeded: n.volunteersNeeded,
    address: n.address,
  });
}

/** Announces the organization's whole admin list after a change to it, in the change's transaction. */
export async function emitAdmins(m: EntityManager, organizationId: string): Promise<string> {
  return emit(m, 'organization.admins', {
    organizationId,
    ...(await nextAdminList(m, ORGANIZATION_ADMIN_LIST, organizationId)),
  });
}

/** Announces the district's whole admin list after a change to it, in the change's transaction. */
export async function emitDistrictAdmins(m: EntityManager, district: string): Promise<string> {
  return emit(m, 'district.admins', { district, ...(await nextAdminList(m, DISTRICT_ADMIN_LIST, district)) });
}

/**
 * Announces a team's active members (those known as volunteers) after a change of who they are, in the change's
 * transaction: the majorevents subgraph invites a specialist team as a whole from this list.
 */
export async function emitTeamMembers(m: EntityManager, teamId: string): Promise<string> {
  return emit(m, 'team.members', { teamId, ...(await nextTeamMembers(m, teamId)) });
}
