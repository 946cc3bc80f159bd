import { resolveStatisticsReference } from '../../kit/city/statistics';
import type { StatisticsResolvers } from './types.generated';

export const Statistics: StatisticsResolvers = {
  __resolveReference: (ref, ctx) => resolveStatisticsReference(ref, ctx),
  organizationsTotal: async (s, _, ctx) => (await ctx.loaders.statistics.load(s)).total,
  organizationsRegistered: async (s, _, ctx) => (await ctx.loaders.statistics.load(s)).registered,
  organizationsVerified: async (s, _, ctx) => (await ctx.loaders.statistics.load(s)).verified,
};
