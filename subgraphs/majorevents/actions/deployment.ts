import { chengduToday } from '../../kit/city/time-of-day';
import { appError, badInput, conflict, notFound } from '../../kit/runtime/errors';
import { emit } from '../../kit/runtime/event-catalogue';
import { requireUuid } from '../../kit/runtime/ids';
import { requireWholeNumber } from '../../kit/runtime/input';
import { isSelectedFor } from '../data/application.repository';
import type { DeploymentEntity } from '../data/deployment.entity';
import { deploymentById, insertDeployment, insertShift, saveHours, takeShiftPlace } from '../data/shift.repository';
import type { EventShiftEntity } from '../data/shift.entity';
import { requireOrganizer } from '../rules/organizers';
import * as input from '../rules/input';
import { existingEvent, existingRole, type Ctx } from './lookup';

export interface AddShiftInput {
  eventId: string;
  roleId?: string | null;
  startsAt: string;
  endsAt: string;
  places: number;
}

/** A shift within the event's days, optionally for one of its roles. */
export async function addShift(ctx: Ctx, raw: AddShiftInput): Promise<EventShiftEntity> {
  const event = await existingEvent(ctx, raw.eventId);
  await requireOrganizer(ctx, event, 'add shifts');
  const [startsAt, endsAt] = input.period(raw.startsAt, raw.endsAt);
  const day = chengduToday(startsAt);
  if (day < event.startsOn || day > event.endsOn)
    throw badInput(
      `The shift must start on a day of ${event.name} (${event.startsOn} to ${event.endsOn}).`,
      'startsAt',
    );
  let roleId: string | null = null;
  if (raw.roleId) {
    const [role] = await existingRole(ctx, raw.roleId);
    if (role.eventId !== event.id) throw badInput(`That role is not one of ${event.name}'s.`, 'roleId');
    roleId = role.id;
  }
  const places = requireWholeNumber(raw.places, 'places', 1, 10000);
  return ctx.db.transaction((m) => insertShift(m, { eventId: event.id, roleId, startsAt, endsAt, places }));
}

async function existingShift(ctx: Ctx, id: string): Promise<EventShiftEntity> {
  const shift = await ctx.loaders.shift.load(requireUuid(id, 'shiftId'));
  if (!shift) throw notFound('There is no shift of a major event with this id.');
  return shift;
}

/**
 * Deploys a volunteer selected for the event (for the shift's role, when it has one) into the shift: a place is taken
 * (SHIFT_FULL when none is left) and `event.deployed` is emitted in the same transaction, so insurance enrols
 * exactly those deployed.
 */
export async function deploy(ctx: Ctx, shiftId: string, rawVolunteerId: string): Promise<DeploymentEntity> {
  const shift = await existingShift(ctx, shiftId);
  const event = await existingEvent(ctx, shift.eventId);
  await requireOrganizer(ctx, event, 'deploy volunteers');
  const volunteerId = requireUuid(rawVolunteerId, 'volunteerId');
  if (!(await isSelectedFor(ctx.db, event.id, volunteerId, shift.roleId)))
    throw appError(
      'NOT_SELECTED',
      `Only volunteers selected for ${event.name} (for this shift's role) can be deployed.`,
    );
  const deployed = await ctx.db.transaction(async (m) => {
    const deployment = await insertDeployment(m, { shiftId: shift.id, eventId: event.id, volunteerId });
    if (!deployment) throw conflict('This volunteer is deployed into this shift already.');
    if (!(await takeShiftPlace(m, shift.id)))
      throw appError('SHIFT_FULL', `All ${shift.places} places of this shift are taken; choose another shift.`);
    await emit(m, 'event.deployed', {
      deploymentId: deployment.id,
      volunteerId,
      eventId: event.id,
      eventName: event.name,
      campaignCode: event.campaignCode,
      servedOn: chengduToday(shift.startsAt),
    });
    return deployment;
  });
  // The shift was loaded before its count changed: the answer reads it afresh.
  ctx.loaders.shift.clear(shift.id);
  return deployed;
}

/** Hours served, recorded by the organizers once the shift has ended; at most the shift's length. */
export async function recordHours(ctx: Ctx, deploymentId: string, hours: number): Promise<DeploymentEntity> {
  const deployment = await deploymentById(ctx.db, requireUuid(deploymentId, 'deploymentId'));
  if (!deployment) throw notFound('There is no deployment with this id.');
  const shift = (await ctx.loaders.shift.load(deployment.shiftId))!;
  const event = await existingEvent(ctx, deployment.eventId);
  await requireOrganizer(ctx, event, 'record hours');
  if (shift.endsAt > new Date())
    throw appError('SHIFT_NOT_ENDED', `Record hours once the shift has ended (${shift.endsAt.toISOString()}).`);
  const longest = (shift.endsAt.getTime() - shift.startsAt.getTime()) / 3_600_000;
  if (!(hours > 0 && hours <= longest))
    throw badInput(`hours must be more than 0 and at most the shift's ${longest} hours.`, 'hours');
  return ctx.db.transaction((m) => saveHours(m, deployment.id, Math.round(hours * 100) / 100));
}
