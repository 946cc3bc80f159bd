import type { EntityManager } from 'typeorm';
import { replicasByIds } from '../../kit/district/volunteers';
import { appError, badInput, conflict, notFound } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import type { ProjectEntity } from '../data/project.entity';
import { lockProject, organizationOfProject, projectTitle } from '../data/project.repository';
import type { ShiftEntity } from '../data/shift.entity';
import { markShiftCancelled, projectOfShift, setShiftTimes } from '../data/shift.repository';
import type { SignupEntity } from '../data/signup.entity';
import {
  announceOrganizations,
  cancelSignupsOfShift,
  confirmedSignupsOnShift,
  lockShift,
  lockSignup,
  signupOwners,
  volunteersOnShift,
} from '../data/signup.repository';
import { organizationOf, requireSameOrganization, type Acting } from '../rules/access';
import { shiftTimes } from '../rules/project-input';
import { shanghaiParts } from '../rules/time';
import { shiftParams, tellVolunteers } from './notify';
import { requireStatus } from './publishing';
import { scheduleShiftReminders } from './reminders';
import { releasePlace } from './signup';
import { announceSignupChange } from './signup-events';

/** A reason volunteers read: 2 to 200 characters once trimmed. */
function reasonOf(reason: string): string {
  const why = reason.trim();
  if (why.length < 2 || why.length > 200)
    throw badInput('reason must be 2 to 200 characters: the volunteers it touches read it.', 'reason');
  return why;
}

const STARTED = (what: string) =>
  appError('SHIFT_STARTED', `The shift has already started, so ${what}; mark no-shows once it ends.`);

/**
 * Runs `change` on a shift of the caller's organization, its project then the shift locked (the order cancelProject
 * and updateShift lock them in), refusing cancelled shifts and the statuses that `allowed` leaves out.
 */
async function withOwnShift<T>(
  ctx: Acting,
  shiftId: string,
  action: string,
  allowed: string[],
  change: (m: EntityManager, project: ProjectEntity, shift: ShiftEntity) => Promise<T>,
): Promise<T> {
  requireUuid(shiftId, 'id');
  const mine = await organizationOf(ctx, action);
  return ctx.db.transaction(async (m) => {
    const projectId = await projectOfShift(m, shiftId);
    if (!projectId) throw notFound('No shift has this id.');
    const project = (await lockProject(m, projectId))!;
    requireSameOrganization(mine, project.organizationId, action);
    requireStatus(project, allowed, 'changed');
    const shift = (await lockShift(m, shiftId))!;
    if (shift.cancelledAt) throw appError('SHIFT_CANCELLED', 'This shift was cancelled; add a new shift instead.');
    return change(m, project, shift);
  });
}

export interface ShiftTimesInput {
  date: string;
  startTime: string;
  endTime: string;
}

/**
 * Moves a shift that has not started to a new day or time within the project's period, never into the past; the
 * volunteers holding a place or a waitlist place keep it and are each told the new time (SHIFT_CHANGED), and the
 * confirmed places' reminders are queued again for the new start.
 */
export function updateShiftTimes(ctx: Acting, id: string, input: ShiftTimesInput): Promise<ShiftEntity> {
  return withOwnShift(ctx, id, 'change its shifts', ['DRAFT', 'PUBLISHED'], async (m, project, shift) => {
    if (shift.startsAt.getTime() <= Date.now()) throw STARTED('it cannot move');
    const { startsAt, endsAt } = shiftTimes({ ...input, capacity: shift.capacity }, project, 'input');
    if (startsAt.getTime() <= Date.now())
      throw badInput('The new start is already past; choose a time still to come.', 'input.startTime');
    if (startsAt.getTime() === shift.startsAt.getTime() && endsAt.getTime() === shift.endsAt.getTime()) return shift;
    await setShiftTimes(m, shift.id, startsAt, endsAt);
    const moved = { ...shift, startsAt, endsAt };
    // The reminders queued for the old start find the shift moved and stay silent; these, keyed by the new start,
    // remind at the new time. Waitlist places get theirs when promoted, from the shift's start then.
    for (const signupId of await confirmedSignupsOnShift(m, shift.id))
      await scheduleShiftReminders(m, signupId, startsAt);
    await tellVolunteers(
      m,
      'SHIFT_CHANGED',
      await volunteersOnShift(m, shift.id),
      {
        ...shiftParams(moved, project.title),
        shiftEndsAt: shanghaiParts(endsAt).iso,
        previousStartsAt: shanghaiParts(shift.startsAt).iso,
      },
      `shift-changed:${shift.id}:${startsAt.toISOString()}:${endsAt.toISOString()}`,
    );
    return moved;
  });
}

/**
 * Cancels one shift that has not started: every sign-up on it (places and waitlist) is cancelled in the same
 * transaction, partner apps hear of each as a cancelled sign-up, and each volunteer is told why (SHIFT_CANCELLED).
 * A closed project's shifts still run, so they can be cancelled too.
 */
export function cancelShift(ctx: Acting, id: string, reason: string): Promise<ShiftEntity> {
  const why = reasonOf(reason);
  return withOwnShift(ctx, id, 'cancel its shifts', ['DRAFT', 'PUBLISHED', 'CLOSED'], async (m, project, shift) => {
    if (shift.startsAt.getTime() <= Date.now()) throw STARTED('it cannot be cancelled');
    const cancelled = await cancelSignupsOfShift(m, shift.id);
    const saved = await markShiftCancelled(m, shift.id, why);
    for (const signup of cancelled) await announceSignupChange(m, 'CANCELLED', signup);
    await tellVolunteers(
      m,
      'SHIFT_CANCELLED',
      cancelled.map((s) => s.volunteerId),
      { ...shiftParams(shift, project.title), reason: why },
      `shift-cancelled:${shift.id}`,
    );
    return saved;
  });
}

/**
 * An organizer takes a volunteer off a shift that has not started, saying why: the place goes to the first on the
 * waitlist as when a volunteer cancels (who is told, WAITLIST_PROMOTED), and the volunteer is told
 * (REMOVED_FROM_SHIFT).
 * Locks the volunteer's replica row, then the shift, then the sign-up — the order a volunteer's own sign-up and
 * cancellation take them in — so a removal racing sign-ups never deadlocks nor overbooks.
 */
export async function removeSignup(ctx: Acting, signupId: string, reason: string): Promise<SignupEntity> {
  requireUuid(signupId, 'signupId');
  const why = reasonOf(reason);
  const mine = await organizationOf(ctx, 'remove volunteers from shifts');
  return ctx.db.transaction(async (m) => {
    const owners = await signupOwners(m, signupId);
    if (!owners) throw notFound('No sign-up has this id.');
    requireSameOrganization(mine, (await organizationOfProject(m, owners.project_id))!, 'remove its volunteers');
    await replicasByIds(m, [owners.volunteer_id], true);
    const shift = (await lockShift(m, owners.shift_id))!;
    const signup = (await lockSignup(m, signupId))!;
    if (signup.status === 'CANCELLED') throw conflict('This sign-up is already cancelled.');
    if (shift.startsAt.getTime() <= Date.now()) throw STARTED('nobody can be removed from it');
    const removed = await releasePlace(m, shift, signup);
    await announceOrganizations(m, signup.volunteerId);
    await tellVolunteers(
      m,
      'REMOVED_FROM_SHIFT',
      [signup.volunteerId],
      { ...shiftParams(shift, (await projectTitle(m, shift.projectId))!), reason: why },
      `removed:${signup.id}`,
    );
    return removed;
  });
}
