import { LEVELS } from '../rules/stars';
import type { LongquanyiQueryResolvers } from './types.generated';

export const LongquanyiQuery: LongquanyiQueryResolvers = {
  levels: () => LEVELS.map((l) => ({ ...l })),
  myAccount: async (_, __, ctx) => {
    const me = await ctx.loaders.me();
    return me?.status === 'ACTIVE' ? { volunteerId: me.volunteerId } : null;
  },
};
