import { pageSize } from '../../kit/runtime/connection';
import { forbidden } from '../../kit/runtime/errors';
import type { SubgraphContext } from '../../kit/runtime/subgraph';
import type { Loaders } from '../data/loaders';
import type { TeamEntity } from '../data/team.entity';
import { actsForOrganization, administersDistrict } from '../rules/access';

type Ctx = SubgraphContext<Loaders>;

/** Who sees a team's member list: its leaders, the running organization's admins and the admins of its district. */
async function seesMembers(ctx: Ctx, team: TeamEntity): Promise<boolean> {
  const mine = await ctx.loaders.myMembership.load(team.id);
  if (ctx.caller.kind === 'volunteer' && mine?.role === 'LEADER' && mine.status === 'ACTIVE') return true;
  const org = await ctx.loaders.organization.load(team.organizationId);
  return !!org && ((await administersDistrict(ctx, org.districtCode)) || (await actsForOrganization(ctx, org.id)));
}

export const Team = {
  __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.team.load(ref.id),
  organization: (t: TeamEntity, _: unknown, ctx: Ctx) => ctx.loaders.organization.load(t.organizationId),
  memberCount: (t: TeamEntity, _: unknown, ctx: Ctx) => ctx.loaders.activeMemberCount.load(t.id),
  members: async (t: TeamEntity, args: { first?: number; after?: string | null }, ctx: Ctx) => {
    const size = pageSize(args.first);
    if (!(await seesMembers(ctx, t)))
      throw forbidden(
        `Only the leaders of ${t.name}, its organization's admins and its district's admins see its members.`,
      );
    return ctx.loaders.memberPage(size, args.after).load(t.id);
  },
  myMembership: (t: TeamEntity, _: unknown, ctx: Ctx) => ctx.loaders.myMembership.load(t.id),
};
