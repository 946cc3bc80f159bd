import { decodeCursor, pageSize, toConnection } from '../../kit/runtime/connection';
import { isUuid } from '../../kit/runtime/ids';
import { checkCode } from '../actions/mall';
import { rewardsPage } from '../data/mall.repository';
import type { XinjinQueryResolvers } from './types.generated';

export const XinjinQuery: XinjinQueryResolvers = {
  myAccount: async (_, __, ctx) => {
    const me = await ctx.loaders.me();
    return me ? { volunteerId: me.volunteerId } : null;
  },
  rewards: async (_, args, ctx) => {
    const size = pageSize(args.first);
    // Retired rewards are the admins' business; everyone else sees what can be redeemed.
    const includeRetired = !!args.includeRetired && (await ctx.loaders.administersDistrict('xinjin'));
    const rows = await rewardsPage(ctx.db, includeRetired, size, decodeCursor(args.after, ['timestamp', 'uuid']));
    return toConnection(rows, size, (r) => [r.cursorAt, r.id]);
  },
  reward: (_, args, ctx) => (isUuid(args.id) ? ctx.loaders.reward.load(args.id) : null),
  checkRedemption: (_, args, ctx) => checkCode(ctx, args.code),
};
