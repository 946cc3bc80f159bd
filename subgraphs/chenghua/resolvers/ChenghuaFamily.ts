import { badgeOf } from '../rules/family';
import type { ChenghuaFamilyResolvers } from './types.generated';

export const ChenghuaFamily: ChenghuaFamilyResolvers = {
  members: (f, _, ctx) => ctx.loaders.members.load(f.id),
  hours: async (f, _, ctx) => (await ctx.loaders.hours.load(f.id))?.hours ?? 0,
  badge: async (f, _, ctx) => badgeOf((await ctx.loaders.hours.load(f.id))?.hours ?? 0),
};
