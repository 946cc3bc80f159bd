import { iso, volunteerRef } from './context';
import type { PiduBookingResolvers } from './types.generated';

export const PiduBooking: PiduBookingResolvers = {
  offer: async (b, _, ctx) => {
    const offer = await ctx.loaders.offer.load(b.offerId);
    // Offers are withdrawn, never deleted, and a booking's offer is a foreign key.
    if (!offer) throw new Error(`booking ${b.id} has no offer ${b.offerId}`);
    return offer;
  },
  buyer: (b) => volunteerRef(b.buyerId),
  provider: (b) => volunteerRef(b.providerId),
  createdAt: (b) => iso(b.createdAt),
  settledAt: (b) => iso(b.settledAt),
};
