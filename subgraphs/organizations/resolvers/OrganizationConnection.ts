import type { OrganizationConnectionResolvers } from './types.generated';

export const OrganizationConnection: OrganizationConnectionResolvers = {
  // Counted only when a client selects it: a page alone costs one statement.
  totalCount: (c) => c.countTotal(),
};
