import type { PartnerCallResolvers } from './types.generated';

/** A recorded partner call; its moment leaves as ISO 8601. */
export const PartnerCall: PartnerCallResolvers = {
  at: (c) => c.at.toISOString(),
};
