import { accountOf } from '../../kit/runtime/caller';
import { pageSize } from '../../kit/runtime/connection';
import { requireUuid } from '../../kit/runtime/ids';
import type { SubgraphContext } from '../../kit/runtime/subgraph';
import { allDistricts } from '../data/district.repository';
import type { Loaders } from '../data/loaders';
import { needsPage, type NeedFilter } from '../data/need.repository';
import {
  organizationsAdministeredBy,
  organizationsPage,
  type OrganizationFilter,
} from '../data/organization.repository';
import { teamsPage, type TeamFilter } from '../data/team.repository';
import { districtCode } from '../rules/input';

type Ctx = SubgraphContext<Loaders>;
type Page = { first?: number; after?: string | null };

export const Query = {
  districts: (_: unknown, __: unknown, ctx: Ctx) => allDistricts(ctx.db),
  district: (_: unknown, args: { code: string }, ctx: Ctx) => ctx.loaders.district.load(args.code),
  organization: (_: unknown, args: { id: string }, ctx: Ctx) =>
    ctx.loaders.organization.load(requireUuid(args.id, 'id')),
  organizations: (_: unknown, args: OrganizationFilter & Page, ctx: Ctx) => {
    if (args.district) districtCode(args.district);
    return organizationsPage(ctx.db, args, pageSize(args.first), args.after);
  },
  myOrganizations: (_: unknown, __: unknown, ctx: Ctx) => {
    const account = accountOf(ctx.caller);
    return account && ctx.caller.kind !== 'partner' ? organizationsAdministeredBy(ctx.db, account) : [];
  },
  team: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.team.load(requireUuid(args.id, 'id')),
  teams: (_: unknown, args: TeamFilter & Page, ctx: Ctx) => {
    if (args.organizationId) requireUuid(args.organizationId, 'organizationId');
    return teamsPage(ctx.db, args, pageSize(args.first), args.after);
  },
  need: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.need.load(requireUuid(args.id, 'id')),
  needs: (_: unknown, args: NeedFilter & Page, ctx: Ctx) => {
    if (args.district) districtCode(args.district);
    if (args.organizationId) requireUuid(args.organizationId, 'organizationId');
    return needsPage(ctx.db, args, pageSize(args.first), args.after);
  },
};
