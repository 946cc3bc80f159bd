import { loadRequired } from '../../kit/runtime/loaders';
import { shanghaiToday } from '../rules/time';
import { iso } from './context';
import type { CorrectionRequestResolvers, ServiceRecordResolvers } from './types.generated';

export const ServiceRecord: ServiceRecordResolvers = {
  project: (r, _, ctx) => loadRequired(ctx.loaders.project, r.projectId),
  volunteer: (r) => ({ id: r.volunteerId }),
  shift: (r, _, ctx) => (r.shiftId ? ctx.loaders.shift.load(r.shiftId) : null),
  hours: (r) => Number(r.hours),
  checkedInAt: async (r, _, ctx) => (r.signupId ? iso((await ctx.loaders.signup.load(r.signupId))?.checkedInAt) : null),
  checkedOutAt: async (r, _, ctx) =>
    r.signupId ? iso((await ctx.loaders.signup.load(r.signupId))?.checkedOutAt) : null,
  overdue: (r) => r.status === 'PENDING' && !!r.confirmBy && shanghaiToday() > r.confirmBy,
  confirmedAt: (r) => iso(r.confirmedAt),
  corrections: (r, _, ctx) => ctx.loaders.correctionsOfRecord.load(r.id),
};

export const CorrectionRequest: CorrectionRequestResolvers = {
  record: (c, _, ctx) => loadRequired(ctx.loaders.record, c.recordId),
  requestedHours: (c) => Number(c.requestedHours),
  previousHours: (c) => Number(c.previousHours),
  createdAt: (c) => c.createdAt.toISOString(),
  resolvedAt: (c) => iso(c.resolvedAt),
};
