import { DISTRICT_PLATFORMS } from '../../../schema/registry';
import type { SubgraphContext } from '../../kit/subgraph';
import type { DistrictEntity } from '../data/district.entity';
import type { Loaders } from '../data/loaders';

type Ctx = SubgraphContext<Loaders>;

export const District = {
  __resolveReference: (ref: { code: string }, ctx: Ctx) => ctx.loaders.district.load(ref.code),
  customizedPlatform: (d: DistrictEntity) => DISTRICT_PLATFORMS.includes(d.code),
  organizationCount: (d: DistrictEntity, _: unknown, ctx: Ctx) => ctx.loaders.organizationCount.load(d.code),
};
