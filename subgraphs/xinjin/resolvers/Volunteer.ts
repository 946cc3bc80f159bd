import { decodeCursor, pageSize, toConnection } from '../../kit/runtime/connection';
import { points } from '../../kit/city/growth';
import { mayReadAccount, type Ctx } from './context';

interface AccountRef {
  volunteerId: string;
}

export const Volunteer = {
  xinjin: async (v: { id: string }, _: unknown, ctx: Ctx): Promise<AccountRef | null> =>
    (await mayReadAccount(ctx, v.id)) ? { volunteerId: v.id } : null,
};

export const XinjinVolunteer = {
  volunteer: (a: AccountRef) => ({ __typename: 'Volunteer', id: a.volunteerId }),
  points: async (a: AccountRef, _: unknown, ctx: Ctx) => (await ctx.loaders.account.load(a.volunteerId))?.balance ?? 0,
  earnedPoints: async (a: AccountRef, _: unknown, ctx: Ctx) =>
    points((await ctx.loaders.account.load(a.volunteerId))?.hours ?? 0),
  redemptions: async (a: AccountRef, args: { first?: number; after?: string }, ctx: Ctx) => {
    const size = pageSize(args.first);
    const rows = await ctx.loaders
      .redemptions(size, decodeCursor(args.after, ['timestamp', 'uuid']))
      .load(a.volunteerId);
    return toConnection(rows, size, (r) => [r.cursorAt, r.id]);
  },
};
