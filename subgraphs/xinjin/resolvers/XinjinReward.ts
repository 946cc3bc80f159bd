import type { RedemptionRow, RewardRow } from '../data/mall.repository';
import { iso, type Ctx } from './context';

export const XinjinReward = {
  merchantAccount: async (r: RewardRow, _: unknown, ctx: Ctx) =>
    (await ctx.loaders.administersDistrict('xinjin')) ? r.merchantAccount : null,
  createdAt: (r: RewardRow) => iso(r.createdAt),
};

export const XinjinRedemption = {
  reward: (r: RedemptionRow, _: unknown, ctx: Ctx) => ctx.loaders.reward.load(r.rewardId),
  volunteer: (r: RedemptionRow) => ({ __typename: 'Volunteer', id: r.volunteerId }),
  createdAt: (r: RedemptionRow) => iso(r.createdAt),
  usedAt: (r: RedemptionRow) => iso(r.usedAt),
};
