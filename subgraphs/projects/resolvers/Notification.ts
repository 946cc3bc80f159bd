import type { NotificationRow } from '../data/signup.repository';
import { iso, type Ctx } from './context';

export const Notification = {
  project: (n: NotificationRow, _: unknown, ctx: Ctx) => ctx.loaders.project.load(n.projectId),
  createdAt: (n: NotificationRow) => iso(n.createdAt),
};
