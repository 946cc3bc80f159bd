import { tagProject, untagProject } from '../actions/tagging';
import type { MutationResolvers } from './types.generated';

export const Mutation: MutationResolvers = {
  qionglaiTagProject: (_, { input }, ctx) => tagProject(ctx, input),
  qionglaiUntagProject: (_, { projectId }, ctx) => untagProject(ctx, projectId),
};
