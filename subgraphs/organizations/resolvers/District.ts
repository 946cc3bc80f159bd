import { DISTRICT_PLATFORMS } from '../../../schema/registry';
import { forbidden } from '../../kit/runtime/errors';
import type { SubgraphContext } from '../../kit/runtime/subgraph';
import type { DistrictEntity } from '../data/district.entity';
import type { Loaders } from '../data/loaders';
import { administersDistrict } from '../rules/access';
import { iso } from '../rules/input';

type Ctx = SubgraphContext<Loaders>;

export const District = {
  __resolveReference: (ref: { code: string }, ctx: Ctx) => ctx.loaders.district.load(ref.code),
  customizedPlatform: (d: DistrictEntity) => DISTRICT_PLATFORMS.includes(d.code),
  organizationCount: (d: DistrictEntity, _: unknown, ctx: Ctx) => ctx.loaders.organizationCount.load(d.code),
  admins: async (d: DistrictEntity, _: unknown, ctx: Ctx) => {
    if (!(await administersDistrict(ctx, d.code)))
      throw forbidden(`Only city admins and the admins of ${d.name} see who administers it.`);
    return ctx.loaders.adminsByDistrict.load(d.code);
  },
};

export const DistrictAdmin = {
  addedAt: (a: { addedAt: Date }) => iso(a.addedAt),
};
