import { acceptFamily, declareFamily, removeFamily } from '../actions/family';
import { giveCredits } from '../actions/ledger';
import { book, cancel, complete, postOffer, withdraw } from '../actions/market';
import type { MutationResolvers } from './types.generated';

export const Mutation: MutationResolvers = {
  piduGiveCredits: async (_, a, ctx) => ({
    volunteerId: await giveCredits(ctx.db, ctx.caller, a.toVolunteerId, a.amount, a.idempotencyKey),
  }),
  piduDeclareFamily: (_, a, ctx) => declareFamily(ctx.db, ctx.caller, a.relativeVolunteerId, a.relation),
  piduAcceptFamily: (_, a, ctx) => acceptFamily(ctx.db, ctx.caller, a.linkId),
  piduRemoveFamily: (_, a, ctx) => removeFamily(ctx.db, ctx.caller, a.linkId),
  piduPostOffer: (_, a, ctx) => postOffer(ctx.db, ctx.caller, a.input),
  piduWithdrawOffer: (_, a, ctx) => withdraw(ctx, a.offerId),
  piduBookService: (_, a, ctx) => book(ctx.db, ctx.caller, a.offerId, a.idempotencyKey),
  piduCompleteBooking: (_, a, ctx) => complete(ctx.db, ctx.caller, a.bookingId),
  piduCancelBooking: (_, a, ctx) => cancel(ctx.db, ctx.caller, a.bookingId),
};
