import type { SubgraphContext } from '../../kit/runtime/subgraph';
import type { Loaders } from '../data/loaders';

type Ctx = SubgraphContext<Loaders>;

export const District = {
  volunteerCount: (d: { code: string }, _: unknown, ctx: Ctx) => ctx.loaders.volunteerCount.load(d.code),
};
