import { mayReadStanding } from './context';
import type { VolunteerResolvers } from './types.generated';

export const Volunteer: VolunteerResolvers = {
  longquanyi: async (v, _, ctx) => ((await mayReadStanding(ctx, v.id)) ? { volunteerId: v.id } : null),
};
