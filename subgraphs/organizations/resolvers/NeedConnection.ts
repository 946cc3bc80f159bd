import type { NeedConnectionResolvers } from './types.generated';

export const NeedConnection: NeedConnectionResolvers = {
  // Counted only when a client selects it: a page alone costs one statement.
  totalCount: (c) => c.countTotal(),
};
