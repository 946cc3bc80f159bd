import { forbidden } from '../../kit/runtime/errors';
import type { SubgraphContext } from '../../kit/runtime/subgraph';
import type { Loaders } from '../data/loaders';
import type { OrganizationEntity } from '../data/organization.entity';
import { overseesOrganization } from '../rules/access';
import { iso } from '../rules/input';

type Ctx = SubgraphContext<Loaders>;

export const Organization = {
  __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.organization.load(ref.id),
  // District is ours too: the gateway will not fetch it separately, so resolve the row here (batched).
  district: (o: OrganizationEntity, _: unknown, ctx: Ctx) => ctx.loaders.district.load(o.districtCode),
  verified: (o: OrganizationEntity) => o.verifiedAt !== null,
  suspended: (o: OrganizationEntity) => o.status === 'SUSPENDED',
  canPublish: (o: OrganizationEntity) => o.status === 'VERIFIED',
  suspensionReason: async (o: OrganizationEntity, _: unknown, ctx: Ctx) =>
    (await overseesOrganization(ctx, o)) ? o.suspensionReason : null,
  registeredAt: (o: OrganizationEntity) => iso(o.createdAt),
  verifiedAt: (o: OrganizationEntity) => iso(o.verifiedAt),
  admins: async (o: OrganizationEntity, _: unknown, ctx: Ctx) => {
    if (!(await overseesOrganization(ctx, o)))
      throw forbidden(`Only admins of ${o.name} and of its district see who administers it.`);
    return ctx.loaders.adminsByOrganization.load(o.id);
  },
  teams: (o: OrganizationEntity, _: unknown, ctx: Ctx) => ctx.loaders.teamsByOrganization.load(o.id),
};
