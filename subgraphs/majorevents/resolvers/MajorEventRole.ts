import type { MajorEventRoleResolvers } from './types.generated';

export const MajorEventRole: MajorEventRoleResolvers = {
  event: async (r, _, ctx) => (await ctx.loaders.event.load(r.eventId))!,
};
