import { chengduToday } from '../../kit/city/time-of-day';
import { decodeCursor, pageSize, toConnection } from '../../kit/runtime/connection';
import { iso } from '../../kit/runtime/timestamps';
import { NO_SHOWS_TO_SUSPEND, nextLevelOf, pointsOf, starsOf, suspendedUntil, titleOf } from '../rules/stars';
import type { Context, LongquanyiVolunteerResolvers, ResolversParentTypes } from './types.generated';

type Ctx = Context;

/** Hours and points of one volunteer (zero before their first confirmed hour in Longquanyi). */
async function figures(volunteerId: string, ctx: Ctx) {
  const a = await ctx.loaders.account.load(volunteerId);
  const hours = a?.hours ?? 0;
  const points = pointsOf(hours, a?.awardedPoints ?? 0);
  return { hours, points, calledIn: a?.calledIn ?? 0, awarded: a?.awardedPoints ?? 0 };
}

const noShowDays = async (v: ResolversParentTypes['LongquanyiVolunteer'], ctx: Ctx) =>
  (await ctx.loaders.noShows.load(v.volunteerId))?.days ?? [];

export const LongquanyiVolunteer: LongquanyiVolunteerResolvers = {
  hours: async (v, _, ctx) => (await figures(v.volunteerId, ctx)).hours,
  points: async (v, _, ctx) => (await figures(v.volunteerId, ctx)).points,
  awardedPoints: async (v, _, ctx) => (await figures(v.volunteerId, ctx)).awarded,
  stars: async (v, _, ctx) => {
    const f = await figures(v.volunteerId, ctx);
    return starsOf(f.hours, f.points);
  },
  title: async (v, _, ctx) => {
    const f = await figures(v.volunteerId, ctx);
    return titleOf(f.hours, f.points);
  },
  nextLevel: async (v, _, ctx) => {
    const f = await figures(v.volunteerId, ctx);
    return nextLevelOf(starsOf(f.hours, f.points));
  },
  bankedHours: async (v, _, ctx) => {
    const f = await figures(v.volunteerId, ctx);
    return Math.round((f.hours - f.calledIn) * 100) / 100;
  },
  noShowsInYear: async (v, _, ctx) => (await noShowDays(v, ctx)).length,
  suspendedUntil: async (v, _, ctx) => {
    const days = await noShowDays(v, ctx);
    return days.length >= NO_SHOWS_TO_SUSPEND ? suspendedUntil(days, chengduToday()) : null;
  },
  callIns: async (v, args, ctx) => {
    const size = pageSize(args.first);
    const rows = await ctx.loaders.callIns(size, decodeCursor(args.after, ['timestamp', 'uuid'])).load(v.volunteerId);
    return toConnection(rows, size, (c) => [iso(c.createdAt), c.id]);
  },
};
