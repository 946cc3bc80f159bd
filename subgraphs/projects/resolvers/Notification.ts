import { loadRequired } from '../../kit/runtime/loaders';
import type { NotificationResolvers } from './types.generated';

export const Notification: NotificationResolvers = {
  project: (n, _, ctx) => loadRequired(ctx.loaders.project, n.projectId),
  createdAt: (n) => n.createdAt.toISOString(),
};
