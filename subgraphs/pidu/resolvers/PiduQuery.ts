import { decodeCursor, pageSize, toConnection } from '../../kit/runtime/connection';
import { unauthenticated } from '../../kit/runtime/errors';
import { isUuid } from '../../kit/runtime/ids';
import { activeOffers, bookingsOf } from '../data/market.repository';
import type { PiduQueryResolvers } from './types.generated';

export const PiduQuery: PiduQueryResolvers = {
  myAccount: async (_, __, ctx) => {
    const me = await ctx.loaders.me();
    return me ? { volunteerId: me.volunteerId } : null;
  },
  offers: async (_, args, ctx) => {
    const size = pageSize(args.first);
    const rows = await activeOffers(ctx.db, size, decodeCursor(args.after, ['timestamp', 'uuid']));
    return toConnection(rows, size, (o) => [o.cursorAt, o.id]);
  },
  offer: (_, args, ctx) => (isUuid(args.id) ? ctx.loaders.offer.load(args.id) : null),
  myBookings: async (_, args, ctx) => {
    if (ctx.caller.kind === 'anonymous') throw unauthenticated('Sign in to see your bookings.');
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, ['timestamp', 'uuid']);
    const me = await ctx.loaders.me();
    if (!me) return toConnection([], size, () => []);
    const rows = await bookingsOf(
      ctx.db,
      args.role === 'BUYER' ? 'buyer_id' : 'provider_id',
      me.volunteerId,
      size,
      after,
    );
    return toConnection(rows, size, (b) => [b.cursorAt, b.id]);
  },
};
