import type { QueryResolvers } from './types.generated';

/** `Query.pidu` is a namespace: its fields live on PiduQuery. */
export const Query: QueryResolvers = {
  pidu: () => ({}),
};
