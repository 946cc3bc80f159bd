import { resolveStatisticsReference } from '../../kit/city/statistics';
import type { StatisticsResolvers } from './types.generated';

export const Statistics: StatisticsResolvers = {
  __resolveReference: (ref, ctx) => resolveStatisticsReference(ref, ctx),
  volunteersTotal: async (s, _, ctx) => (await ctx.loaders.statistics.load(s)).total,
  volunteersNew: async (s, _, ctx) => (await ctx.loaders.statistics.load(s)).new,
  volunteerMonths: async (s, _, ctx) => (await ctx.loaders.statistics.load(s)).months,
  starLevels: async (s, _, ctx) => (await ctx.loaders.breakdowns.load(s)).starLevels,
  ageBands: async (s, _, ctx) => (await ctx.loaders.breakdowns.load(s)).ageBands,
};
