import { administersDistrict } from '../../kit/caller';
import type { PlatformLoaders } from '../../kit/district';
import type { SubgraphContext } from '../../kit/subgraph';
import type { Loaders } from '../data/loaders';

export type Ctx = SubgraphContext<PlatformLoaders & Loaders>;

export const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

/** A points account is seen by its volunteer, Xinjin's district admin and city admins only. */
export async function mayReadAccount(ctx: Ctx, volunteerId: string): Promise<boolean> {
  if (administersDistrict(ctx.caller, 'xinjin')) return true;
  return (await ctx.loaders.me())?.volunteerId === volunteerId;
}
