import type { QueryResolvers } from './types.generated';

/** `Query.wuhou` is a namespace: its fields live on WuhouQuery. */
export const Query: QueryResolvers = {
  wuhou: () => ({}),
};
