import { decodeCursor, pageSize, toConnection } from '../../kit/runtime/connection';
import { isUuid } from '../../kit/runtime/ids';
import { checkCode } from '../actions/mall';
import { rewardsPage } from '../data/mall.repository';
import type { Ctx } from './context';

export const Query = {
  xinjin: () => ({}),
};

export const XinjinQuery = {
  myAccount: async (_: unknown, __: unknown, ctx: Ctx) => {
    const me = await ctx.loaders.me();
    return me ? { volunteerId: me.volunteerId } : null;
  },
  rewards: async (_: unknown, args: { first?: number; after?: string; includeRetired?: boolean }, ctx: Ctx) => {
    const size = pageSize(args.first);
    // Retired rewards are the admins' business; everyone else sees what can be redeemed.
    const includeRetired = !!args.includeRetired && (await ctx.loaders.administersDistrict('xinjin'));
    const rows = await rewardsPage(ctx.db, includeRetired, size, decodeCursor(args.after, ['timestamp', 'uuid']));
    return toConnection(rows, size, (r) => [r.cursorAt, r.id]);
  },
  reward: (_: unknown, args: { id: string }, ctx: Ctx) => (isUuid(args.id) ? ctx.loaders.reward.load(args.id) : null),
  checkRedemption: (_: unknown, args: { code: string }, ctx: Ctx) => checkCode(ctx, args.code),
};
