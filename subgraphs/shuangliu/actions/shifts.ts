import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { actingVolunteer } from '../../kit/district/volunteers';
import { appError, notFound } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import {
  checkIn,
  checkOut,
  clashes,
  lockVolunteer,
  releasePlace,
  shiftOf,
  slotsByIds,
  takePlace,
  type ShiftRow,
} from '../data/hub.repository';
import { CHECK_IN_EARLY_MS } from '../rules/rota-input';

/**
 * Takes a place on a slot. The volunteer's own takes queue on an advisory lock (so two overlapping slots cannot
 * both pass the clash check); the place itself is one conditional update on the slot's row, never over capacity.
 */
export async function takeSlot(db: DataSource, caller: Caller, slotId: string): Promise<ShiftRow> {
  requireUuid(slotId, 'slotId');
  return db.transaction(async (m) => {
    const me = await actingVolunteer(m, caller);
    await lockVolunteer(m, me.volunteerId);
    const held = await shiftOf(m, slotId, me.volunteerId);
    if (held) return held;
    const [slot] = await slotsByIds(m, [slotId]);
    if (!slot) throw notFound('No slot has this id.');
    if (slot.startsAt.getTime() <= Date.now())
      throw appError('SLOT_STARTED', 'This slot has already started; take a later one.');
    if (await clashes(m, me.volunteerId, slot))
      throw appError('SHIFT_CLASH', 'You hold another slot at an overlapping time; release it first.');
    const shift = await takePlace(m, slotId, me.volunteerId);
    if (!shift) throw appError('SLOT_FULL', 'Every place on this slot is taken; try another slot or post.');
    return shift;
  });
}

export async function releaseSlot(db: DataSource, caller: Caller, slotId: string): Promise<boolean> {
  requireUuid(slotId, 'slotId');
  return db.transaction(async (m) => {
    const me = await actingVolunteer(m, caller);
    const held = await shiftOf(m, slotId, me.volunteerId);
    if (!held) return false;
    const [slot] = await slotsByIds(m, [slotId]);
    if (held.checkedInAt || slot!.startsAt.getTime() <= Date.now())
      throw appError('SLOT_STARTED', 'The slot has started; tell the post if you cannot stay.');
    return releasePlace(m, slotId, me.volunteerId);
  });
}

/** The volunteer's shift on the slot (and the slot), or NOT_FOUND: only a holder checks in or out. */
async function ownShift(db: DataSource, caller: Caller, slotId: string) {
  requireUuid(slotId, 'slotId');
  const me = await actingVolunteer(db, caller);
  const held = await shiftOf(db, slotId, me.volunteerId);
  if (!held) throw notFound('You hold no place on this slot; take one first.');
  const [slot] = await slotsByIds(db, [slotId]);
  return { me, held, slot: slot! };
}

export async function checkInAt(db: DataSource, caller: Caller, slotId: string): Promise<ShiftRow> {
  const { me, held, slot } = await ownShift(db, caller, slotId);
  if (held.checkedInAt) return held;
  const now = Date.now();
  if (now < slot.startsAt.getTime() - CHECK_IN_EARLY_MS)
    throw appError('TOO_EARLY', 'Check-in opens 30 minutes before the slot starts.');
  if (now >= slot.endsAt.getTime()) throw appError('SLOT_ENDED', 'This slot has ended; check-in is closed.');
  return (await checkIn(db, slotId, me.volunteerId))!;
}

export async function checkOutAt(db: DataSource, caller: Caller, slotId: string): Promise<ShiftRow> {
  const { me, held } = await ownShift(db, caller, slotId);
  if (held.checkedOutAt) return held;
  if (!held.checkedInAt) throw appError('NOT_CHECKED_IN', 'Check in at the post first; hours count from check-in.');
  // A concurrent check-out got there first: its answer stands.
  return (await checkOut(db, slotId, me.volunteerId)) ?? (await shiftOf(db, slotId, me.volunteerId))!;
}
