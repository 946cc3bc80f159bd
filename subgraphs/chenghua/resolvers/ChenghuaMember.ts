import type { ChenghuaMemberResolvers } from './types.generated';

export const ChenghuaMember: ChenghuaMemberResolvers = {
  volunteer: (m) => ({ id: m.volunteerId }),
};
