import { iso } from '../../kit/runtime/timestamps';
import type { MajorEventNeedsRoundResolvers, MajorEventRoleNeedResolvers } from './types.generated';

export const MajorEventNeedsRound: MajorEventNeedsRoundResolvers = {
  deadline: (r) => iso(r.deadline),
  open: (r) => r.deadline > new Date(),
  needs: (r, _, ctx) => ctx.loaders.needsOfRound.load(r.id),
};

export const MajorEventRoleNeed: MajorEventRoleNeedResolvers = {
  organization: (n) => ({ id: n.organizationId }),
  submittedAt: (n) => iso(n.submittedAt),
  event: async (n, _, ctx) => (await ctx.loaders.event.load(n.eventId))!,
};
