import { iso } from '../../kit/runtime/timestamps';
import type { NotificationResolvers } from './types.generated';

export const Notification: NotificationResolvers = {
  read: (n) => n.readAt !== null,
  createdAt: (n) => iso(n.createdAt),
  readAt: (n) => iso(n.readAt),
  // A reference the projects subgraph resolves: nothing is read here.
  project: (n) => (n.projectId ? { id: n.projectId } : null),
};
