import { iso, volunteerRef } from './context';
import type { PiduServiceOfferResolvers } from './types.generated';

export const PiduServiceOffer: PiduServiceOfferResolvers = {
  provider: (o) => volunteerRef(o.providerId),
  createdAt: (o) => iso(o.createdAt),
};
