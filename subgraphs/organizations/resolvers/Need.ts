import { serviceCategoryByCode } from '../../kit/city/categories';
import { loadRequired } from '../../kit/runtime/loaders';
import { actsForOrganization, administersDistrict } from '../rules/access';
import { iso } from '../rules/input';
import type { NeedResolvers } from './types.generated';

export const Need: NeedResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.need.load(ref.id),
  categoryName: (n) => serviceCategoryByCode(n.categoryCode)?.name ?? n.categoryCode,
  filedBy: (n, _, ctx) => loadRequired(ctx.loaders.organization, n.organizationId),
  district: (n, _, ctx) => loadRequired(ctx.loaders.district, n.districtCode),
  rejectionReason: async (n, _, ctx) =>
    (await administersDistrict(ctx, n.districtCode)) || (await actsForOrganization(ctx, n.organizationId))
      ? n.rejectionReason
      : null,
  convertedTo: (n, _, ctx) =>
    n.convertedOrganizationId ? ctx.loaders.organization.load(n.convertedOrganizationId) : null,
  filedAt: (n) => n.filedAt.toISOString(),
  triagedAt: (n) => iso(n.triagedAt),
};
