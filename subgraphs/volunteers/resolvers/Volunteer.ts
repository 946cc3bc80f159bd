import type { SubgraphContext } from '../../kit/subgraph';
import type { Loaders } from '../data/loaders';
import type { VolunteerEntity } from '../data/volunteer.entity';

type Ctx = SubgraphContext<Loaders>;

export const Volunteer = {
  __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.volunteer.load(ref.id),
  district: (v: VolunteerEntity) => ({ code: v.districtCode }),
  memberSince: (v: VolunteerEntity) => v.createdAt.toISOString(),
};
