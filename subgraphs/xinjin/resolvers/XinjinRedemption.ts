import { iso } from './context';
import type { XinjinRedemptionResolvers } from './types.generated';

export const XinjinRedemption: XinjinRedemptionResolvers = {
  reward: async (r, _, ctx) => {
    const reward = await ctx.loaders.reward.load(r.rewardId);
    // Rewards are retired, never deleted, and a redemption's reward is a foreign key.
    if (!reward) throw new Error(`redemption ${r.id} has no reward ${r.rewardId}`);
    return reward;
  },
  volunteer: (r) => ({ id: r.volunteerId }),
  createdAt: (r) => iso(r.createdAt),
  usedAt: (r) => iso(r.usedAt),
};
