import { tagProject, untagProject } from '../actions/tagging';
import type { Theme } from '../data/tag.repository';
import type { Ctx } from './context';

export const Mutation = {
  qionglaiTagProject: (
    _: unknown,
    { input }: { input: { projectId: string; placeId: string; theme: Theme } },
    ctx: Ctx,
  ) => tagProject(ctx, input),
  qionglaiUntagProject: (_: unknown, { projectId }: { projectId: string }, ctx: Ctx) => untagProject(ctx, projectId),
};
