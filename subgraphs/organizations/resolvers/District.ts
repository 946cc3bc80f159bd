import { DISTRICT_PLATFORMS } from '../../../schema/registry';
import { forbidden } from '../../kit/runtime/errors';
import { administersDistrict } from '../rules/access';
import type { DistrictResolvers, DistrictAdminResolvers } from './types.generated';

export const District: DistrictResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.district.load(ref.code),
  customizedPlatform: (d) => DISTRICT_PLATFORMS.includes(d.code),
  organizationCount: (d, _, ctx) => ctx.loaders.organizationCount.load(d.code),
  admins: async (d, _, ctx) => {
    if (!(await administersDistrict(ctx, d.code)))
      throw forbidden(`Only city admins and the admins of ${d.name} see who administers it.`);
    return ctx.loaders.adminsByDistrict.load(d.code);
  },
};

export const DistrictAdmin: DistrictAdminResolvers = {
  addedAt: (a) => a.addedAt.toISOString(),
};
