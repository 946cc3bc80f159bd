import { pageSize } from '../../kit/runtime/connection';
import { loadRequired } from '../../kit/runtime/loaders';
import { forbidden } from '../../kit/runtime/errors';
import { actsForOrganization, administersDistrict } from '../rules/access';
import type { TeamMapper } from './mappers';
import type { Context, TeamResolvers } from './types.generated';

/** Who sees a team's member list: its leaders, the running organization's admins and the admins of its district. */
async function seesMembers(ctx: Context, team: TeamMapper): Promise<boolean> {
  const mine = await ctx.loaders.myMembership.load(team.id);
  if (ctx.caller.kind === 'volunteer' && mine?.role === 'LEADER' && mine.status === 'ACTIVE') return true;
  const org = await ctx.loaders.organization.load(team.organizationId);
  return !!org && ((await administersDistrict(ctx, org.districtCode)) || (await actsForOrganization(ctx, org.id)));
}

export const Team: TeamResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.team.load(ref.id),
  organization: (t, _, ctx) => loadRequired(ctx.loaders.organization, t.organizationId),
  memberCount: (t, _, ctx) => ctx.loaders.activeMemberCount.load(t.id),
  members: async (t, args, ctx) => {
    const size = pageSize(args.first);
    if (!(await seesMembers(ctx, t)))
      throw forbidden(
        `Only the leaders of ${t.name}, its organization's admins and its district's admins see its members.`,
      );
    return ctx.loaders.memberPage(size, args.after).load(t.id);
  },
  myMembership: (t, _, ctx) => ctx.loaders.myMembership.load(t.id),
};
