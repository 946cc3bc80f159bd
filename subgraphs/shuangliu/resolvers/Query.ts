import type { QueryResolvers } from './types.generated';

/** `Query.shuangliu` is a namespace: its fields live on ShuangliuQuery. */
export const Query: QueryResolvers = {
  shuangliu: () => ({}),
};
