import { decodeCursor, pageSize, toConnection } from '../../kit/connection';
import { requireUuid } from '../../kit/ids';
import type { SubgraphContext } from '../../kit/subgraph';
import type { Loaders } from '../data/loaders';
import { publishedPage } from '../data/project.repository';

type Ctx = SubgraphContext<Loaders>;

export const Query = {
  project: (_: unknown, args: { id: string }, ctx: Ctx) => ctx.loaders.project.load(requireUuid(args.id, 'id')),
  projects: async (_: unknown, args: { first?: number; after?: string }, ctx: Ctx) => {
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, 2) as [string, string] | null;
    const rows = await publishedPage(ctx.db, size + 1, after);
    for (const p of rows) ctx.loaders.project.prime(p.id, p);
    return toConnection(rows, size, (p) => [p.startsOn, p.id]);
  },
};
