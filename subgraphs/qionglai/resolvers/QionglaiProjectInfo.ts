import type { QionglaiProjectInfoResolvers } from './types.generated';

export const QionglaiProjectInfo: QionglaiProjectInfoResolvers = {
  project: (t) => ({ id: t.projectId }),
  place: async (t, _, ctx) => {
    const place = await ctx.loaders.place.load(t.placeId);
    // Places are seeded and never deleted, and a tag's place is a foreign key.
    if (!place) throw new Error(`tag of project ${t.projectId} has no place ${t.placeId}`);
    return place;
  },
  taggedAt: (t) => t.taggedAt.toISOString(),
};
