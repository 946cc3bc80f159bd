import type { AttendanceResultResolvers } from './types.generated';

export const AttendanceResult: AttendanceResultResolvers = {
  volunteer: (r) => (r.volunteerId ? { id: r.volunteerId } : null),
};
