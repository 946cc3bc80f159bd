import type { SubgraphContext } from '../../kit/subgraph';
import type { Loaders } from '../data/loaders';

type Ctx = SubgraphContext<Loaders>;

export const District = {
  projectCount: (d: { code: string }, _: unknown, ctx: Ctx) => ctx.loaders.projectCount.load(d.code),
};
