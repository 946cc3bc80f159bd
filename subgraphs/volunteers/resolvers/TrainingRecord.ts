import { iso } from '../../kit/runtime/timestamps';
import { trainingSource } from '../rules/training';
import type { TrainingRecordResolvers } from './types.generated';

export const TrainingRecord: TrainingRecordResolvers = {
  // The record row carries its course's name and content (one join); the rest of the course is by code.
  course: async (r, _, ctx) => (await ctx.loaders.course.load(r.courseCode))!,
  source: (r) => trainingSource(r),
  recordedAt: (r) => iso(r.recordedAt),
  withdrawnAt: (r) => (r.withdrawnAt ? iso(r.withdrawnAt) : null),
};
