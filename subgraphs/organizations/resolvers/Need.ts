import { serviceCategoryByCode } from '../../kit/city/categories';
import type { SubgraphContext } from '../../kit/runtime/subgraph';
import type { Loaders } from '../data/loaders';
import type { NeedEntity } from '../data/need.entity';
import { actsForOrganization, administersDistrict } from '../rules/access';
import { iso } from '../rules/input';

type Ctx = SubgraphContext<Loaders>;

export const Need = {
  __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.need.load(ref.id),
  categoryName: (n: NeedEntity) => serviceCategoryByCode(n.categoryCode)?.name ?? n.categoryCode,
  filedBy: (n: NeedEntity, _: unknown, ctx: Ctx) => ctx.loaders.organization.load(n.organizationId),
  district: (n: NeedEntity, _: unknown, ctx: Ctx) => ctx.loaders.district.load(n.districtCode),
  rejectionReason: async (n: NeedEntity, _: unknown, ctx: Ctx) =>
    (await administersDistrict(ctx, n.districtCode)) || (await actsForOrganization(ctx, n.organizationId))
      ? n.rejectionReason
      : null,
  convertedTo: (n: NeedEntity, _: unknown, ctx: Ctx) =>
    n.convertedOrganizationId ? ctx.loaders.organization.load(n.convertedOrganizationId) : null,
  filedAt: (n: NeedEntity) => iso(n.filedAt),
  triagedAt: (n: NeedEntity) => iso(n.triagedAt),
};
