import { forbidden } from '../../kit/runtime/errors';
import { loadRequired } from '../../kit/runtime/loaders';
import { overseesOrganization } from '../rules/access';
import { iso } from '../rules/input';
import type { OrganizationResolvers } from './types.generated';

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.organization.load(ref.id),
  // District is ours too: the gateway will not fetch it separately, so resolve the row here (batched).
  district: (o, _, ctx) => loadRequired(ctx.loaders.district, o.districtCode),
  verified: (o) => o.verifiedAt !== null,
  suspended: (o) => o.status === 'SUSPENDED',
  canPublish: (o) => o.status === 'VERIFIED',
  suspensionReason: async (o, _, ctx) => ((await overseesOrganization(ctx, o)) ? o.suspensionReason : null),
  registeredAt: (o) => o.createdAt.toISOString(),
  verifiedAt: (o) => iso(o.verifiedAt),
  admins: async (o, _, ctx) => {
    if (!(await overseesOrganization(ctx, o)))
      throw forbidden(`Only admins of ${o.name} and of its district see who administers it.`);
    return ctx.loaders.adminsByOrganization.load(o.id);
  },
  teams: (o, _, ctx) => ctx.loaders.teamsByOrganization.load(o.id),
};
