import { accountOf } from '../../kit/runtime/caller';
import { appError, badInput, conflict, forbidden, notFound, unauthenticated } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import { requireWholeNumber } from '../../kit/runtime/input';
import type { MajorEventEntity } from '../data/event.entity';
import { insertEvent, insertRound, roundById, upsertNeedBeforeDeadline } from '../data/event.repository';
import type { RoleNeedEntity } from '../data/need.entity';
import { standingOf } from '../data/replica.repository';
import { insertRole } from '../data/role.repository';
import type { EventRoleEntity } from '../data/role.entity';
import type { NeedsRoundEntity } from '../data/round.entity';
import { requireCityAdmin, requireOrganizer } from '../rules/organizers';
import * as input from '../rules/input';
import { existingEvent, type Ctx } from './lookup';

export interface CreateEventInput {
  name: string;
  kind: string;
  startsOn: string;
  endsOn: string;
  venue: string;
  districtCode: string;
  hostOrganizationId?: string | null;
  campaignCode?: string | null;
}

/** City admins create events; the hosting unit, when named, must be an organization the city knows. */
export async function createMajorEvent(ctx: Ctx, raw: CreateEventInput): Promise<MajorEventEntity> {
  requireCityAdmin(ctx, 'create a major event');
  const startsOn = input.day(raw.startsOn, 'startsOn');
  const endsOn = input.day(raw.endsOn, 'endsOn');
  if (endsOn < startsOn) throw badInput('endsOn must not be before startsOn.', 'endsOn');
  const host = raw.hostOrganizationId ? requireUuid(raw.hostOrganizationId, 'hostOrganizationId') : null;
  if (host && !(await standingOf(ctx.db, host)))
    throw notFound('There is no organization with this hostOrganizationId (or it is not known here yet).');
  return ctx.db.transaction((m) =>
    insertEvent(m, {
      name: input.requireText(raw.name, 'name', 2, 120),
      kind: raw.kind,
      startsOn,
      endsOn,
      venue: input.requireText(raw.venue, 'venue', 2, 200),
      districtCode: input.districtCode(raw.districtCode),
      hostOrganizationId: host,
      campaignCode: input.courseCode(raw.campaignCode, 'campaignCode'),
      createdBy: accountOf(ctx.caller)!,
    }),
  );
}

/** City admins open a round of needs collection, with a deadline still to come. */
export async function openNeedsRound(
  ctx: Ctx,
  eventId: string,
  title: string,
  deadline: string,
): Promise<NeedsRoundEntity> {
  requireCityAdmin(ctx, 'open a round of needs collection');
  const event = await existingEvent(ctx, eventId);
  const closesAt = input.instant(deadline, 'deadline');
  if (closesAt <= new Date()) throw badInput('deadline must be in the future.', 'deadline');
  return ctx.db.transaction((m) =>
    insertRound(m, { eventId: event.id, title: input.requireText(title, 'title', 2, 80), deadline: closesAt }),
  );
}

export interface SubmitNeedInput {
  roundId: string;
  organizationId: string;
  roleKind: string;
  places: number;
  note?: string | null;
}

/**
 * A unit's listed admin submits what it needs in an open round; a second submission for the same kind of role
 * replaces the first. After the deadline: ROUND_CLOSED.
 */
export async function submitRoleNeed(ctx: Ctx, raw: SubmitNeedInput): Promise<RoleNeedEntity> {
  const { caller } = ctx;
  if (caller.kind === 'anonymous') throw unauthenticated('Sign in as an admin of the unit to submit its needs.');
  const organizationId = requireUuid(raw.organizationId, 'organizationId');
  if (!(await ctx.loaders.actsFor(organizationId)))
    throw forbidden("Only the unit's own admins may submit its needs (your account is not on its admin list).");
  const round = await roundById(ctx.db, requireUuid(raw.roundId, 'roundId'));
  if (!round) throw notFound('There is no needs round with this id.');
  const need = await ctx.db.transaction((m) =>
    upsertNeedBeforeDeadline(m, {
      roundId: round.id,
      organizationId,
      roleKind: raw.roleKind,
      places: requireWholeNumber(raw.places, 'places', 1, 10000),
      note: input.optionalText(raw.note, 'note', 300),
      submittedBy: accountOf(caller)!,
    }),
  );
  if (!need)
    throw appError(
      'ROUND_CLOSED',
      `The round "${round.title}" closed at ${round.deadline.toISOString()}; ask the city admins for a new round.`,
    );
  return need;
}

export interface AddRoleInput {
  eventId: string;
  name: string;
  kind: string;
  description?: string | null;
  places: number;
  requiredCourse?: string | null;
}

/** The event's organizers add a role volunteers apply to. */
export async function addMajorEventRole(ctx: Ctx, raw: AddRoleInput): Promise<EventRoleEntity> {
  const event = await existingEvent(ctx, raw.eventId);
  await requireOrganizer(ctx, event, 'add roles');
  const name = input.requireText(raw.name, 'name', 2, 60);
  const role = await ctx.db.transaction((m) =>
    insertRole(m, {
      eventId: event.id,
      name,
      kind: raw.kind,
      description: input.optionalText(raw.description, 'description', 1000) ?? '',
      places: requireWholeNumber(raw.places, 'places', 1, 100000),
      requiredCourse: input.courseCode(raw.requiredCourse, 'requiredCourse'),
    }),
  );
  if (!role) throw conflict(`${event.name} already has a role named ${name}.`);
  return role;
}
