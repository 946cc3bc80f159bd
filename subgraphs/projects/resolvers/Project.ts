import type { SubgraphContext } from '../../kit/subgraph';
import type { Loaders } from '../data/loaders';
import type { ProjectEntity } from '../data/project.entity';

type Ctx = SubgraphContext<Loaders>;

export const Project = {
  __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.project.load(ref.id),
  organization: (p: ProjectEntity) => ({ id: p.organizationId }),
  district: (p: ProjectEntity) => ({ code: p.districtCode }),
};
