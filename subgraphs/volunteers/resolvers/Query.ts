import { accountOf } from '../../kit/caller';
import { requireUuid } from '../../kit/ids';
import type { SubgraphContext } from '../../kit/subgraph';
import type { Loaders } from '../data/loaders';

type Ctx = SubgraphContext<Loaders>;

export const Query = {
  me: (_: unknown, __: unknown, ctx: Ctx) => {
    const account = accountOf(ctx.caller);
    return account ? ctx.loaders.volunteerByAccount.load(account) : null;
  },
  volunteer: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.volunteer.load(requireUuid(args.id, 'id')),
};
