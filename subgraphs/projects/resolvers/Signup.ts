import { loadRequired } from '../../kit/runtime/loaders';
import { iso } from './context';
import type { SignupResolvers } from './types.generated';

export const Signup: SignupResolvers = {
  shift: (s, _, ctx) => loadRequired(ctx.loaders.shift, s.shiftId),
  project: (s, _, ctx) => loadRequired(ctx.loaders.project, s.projectId),
  volunteer: (s) => ({ id: s.volunteerId }),
  waitlistPosition: async (s, _, ctx) =>
    s.status === 'WAITLISTED' ? ((await ctx.loaders.waitlistPosition.load(s.id))?.position ?? null) : null,
  createdAt: (s) => s.createdAt.toISOString(),
  promotedAt: (s) => iso(s.promotedAt),
  cancelledAt: (s) => iso(s.cancelledAt),
  checkedInAt: (s) => iso(s.checkedInAt),
  checkedOutAt: (s) => iso(s.checkedOutAt),
  noShowAt: (s) => iso(s.noShowAt),
  signedUpVia: (s) =>
    s.signedUpViaApp ? { appId: s.signedUpViaApp, name: s.signedUpViaName ?? s.signedUpViaApp } : null,
  cancelledVia: (s) =>
    s.cancelledViaApp ? { appId: s.cancelledViaApp, name: s.cancelledViaName ?? s.cancelledViaApp } : null,
};
