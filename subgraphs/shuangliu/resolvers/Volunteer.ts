import type { VolunteerResolvers } from './types.generated';

export const Volunteer: VolunteerResolvers = {
  shuangliu: async (v, _, ctx) => {
    const totals = await ctx.loaders.volunteerTotals.load(v.id);
    return { hours: totals?.hours ?? 0, shifts: totals?.shifts ?? 0 };
  },
};
