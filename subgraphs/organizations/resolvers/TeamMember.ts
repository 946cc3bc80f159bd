import { iso } from '../rules/input';
import { loadRequired } from '../../kit/runtime/loaders';
import type { TeamMemberResolvers } from './types.generated';

export const TeamMember: TeamMemberResolvers = {
  team: (m, _, ctx) => loadRequired(ctx.loaders.team, m.teamId),
  volunteer: (m) => (m.volunteerId ? { id: m.volunteerId } : null),
  requestedAt: (m) => m.requestedAt.toISOString(),
  decidedAt: (m) => iso(m.decidedAt),
};
