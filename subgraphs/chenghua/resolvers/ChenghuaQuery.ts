import { membershipOf } from '../data/family.repository';
import type { ChenghuaQueryResolvers } from './types.generated';

export const ChenghuaQuery: ChenghuaQueryResolvers = {
  // Only the caller's own family: a family's members are seen by its members alone.
  myFamily: async (_, __, ctx) => {
    const me = await ctx.loaders.me();
    const mine = me ? await membershipOf(ctx.db, me.volunteerId) : null;
    return mine ? ctx.loaders.family.load(mine.familyId) : null;
  },
};
