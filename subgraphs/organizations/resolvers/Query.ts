import { accountOf } from '../../kit/runtime/caller';
import { pageSize } from '../../kit/runtime/connection';
import { requireUuid } from '../../kit/runtime/ids';
import { allDistricts } from '../data/district.repository';
import { needsPage } from '../data/need.repository';
import { organizationsAdministeredBy, organizationsPage } from '../data/organization.repository';
import { teamsPage } from '../data/team.repository';
import { districtCode } from '../rules/input';
import type { QueryResolvers } from './types.generated';

export const Query: QueryResolvers = {
  districts: (_, __, ctx) => allDistricts(ctx.db),
  district: (_, args, ctx) => ctx.loaders.district.load(args.code),
  organization: (_, args, ctx) => ctx.loaders.organization.load(requireUuid(args.id, 'id')),
  organizations: (_, args, ctx) => {
    if (args.district) districtCode(args.district);
    return organizationsPage(ctx.db, args, pageSize(args.first), args.after);
  },
  myOrganizations: (_, __, ctx) => {
    const account = accountOf(ctx.caller);
    return account && ctx.caller.kind !== 'partner' ? organizationsAdministeredBy(ctx.db, account) : [];
  },
  team: (_, args, ctx) => ctx.loaders.team.load(requireUuid(args.id, 'id')),
  teams: (_, args, ctx) => {
    if (args.organizationId) requireUuid(args.organizationId, 'organizationId');
    return teamsPage(ctx.db, args, pageSize(args.first), args.after);
  },
  need: (_, args, ctx) => ctx.loaders.need.load(requireUuid(args.id, 'id')),
  needs: (_, args, ctx) => {
    if (args.district) districtCode(args.district);
    if (args.organizationId) requireUuid(args.organizationId, 'organizationId');
    return needsPage(ctx.db, args, pageSize(args.first), args.after);
  },
};
