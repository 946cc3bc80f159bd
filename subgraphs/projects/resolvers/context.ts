import type { SubgraphContext } from '../../kit/subgraph';
import type { Loaders } from '../data/loaders';

export type Ctx = SubgraphContext<Loaders>;

/** Timestamps leave the API as ISO 8601 text. */
export const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** True when the caller is the volunteer `volunteerId` (a partner app counts for its linked citizen). */
export async function isSelf(ctx: Ctx, volunteerId: string): Promise<boolean> {
  if (ctx.caller.kind !== 'volunteer' && ctx.caller.kind !== 'partner') return false;
  return (await ctx.loaders.me())?.volunteerId === volunteerId;
}
