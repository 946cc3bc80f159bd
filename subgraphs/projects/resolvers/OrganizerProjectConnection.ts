import type { OrganizerProjectConnectionResolvers } from './types.generated';

export const OrganizerProjectConnection: OrganizerProjectConnectionResolvers = {
  totalCount: async (c) => {
    const counts = await c.counts();
    return c.status ? counts[c.status] : Object.values(counts).reduce((a, b) => a + b, 0);
  },
  counts: async (c) => {
    const n = await c.counts();
    return {
      draft: n.DRAFT,
      published: n.PUBLISHED,
      closed: n.CLOSED,
      cancelled: n.CANCELLED,
      total: n.DRAFT + n.PUBLISHED + n.CLOSED + n.CANCELLED,
    };
  },
};
