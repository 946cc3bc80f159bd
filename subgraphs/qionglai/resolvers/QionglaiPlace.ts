import { decodeCursor, pageSize, toConnection } from '../../kit/runtime/connection';
import type { PlaceRow } from '../data/place.repository';
import type { Theme } from '../data/tag.repository';
import type { Ctx } from './context';

interface ProjectsArgs {
  theme?: Theme | null;
  first?: number | null;
  after?: string | null;
}

export const QionglaiPlace = {
  __resolveReference: (ref: { id: string }, ctx: Ctx) => ctx.loaders.place.load(ref.id),
  figures: async (p: PlaceRow, _: unknown, ctx: Ctx) =>
    (await ctx.loaders.figures.load(p.id)) ?? { placeId: p.id, projectCount: 0, confirmedHours: 0, volunteerCount: 0 },
  projects: async (p: PlaceRow, args: ProjectsArgs, ctx: Ctx) => {
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, ['timestamp', 'uuid']);
    const rows = await ctx.loaders.tagPage(args.theme ?? null, size + 1).load({ placeId: p.id, after });
    return toConnection(rows, size, (t) => [t.taggedAt.toISOString(), t.projectId]);
  },
};
