import { canSeeProject } from '../rules/access';
import type { NeedResolvers } from './types.generated';

/** Needs belong to another subgraph; this one only knows which project a need became. */
export const Need: NeedResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  project: async (n, _, ctx) => {
    const p = await ctx.loaders.projectOfNeed.load(n.id);
    return p && (await canSeeProject(ctx, p)) ? p : null;
  },
};
