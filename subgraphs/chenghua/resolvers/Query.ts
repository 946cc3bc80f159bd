import type { QueryResolvers } from './types.generated';

/** `Query.chenghua` is a namespace: its fields live on ChenghuaQuery. */
export const Query: QueryResolvers = {
  chenghua: () => ({}),
};
