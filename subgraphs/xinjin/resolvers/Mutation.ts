import { changeReward, createReward, redeem, useCode } from '../actions/mall';
import type { RewardInput } from '../data/mall.repository';
import type { Ctx } from './context';

export const Mutation = {
  xinjinCreateReward: (_: unknown, a: { input: RewardInput }, ctx: Ctx) => createReward(ctx, a.input),
  xinjinRestockReward: (_: unknown, a: { rewardId: string; quantity: number }, ctx: Ctx) =>
    changeReward(ctx, a.rewardId, { restock: a.quantity }),
  xinjinRetireReward: (_: unknown, a: { rewardId: string }, ctx: Ctx) =>
    changeReward(ctx, a.rewardId, { retire: true }),
  xinjinRedeemReward: (_: unknown, a: { rewardId: string }, ctx: Ctx) => redeem(ctx.db, ctx.caller, a.rewardId),
  xinjinUseRedemption: (_: unknown, a: { code: string }, ctx: Ctx) => useCode(ctx, a.code),
};
