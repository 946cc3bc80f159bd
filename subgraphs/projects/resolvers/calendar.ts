import { badInput } from '../../kit/runtime/errors';
import { isDistrictCode } from '../../kit/city/districts';
import { volunteerAccount } from '../actions/signup';
import {
  calendarShifts,
  feedToken,
  rotateFeedToken,
  signupsBetween,
  volunteerOfFeed,
} from '../data/calendar.repository';
import { isDate, shanghaiInstant, shanghaiParts } from '../rules/time';
import type { PersonalFieldKey } from '../../kit/city/visibility';
import { ownData } from './context';
import type { Context, MutationResolvers, QueryResolvers } from './types.generated';

const DAY_MS = 86_400_000;
const SHIFTS_PER_DAY = 50;

/** [from, to] as Chengdu days → the instants [start of from, start of the day after to), checked. */
export function range(from: string, to: string, maxDays: number): [Date, Date] {
  if (!isDate(from)) throw badInput('from must be a date written YYYY-MM-DD.', 'from');
  if (!isDate(to)) throw badInput('to must be a date written YYYY-MM-DD.', 'to');
  const start = shanghaiInstant(from, '00:00');
  const end = new Date(shanghaiInstant(to, '00:00').getTime() + DAY_MS);
  const days = (end.getTime() - start.getTime()) / DAY_MS;
  if (days < 1 || days > maxDays) throw badInput(`to must be on or after from, at most ${maxDays} days in all.`, 'to');
  return [start, end];
}

async function myVolunteerId(ctx: Context, action: string, field: PersonalFieldKey): Promise<string | null> {
  volunteerAccount(ctx.caller, action);
  return (await ownData(ctx, field))?.volunteerId ?? null;
}

export const calendarQueries: QueryResolvers = {
  calendar: async (_, args, ctx) => {
    if (args.district != null && !isDistrictCode(args.district))
      throw badInput('district must be a district code such as pidu.', 'district');
    const [start, end] = range(args.from, args.to, 42);
    const { days, shifts } = await calendarShifts(ctx.db, start, end, args.district ?? null, SHIFTS_PER_DAY);
    for (const s of shifts) ctx.loaders.shift.prime(s.id, s);
    return days.map((d) => ({
      date: d.day,
      shiftCount: Number(d.shifts),
      freePlaces: Number(d.free),
      shifts: shifts.filter((s) => shanghaiParts(s.startsAt).date === d.day),
    }));
  },
  myCalendar: async (_, args, ctx) => {
    const [start, end] = range(args.from, args.to, 366);
    const me = await myVolunteerId(ctx, 'see your calendar', 'calendar');
    return me ? signupsBetween(ctx.db, me, start, end, 500) : [];
  },
  myCalendarFeedToken: async (_, __, ctx) => {
    const me = await myVolunteerId(ctx, 'subscribe to your calendar', 'calendarFeedToken');
    if (!me) throw badInput('Register as a volunteer to have a calendar.');
    return feedToken(ctx.db, me);
  },
  calendarFeed: async (_, args, ctx) => {
    if (!/^[A-Za-z0-9_-]{43}$/.test(args.token)) return null;
    const volunteerId = await volunteerOfFeed(ctx.db, args.token);
    if (!volunteerId) return null;
    const entries = await signupsBetween(
      ctx.db,
      volunteerId,
      new Date(Date.now() - 30 * DAY_MS),
      new Date(Date.now() + 3650 * DAY_MS),
      500,
    );
    return { volunteer: { id: volunteerId }, entries };
  },
};

export const calendarMutations: MutationResolvers = {
  rotateCalendarFeedToken: async (_, __, ctx) => {
    const me = await myVolunteerId(ctx, 'rotate your calendar link', 'calendarFeedToken');
    if (!me) throw badInput('Register as a volunteer to have a calendar.');
    return rotateFeedToken(ctx.db, me);
  },
};
