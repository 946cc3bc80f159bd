import { changeReward, createReward, redeem, useCode } from '../actions/mall';
import type { MutationResolvers } from './types.generated';

export const Mutation: MutationResolvers = {
  xinjinCreateReward: (_, a, ctx) => createReward(ctx, a.input),
  xinjinRestockReward: (_, a, ctx) => changeReward(ctx, a.rewardId, { restock: a.quantity }),
  xinjinRetireReward: (_, a, ctx) => changeReward(ctx, a.rewardId, { retire: true }),
  xinjinRedeemReward: (_, a, ctx) => redeem(ctx.db, ctx.caller, a.rewardId),
  xinjinUseRedemption: (_, a, ctx) => useCode(ctx, a.code),
};
