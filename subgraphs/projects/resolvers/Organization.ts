import { pageSize } from '../../kit/runtime/connection';
import type { SubgraphContext } from '../../kit/runtime/subgraph';
import type { Loaders } from '../data/loaders';

type Ctx = SubgraphContext<Loaders>;

export const Organization = {
  projects: (o: { id: string }, args: { first?: number }, ctx: Ctx) =>
    ctx.loaders.organizationProjects(pageSize(args.first, 10)).load(o.id),
  projectCount: (o: { id: string }, _: unknown, ctx: Ctx) => ctx.loaders.organizationProjectCount.load(o.id),
};
