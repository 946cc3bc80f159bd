import type { QueryResolvers } from './types.generated';

/** `Query.qionglai` is a namespace: its fields live on QionglaiQuery. */
export const Query: QueryResolvers = {
  qionglai: () => ({}),
};
