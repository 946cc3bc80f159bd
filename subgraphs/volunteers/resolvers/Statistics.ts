import { requireStatisticsReader } from '../../kit/city/statistics';
import type { StatisticsResolvers } from './types.generated';

export const Statistics: StatisticsResolvers = {
  // Each subgraph answers for its own figures, so each checks the reader again.
  __resolveReference: async (ref, ctx) => {
    await requireStatisticsReader(ctx.caller, ref.scope, ctx.loaders.administersDistrict);
    return { scope: ref.scope, from: ref.from, to: ref.to };
  },
  volunteersTotal: async (s, _, ctx) => (await ctx.loaders.statistics.load(s)).total,
  volunteersNew: async (s, _, ctx) => (await ctx.loaders.statistics.load(s)).new,
  volunteerMonths: async (s, _, ctx) => (await ctx.loaders.statistics.load(s)).months,
};
