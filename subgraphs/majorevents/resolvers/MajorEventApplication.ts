import { iso } from '../../kit/runtime/timestamps';
import type { MajorEventApplicationResolvers } from './types.generated';

/**
 * Every path to an application is guarded where the list is handed out (the volunteer's own, or an event's
 * organizers'), so its form is served as is.
 */
export const MajorEventApplication: MajorEventApplicationResolvers = {
  role: async (a, _, ctx) => (await ctx.loaders.role.load(a.roleId))!,
  volunteer: (a) => ({ id: a.volunteerId }),
  team: (a) => (a.teamId ? { id: a.teamId } : null),
  appliedAt: (a) => iso(a.appliedAt),
  decidedAt: (a) => iso(a.decidedAt),
};
