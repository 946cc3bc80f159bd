import { conflict, forbidden, notFound } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import type { SubgraphContext } from '../../kit/runtime/subgraph';
import type { Loaders } from '../data/loaders';
import type { TeamMemberEntity } from '../data/team-member.entity';
import type { TeamEntity } from '../data/team.entity';
import {
  isActiveLeader,
  lockMember,
  lockMembership,
  saveMember,
  insertTeam,
  volunteerIdOf,
} from '../data/team.repository';
import { requireOrganizationAdmin, requireVolunteerAccount } from '../rules/access';
import * as input from '../rules/input';
import { requireGoodStanding } from '../rules/standing';
import { orConflict } from './unique';
import { emitTeamMembers, notifyTeamDecision } from '../events';

type Ctx = SubgraphContext<Loaders>;

export interface CreateTeamInput {
  organizationId: string;
  name: string;
  kind: 'PROFESSIONAL' | 'FEATURED';
  specialty: string;
  description?: string | null;
  leaderAccountId: string;
}

/** An organization's admins create a team and name the volunteer account that leads it. */
export async function createTeam(ctx: Ctx, raw: CreateTeamInput): Promise<TeamEntity> {
  const org = await ctx.loaders.organization.load(requireUuid(raw.organizationId, 'organizationId'));
  if (!org) throw notFound('There is no organization with this id.');
  await requireOrganizationAdmin(ctx, org);
  requireGoodStanding(org, 'run teams');
  const name = input.text(raw.name, 'name', 2, 60);
  const leader = input.text(raw.leaderAccountId, 'leaderAccountId', 1, 64);
  return ctx.db.transaction(async (m) => {
    const team = await orConflict(
      insertTeam(m, {
        organizationId: org.id,
        name,
        kind: raw.kind,
        specialty: raw.specialty,
        description: input.optionalText(raw.description, 'description', 1000) ?? '',
      }),
      `${org.name} already runs a team named ${name}.`,
    );
    await saveMember(m, {
      teamId: team.id,
      accountId: leader,
      volunteerId: await volunteerIdOf(m, leader),
      role: 'LEADER',
      status: 'ACTIVE',
      decidedAt: new Date(),
    });
    await emitTeamMembers(m, team.id);
    return team;
  });
}

async function existingTeam(ctx: Ctx, id: string): Promise<TeamEntity> {
  const team = await ctx.loaders.team.load(requireUuid(id, 'teamId'));
  if (!team) throw notFound('There is no team with this id.');
  return team;
}

/** A volunteer asks to join; asking again after being declined reopens the request. */
export async function joinTeam(ctx: Ctx, teamId: string, rawNote?: string | null): Promise<TeamMemberEntity> {
  const account = requireVolunteerAccount(ctx, 'join a team');
  const team = await existingTeam(ctx, teamId);
  const note = input.optionalText(rawNote, 'note', 300);
  return ctx.db.transaction(async (m) => {
    const mine = await lockMembership(m, team.id, account);
    if (mine?.status === 'ACTIVE') throw conflict(`You are already a member of ${team.name}.`);
    if (mine?.status === 'PENDING')
      throw conflict(`You have already asked to join ${team.name}; its leader has not decided yet.`);
    const request = mine ?? { teamId: team.id, accountId: account, role: 'MEMBER' as const };
    return orConflict(
      saveMember(m, {
        ...request,
        volunteerId: await volunteerIdOf(m, account),
        status: 'PENDING',
        note,
        declineReason: null,
        decidedAt: null,
        requestedAt: new Date(),
      }),
      `You have already asked to join ${team.name}.`,
    );
  });
}

/** Only an active leader of the request's own team decides on it. */
async function decide(
  ctx: Ctx,
  memberId: string,
  verb: string,
  apply: (member: TeamMemberEntity) => Partial<TeamMemberEntity>,
): Promise<TeamMemberEntity> {
  const account = requireVolunteerAccount(ctx, `${verb} a request to join a team`);
  const id = requireUuid(memberId, 'memberId');
  return ctx.db.transaction(async (m) => {
    const member = await lockMember(m, id);
    if (!member) throw notFound('There is no request to join a team with this id.');
    const team = (await ctx.loaders.team.load(member.teamId))!;
    if (!(await isActiveLeader(m, member.teamId, account))) {
      throw forbidden(`Only a leader of ${team.name} may ${verb} requests to join it.`);
    }
    if (member.status !== 'PENDING')
      throw conflict(`This request to join ${team.name} was already decided (${member.status.toLowerCase()}).`);
    const decided = await saveMember(m, Object.assign(member, apply(member), { decidedAt: new Date() }));
    await notifyTeamDecision(m, decided, team);
    // A new active member changes the team's announced list; a declined request does not.
    if (decided.status === 'ACTIVE') await emitTeamMembers(m, decided.teamId);
    return decided;
  });
}

export const approveTeamMember = (ctx: Ctx, memberId: string) =>
  decide(ctx, memberId, 'approve', () => ({ status: 'ACTIVE' }));

export const declineTeamMember = (ctx: Ctx, memberId: string, reason?: string | null) =>
  decide(ctx, memberId, 'decline', () => ({
    status: 'DECLINED',
    declineReason: input.optionalText(reason, 'reason', 300),
  }));
