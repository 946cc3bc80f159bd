import type { SubgraphContext } from '../../kit/runtime/subgraph';
import type { Loaders } from '../data/loaders';
import type { TeamMemberEntity } from '../data/team-member.entity';
import { iso } from '../rules/input';

type Ctx = SubgraphContext<Loaders>;

export const TeamMember = {
  team: (m: TeamMemberEntity, _: unknown, ctx: Ctx) => ctx.loaders.team.load(m.teamId),
  volunteer: (m: TeamMemberEntity) => (m.volunteerId ? { id: m.volunteerId } : null),
  requestedAt: (m: TeamMemberEntity) => iso(m.requestedAt),
  decidedAt: (m: TeamMemberEntity) => iso(m.decidedAt),
};
