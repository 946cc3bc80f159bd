import type { ProjectConnectionResolvers } from './types.generated';

export const ProjectConnection: ProjectConnectionResolvers = {
  totalCount: (c) => c.countTotal(),
};
