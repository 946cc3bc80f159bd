import { isCalendarDay } from '../../kit/city/days';
import { chengduInstant, chengduToday, requireHalfHour } from '../../kit/city/time-of-day';
import { badInput } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import { requireText, requireWholeNumber } from '../../kit/runtime/input';
import hubs from '../data/hubs.json';

export const HUBS: readonly string[] = hubs;
export const MAX_CAPACITY = 50;
const MAX_DAYS_AHEAD = 60;
const MAX_SLOT_MINUTES = 12 * 60;
/** Check-in opens this long before a slot starts (volunteers arrive early to take over the post). */
export const CHECK_IN_EARLY_MS = 30 * 60_000;

export function requireHub(value: string, field = 'hub'): string {
  const hub = value.trim();
  if (!HUBS.includes(hub)) throw badInput(`${field} must be one of Shuangliu's hubs: ${HUBS.join('、')}.`, field);
  return hub;
}

export function validatePost(input: { hub: string; name: string }) {
  return { hub: requireHub(input.hub), name: requireText(input.name, 'name', 2, 40) };
}

export const requireCapacity = (value: number) => requireWholeNumber(value, 'capacity', 1, MAX_CAPACITY);

export interface SlotInput {
  postId: string;
  day: string;
  from: string;
  to: string;
  capacity: number;
}

/** A slot from today up to 60 days ahead, on the half hour, 30 minutes to 12 hours long; messages name the field. */
export function validateSlot(input: SlotInput, now = new Date()) {
  requireUuid(input.postId, 'postId');
  const day = input.day.trim();
  if (!isCalendarDay(day)) throw badInput('day must be a calendar day, YYYY-MM-DD.', 'day');
  const today = chengduToday(now);
  const last = new Date(Date.parse(today) + MAX_DAYS_AHEAD * 86_400_000).toISOString().slice(0, 10);
  if (day < today || day > last)
    throw badInput(`day must be from today (${today}) up to ${MAX_DAYS_AHEAD} days ahead (${last}).`, 'day');
  const from = requireHalfHour(input.from, 'from', false);
  const to = requireHalfHour(input.to, 'to', true);
  if (to <= from || to - from > MAX_SLOT_MINUTES)
    throw badInput('to must be after from, at most 12 hours later.', 'to');
  const startsAt = chengduInstant(day, from);
  if (startsAt.getTime() < now.getTime()) throw badInput('from has already passed today; add a later slot.', 'from');
  return {
    postId: input.postId,
    day,
    startsAt,
    endsAt: chengduInstant(day, to),
    capacity: requireCapacity(input.capacity),
  };
}
