import type { VolunteerResolvers } from './types.generated';

export const Volunteer: VolunteerResolvers = {
  wuhou: async (v, _, ctx) => (await ctx.loaders.honor.load(v.id)) ?? { honorHours: 0, completedNeedCount: 0 },
};
