import type { BookingRow, OfferRow } from '../data/market.repository';
import { iso, volunteerRef, type Ctx } from './context';

export const PiduServiceOffer = {
  provider: (o: OfferRow) => volunteerRef(o.providerId),
  createdAt: (o: OfferRow) => iso(o.createdAt),
};

export const PiduBooking = {
  offer: (b: BookingRow, _: unknown, ctx: Ctx) => ctx.loaders.offer.load(b.offerId),
  buyer: (b: BookingRow) => volunteerRef(b.buyerId),
  provider: (b: BookingRow) => volunteerRef(b.providerId),
  createdAt: (b: BookingRow) => iso(b.createdAt),
  settledAt: (b: BookingRow) => iso(b.settledAt),
};
