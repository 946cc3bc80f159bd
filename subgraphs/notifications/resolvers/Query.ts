import { decodeCursor, pageSize, toConnection } from '../../kit/runtime/connection';
import { inboxOf } from '../actions/inbox';
import { inboxPage } from '../data/notification.repository';
import type { QueryResolvers } from './types.generated';

export const Query: QueryResolvers = {
  myNotifications: async (_, args, ctx) => {
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, ['int']);
    const inbox = await inboxOf(ctx, 'read your notifications');
    const unreadOnly = args.unreadOnly ?? false;
    const found =
      inbox.volunteerId || inbox.accountId
        ? await inboxPage(ctx.db, inbox, { unreadOnly, afterSeq: after?.[0] ?? null, limit: size + 1 })
        : [];
    return { ...toConnection(found, size, (n) => [n.seq]), inbox, unreadOnly };
  },
};
