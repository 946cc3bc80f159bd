import type { CorrectionRow } from '../data/service-record.repository';
import type { ServiceRecordEntity } from '../data/service-record.entity';
import { shanghaiToday } from '../rules/time';
import { iso, type Ctx } from './context';

export const ServiceRecord = {
  project: (r: ServiceRecordEntity, _: unknown, ctx: Ctx) => ctx.loaders.project.load(r.projectId),
  volunteer: (r: ServiceRecordEntity) => ({ id: r.volunteerId }),
  shift: (r: ServiceRecordEntity, _: unknown, ctx: Ctx) => (r.shiftId ? ctx.loaders.shift.load(r.shiftId) : null),
  hours: (r: ServiceRecordEntity) => Number(r.hours),
  checkedInAt: async (r: ServiceRecordEntity, _: unknown, ctx: Ctx) =>
    r.signupId ? iso((await ctx.loaders.signup.load(r.signupId))?.checkedInAt) : null,
  checkedOutAt: async (r: ServiceRecordEntity, _: unknown, ctx: Ctx) =>
    r.signupId ? iso((await ctx.loaders.signup.load(r.signupId))?.checkedOutAt) : null,
  overdue: (r: ServiceRecordEntity) => r.status === 'PENDING' && !!r.confirmBy && shanghaiToday() > r.confirmBy,
  confirmedAt: (r: ServiceRecordEntity) => iso(r.confirmedAt),
  corrections: (r: ServiceRecordEntity, _: unknown, ctx: Ctx) => ctx.loaders.correctionsOfRecord.load(r.id),
};

export const CorrectionRequest = {
  record: (c: CorrectionRow, _: unknown, ctx: Ctx) => ctx.loaders.record.load(c.recordId),
  requestedHours: (c: CorrectionRow) => Number(c.requestedHours),
  previousHours: (c: CorrectionRow) => Number(c.previousHours),
  createdAt: (c: CorrectionRow) => iso(c.createdAt),
  resolvedAt: (c: CorrectionRow) => iso(c.resolvedAt),
};
