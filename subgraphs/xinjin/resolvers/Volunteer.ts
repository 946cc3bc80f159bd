import { mayReadAccount } from './context';
import type { VolunteerResolvers } from './types.generated';

export const Volunteer: VolunteerResolvers = {
  xinjin: async (v, _, ctx) => ((await mayReadAccount(ctx, v.id)) ? { volunteerId: v.id } : null),
};
