import { decodeCursor, pageSize, toConnection } from '../../kit/runtime/connection';
import { CREDIT_CAP, canSpend } from '../rules/time-bank';
import { iso, mayReadAccount, volunteerRef, type Ctx } from './context';
import type { EntryRow } from '../data/ledger.repository';

interface AccountRef {
  volunteerId: string;
}

export const Volunteer = {
  pidu: async (v: { id: string }, _: unknown, ctx: Ctx): Promise<AccountRef | null> =>
    (await mayReadAccount(ctx, v.id)) ? { volunteerId: v.id } : null,
};

const account = (a: AccountRef, ctx: Ctx) => ctx.loaders.account.load(a.volunteerId);

export const PiduVolunteer = {
  volunteer: (a: AccountRef) => volunteerRef(a.volunteerId),
  balance: async (a: AccountRef, _: unknown, ctx: Ctx) => (await account(a, ctx))?.balance ?? 0,
  held: async (a: AccountRef, _: unknown, ctx: Ctx) => (await account(a, ctx))?.held ?? 0,
  cap: () => CREDIT_CAP,
  canSpend: async (a: AccountRef, _: unknown, ctx: Ctx) =>
    canSpend((await ctx.loaders.volunteer.load(a.volunteerId))?.confirmedHours ?? 0),
  uncreditedHours: (a: AccountRef, _: unknown, ctx: Ctx) => ctx.loaders.uncreditedHours.load(a.volunteerId),
  entries: async (a: AccountRef, args: { first?: number; after?: string }, ctx: Ctx) => {
    const size = pageSize(args.first);
    const rows = await ctx.loaders.entries(size, decodeCursor(args.after, ['int'])).load(a.volunteerId);
    return toConnection(rows, size, (e) => [e.id]);
  },
  family: (a: AccountRef, _: unknown, ctx: Ctx) => ctx.loaders.family.load(a.volunteerId),
};

export const PiduLedgerEntry = {
  counterpart: (e: EntryRow) => volunteerRef(e.counterpartId),
  booking: (e: EntryRow, _: unknown, ctx: Ctx) => (e.bookingId ? ctx.loaders.booking.load(e.bookingId) : null),
  createdAt: (e: EntryRow) => iso(e.createdAt),
};
