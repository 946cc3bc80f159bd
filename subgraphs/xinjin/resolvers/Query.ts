import type { QueryResolvers } from './types.generated';

/** `Query.xinjin` is a namespace: its fields live on XinjinQuery. */
export const Query: QueryResolvers = {
  xinjin: () => ({}),
};
