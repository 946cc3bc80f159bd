import { canSeeProject } from '../rules/access';
import type { Ctx } from './context';

/** Needs belong to another subgraph; this one only knows which project a need became. */
export const Need = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
  project: async (n: { id: string }, _: unknown, ctx: Ctx) => {
    const p = await ctx.loaders.projectOfNeed.load(n.id);
    return p && (await canSeeProject(ctx, p)) ? p : null;
  },
};
