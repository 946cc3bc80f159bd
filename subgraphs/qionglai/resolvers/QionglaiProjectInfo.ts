import type { TagRow } from '../data/tag.repository';
import type { Ctx } from './context';

export const QionglaiProjectInfo = {
  project: (t: TagRow) => ({ __typename: 'Project', id: t.projectId }),
  place: (t: TagRow, _: unknown, ctx: Ctx) => ctx.loaders.place.load(t.placeId),
  taggedAt: (t: TagRow) => t.taggedAt.toISOString(),
};
