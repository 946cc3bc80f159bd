import { isCalendarDay } from '../../kit/city/days';
import { badInput } from '../../kit/runtime/errors';
import type { ShuangliuPostResolvers } from './types.generated';

export const ShuangliuPost: ShuangliuPostResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.post.load(ref.id),
  rota: (post, { day }, ctx) => {
    if (!isCalendarDay(day)) throw badInput('day must be a calendar day, YYYY-MM-DD.', 'day');
    return ctx.loaders.rota(day).load(post.id);
  },
  hoursServed: async (post, _, ctx) => (await ctx.loaders.postTotals.load(post.id))?.hours ?? 0,
  shiftsServed: async (post, _, ctx) => (await ctx.loaders.postTotals.load(post.id))?.shifts ?? 0,
};
