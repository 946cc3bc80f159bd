import type { ProjectResolvers } from './types.generated';

export const Project: ProjectResolvers = {
  __resolveReference: (p) => ({ id: p.id }),
  // A project no admin has marked is not family-friendly.
  chenghua: async (p, _, ctx) => ({
    familyFriendly: (await ctx.loaders.familyFriendly.load(p.id))?.familyFriendly ?? false,
  }),
};
