import type { SubgraphContext } from '../../kit/subgraph';
import { requireUuid } from '../../kit/ids';
import { allDistricts } from '../data/district.repository';
import type { Loaders } from '../data/loaders';

type Ctx = SubgraphContext<Loaders>;

export const Query = {
  districts: (_: unknown, __: unknown, ctx: Ctx) => allDistricts(ctx.db),
  district: (_: unknown, args: { code: string }, ctx: Ctx) => ctx.loaders.district.load(args.code),
  organization: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.organization.load(requireUuid(args.id, 'id')),
};
