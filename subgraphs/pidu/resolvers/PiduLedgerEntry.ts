import { iso, volunteerRef } from './context';
import type { PiduLedgerEntryResolvers } from './types.generated';

export const PiduLedgerEntry: PiduLedgerEntryResolvers = {
  counterpart: (e) => (e.counterpartId ? volunteerRef(e.counterpartId) : null),
  booking: (e, _, ctx) => (e.bookingId ? ctx.loaders.booking.load(e.bookingId) : null),
  createdAt: (e) => iso(e.createdAt),
};
