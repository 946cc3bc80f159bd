import { actingVolunteer } from '../../kit/district/volunteers';
import { appError, badInput, conflict, notFound } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import type { ApplicationEntity, ApplicationStatus } from '../data/application.entity';
import {
  insertApplication,
  insertTeamApplications,
  lockApplication,
  saveDecision,
} from '../data/application.repository';
import { rosterOf } from '../data/replica.repository';
import { releaseRolePlaces, takeRolePlace } from '../data/role.repository';
import { hasCourse, holdersOf } from '../data/training.repository';
import { requireOrganizer } from '../rules/organizers';
import * as input from '../rules/input';
import { chengduToday } from '../../kit/city/time-of-day';
import { existingRole, type Ctx } from './lookup';

export interface ApplyInput {
  roleId: string;
  skills: string[];
  languages: string[];
  availability: string;
}

const courseRequired = (course: string, role: string) =>
  appError(
    'COURSE_REQUIRED',
    `${role} asks for the training course ${course}; complete it (or ask for its record to be added) and apply again.`,
    { courseCode: course },
  );

/** A registered volunteer applies to a role of an event still to come, with the form. */
export async function applyToRole(ctx: Ctx, raw: ApplyInput): Promise<ApplicationEntity> {
  const me = await actingVolunteer(ctx.db, ctx.caller);
  const [role, event] = await existingRole(ctx, raw.roleId);
  if (event.endsOn < chengduToday()) throw appError('EVENT_OVER', `${event.name} is over; it takes no applications.`);
  const form = {
    skills: input.words(raw.skills, 'skills'),
    languages: input.words(raw.languages, 'languages', 10),
    availability: input.requireText(raw.availability, 'availability', 2, 300),
  };
  if (role.requiredCourse && !(await hasCourse(ctx.db, me.volunteerId, role.requiredCourse)))
    throw courseRequired(role.requiredCourse, role.name);
  const created = await ctx.db.transaction((m) =>
    insertApplication(m, { roleId: role.id, eventId: event.id, volunteerId: me.volunteerId, teamId: null, ...form }),
  );
  if (!created) throw conflict(`You have already applied to ${role.name} at ${event.name}.`);
  return created;
}

/**
 * The event's organizers decide. SELECTED takes a place of the role (ROLE_FULL when none is left); moving a selected
 * volunteer to RESERVE or DECLINED frees theirs. The application is locked first, then the role's counter: every
 * screening takes them in that order, so concurrent decisions never deadlock and never oversell.
 */
export async function screenApplication(
  ctx: Ctx,
  applicationId: string,
  decision: Exclude<ApplicationStatus, 'APPLIED' | 'WITHDRAWN'>,
  rawReason?: string | null,
): Promise<ApplicationEntity> {
  const id = requireUuid(applicationId, 'applicationId');
  const found = await ctx.loaders.application.load(id);
  if (!found) throw notFound('There is no application with this id.');
  const [role, event] = await existingRole(ctx, found.roleId);
  await requireOrganizer(ctx, event, 'screen its applications');
  const reason = input.optionalText(rawReason, 'reason', 300);
  if (decision === 'DECLINED' && !reason) throw badInput('Give the applicant a reason when declining.', 'reason');
  const decided = await ctx.db.transaction(async (m) => {
    const app = (await lockApplication(m, id))!;
    if (app.status === 'WITHDRAWN') throw conflict('This application was withdrawn; it cannot be screened.');
    if (app.status === decision) return app;
    if (decision === 'SELECTED' && !(await takeRolePlace(m, role.id)))
      throw appError('ROLE_FULL', `All ${role.places} places of ${role.name} are taken; put the applicant on RESERVE.`);
    if (app.status === 'SELECTED') await releaseRolePlaces(m, role.id);
    return saveDecision(m, id, decision, reason);
  });
  // The role was loaded before its count changed: the answer reads it afresh.
  ctx.loaders.role.clear(role.id);
  return decided;
}

/**
 * A specialist team invited as a whole: an application for each active member the city knows (the organizations
 * subgraph's `team.members`), marked with the team. Members lacking the role's course are left out and counted.
 */
export async function inviteTeam(ctx: Ctx, roleId: string, teamId: string) {
  const [role, event] = await existingRole(ctx, roleId);
  await requireOrganizer(ctx, event, 'invite teams');
  const team = requireUuid(teamId, 'teamId');
  const roster = await rosterOf(ctx.db, team);
  if (!roster) throw notFound('There is no team with this id (or its members are not known here yet).');
  const eligible = role.requiredCourse
    ? [...(await holdersOf(ctx.db, role.requiredCourse, roster.memberIds))]
    : roster.memberIds;
  const applications = await ctx.db.transaction((m) => insertTeamApplications(m, role.id, event.id, team, eligible));
  return {
    team: { id: team },
    role,
    applications,
    alreadyApplied: eligible.length - applications.length,
    missingCourse: roster.memberIds.length - eligible.length,
  };
}
