import { acceptFamily, declareFamily, removeFamily } from '../actions/family';
import { giveCredits } from '../actions/ledger';
import { book, cancel, complete, postOffer, withdraw, type OfferInput } from '../actions/market';
import type { Ctx } from './context';

export const Mutation = {
  piduGiveCredits: async (
    _: unknown,
    a: { toVolunteerId: string; amount: number; idempotencyKey?: string | null },
    ctx: Ctx,
  ) => ({ volunteerId: await giveCredits(ctx.db, ctx.caller, a.toVolunteerId, a.amount, a.idempotencyKey) }),
  piduDeclareFamily: (_: unknown, a: { relativeVolunteerId: string; relation: string }, ctx: Ctx) =>
    declareFamily(ctx.db, ctx.caller, a.relativeVolunteerId, a.relation),
  piduAcceptFamily: (_: unknown, a: { linkId: string }, ctx: Ctx) => acceptFamily(ctx.db, ctx.caller, a.linkId),
  piduRemoveFamily: (_: unknown, a: { linkId: string }, ctx: Ctx) => removeFamily(ctx.db, ctx.caller, a.linkId),
  piduPostOffer: (_: unknown, a: { input: OfferInput }, ctx: Ctx) => postOffer(ctx.db, ctx.caller, a.input),
  piduWithdrawOffer: (_: unknown, a: { offerId: string }, ctx: Ctx) => withdraw(ctx, a.offerId),
  piduBookService: (_: unknown, a: { offerId: string; idempotencyKey?: string | null }, ctx: Ctx) =>
    book(ctx.db, ctx.caller, a.offerId, a.idempotencyKey),
  piduCompleteBooking: (_: unknown, a: { bookingId: string }, ctx: Ctx) => complete(ctx.db, ctx.caller, a.bookingId),
  piduCancelBooking: (_: unknown, a: { bookingId: string }, ctx: Ctx) => cancel(ctx.db, ctx.caller, a.bookingId),
};
