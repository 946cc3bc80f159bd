import type { TeamConnectionResolvers } from './types.generated';

export const TeamConnection: TeamConnectionResolvers = {
  // Counted only when a client selects it: a page alone costs one statement.
  totalCount: (c) => c.countTotal(),
};
