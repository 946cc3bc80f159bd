import type { NotificationConnectionResolvers } from './types.generated';

/** Both totals come from one statement, made once per page however many of them the query asks for. */
export const NotificationConnection: NotificationConnectionResolvers = {
  totalCount: async (c, _, ctx) => {
    const counts = await ctx.loaders.counts(c.inbox);
    return c.unreadOnly ? counts.unread : counts.total;
  },
  unreadCount: async (c, _, ctx) => (await ctx.loaders.counts(c.inbox)).unread,
};
