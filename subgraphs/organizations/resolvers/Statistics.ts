import { requireStatisticsReader } from '../../kit/city/statistics';
import type { StatisticsResolvers } from './types.generated';

export const Statistics: StatisticsResolvers = {
  // Each subgraph answers for its own figures, so each checks the reader again.
  __resolveReference: async (ref, ctx) => {
    await requireStatisticsReader(ctx.caller, ref.scope, ctx.loaders.administersDistrict);
    return { scope: ref.scope, from: ref.from, to: ref.to };
  },
  organizationsTotal: async (s, _, ctx) => (await ctx.loaders.statistics.load(s)).total,
  organizationsRegistered: async (s, _, ctx) => (await ctx.loaders.statistics.load(s)).registered,
  organizationsVerified: async (s, _, ctx) => (await ctx.loaders.statistics.load(s)).verified,
};
