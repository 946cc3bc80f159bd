import type { VolunteerProfileResolvers } from './types.generated';

export const VolunteerProfile: VolunteerProfileResolvers = {
  // Deprecated switch: true while any app holds a consent in force; one batched read, and only when selected.
  shareWithPartners: async (p, _, ctx) =>
    (await ctx.loaders.consents.load(p.volunteerId)).some((c) => c.recipient === 'APP' && c.status === 'ACTIVE'),
};
