import { decodeCursor, pageSize, toConnection } from '../../kit/runtime/connection';
import { points } from '../../kit/city/growth';
import type { XinjinVolunteerResolvers } from './types.generated';

export const XinjinVolunteer: XinjinVolunteerResolvers = {
  volunteer: (a) => ({ id: a.volunteerId }),
  points: async (a, _, ctx) => (await ctx.loaders.account.load(a.volunteerId))?.balance ?? 0,
  earnedPoints: async (a, _, ctx) => points((await ctx.loaders.account.load(a.volunteerId))?.hours ?? 0),
  redemptions: async (a, args, ctx) => {
    const size = pageSize(args.first);
    const rows = await ctx.loaders
      .redemptions(size, decodeCursor(args.after, ['timestamp', 'uuid']))
      .load(a.volunteerId);
    return toConnection(rows, size, (r) => [r.cursorAt, r.id]);
  },
};
