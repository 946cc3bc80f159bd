import { decodeCursor, pageSize, toConnection } from '../../kit/runtime/connection';
import type { QionglaiPlaceResolvers } from './types.generated';

export const QionglaiPlace: QionglaiPlaceResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.place.load(ref.id),
  figures: async (p, _, ctx) =>
    (await ctx.loaders.figures.load(p.id)) ?? { projectCount: 0, confirmedHours: 0, volunteerCount: 0 },
  projects: async (p, args, ctx) => {
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, ['timestamp', 'uuid']);
    const rows = await ctx.loaders.tagPage(args.theme ?? null, size + 1).load({ placeId: p.id, after });
    return toConnection(rows, size, (t) => [t.taggedAt.toISOString(), t.projectId]);
  },
};
