import type { QueryResolvers } from './types.generated';

/** `Query.jinniu` is a namespace: its fields live on JinniuQuery. */
export const Query: QueryResolvers = {
  jinniu: () => ({}),
};
