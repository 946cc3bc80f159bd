import type { SubgraphContext } from '../../kit/subgraph';
import type { Loaders } from '../data/loaders';
import type { OrganizationEntity } from '../data/organization.entity';

type Ctx = SubgraphContext<Loaders>;

export const Organization = {
  __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.organization.load(ref.id),
  district: (o: OrganizationEntity) => ({ code: o.districtCode }),
  verified: (o: OrganizationEntity) => o.verifiedAt !== null,
};
