import type { QueryResolvers } from './types.generated';

/** `Query.longquanyi` is a namespace: its fields live on LongquanyiQuery. */
export const Query: QueryResolvers = {
  longquanyi: () => ({}),
};
