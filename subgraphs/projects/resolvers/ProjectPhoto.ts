import { loadRequired } from '../../kit/runtime/loaders';
import { iso } from './context';
import type { ProjectPhotoResolvers } from './types.generated';

export const ProjectPhoto: ProjectPhotoResolvers = {
  project: (p, _, ctx) => loadRequired(ctx.loaders.project, p.projectId),
  takenAt: (p) => iso(p.takenAt),
  createdAt: (p) => p.createdAt.toISOString(),
};
