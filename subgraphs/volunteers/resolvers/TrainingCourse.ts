import type { TrainingCourseResolvers } from './types.generated';

export const TrainingCourse: TrainingCourseResolvers = {
  // Projects name the course a project requires by code; a page of them is one statement.
  __resolveReference: (ref, ctx) => ctx.loaders.course.load(ref.code),
  organization: (c) => (c.organizationId ? { id: c.organizationId } : null),
};
