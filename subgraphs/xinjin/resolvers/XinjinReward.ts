import { iso } from './context';
import type { XinjinRewardResolvers } from './types.generated';

export const XinjinReward: XinjinRewardResolvers = {
  merchantAccount: async (r, _, ctx) => ((await ctx.loaders.administersDistrict('xinjin')) ? r.merchantAccount : null),
  createdAt: (r) => iso(r.createdAt),
};
