import { requireUuid } from '../../kit/ids';
import type { SubgraphContext } from '../../kit/subgraph';
import type { Loaders } from '../data/loaders';

type Ctx = SubgraphContext<Loaders>;

export const Query = {
  volunteer: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.volunteer.load(requireUuid(args.id, 'id')),
};
