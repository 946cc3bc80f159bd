import { badInput } from '../../kit/runtime/errors';
import { isUuid } from '../../kit/runtime/ids';
import { inboxOf } from '../actions/inbox';
import { markAllRead, markRead } from '../data/notification.repository';
import type { MutationResolvers } from './types.generated';

/** One request marks at most a page of entries. */
const MAX_IDS = 100;

export const Mutation: MutationResolvers = {
  markNotificationsRead: async (_, { ids }, ctx) => {
    if (ids.length > MAX_IDS) throw badInput(`ids: at most ${MAX_IDS} at a time.`, 'ids');
    if (!ids.every(isUuid)) throw badInput('ids must be notification ids from myNotifications.', 'ids');
    const inbox = await inboxOf(ctx, 'mark your notifications read');
    return ids.length ? markRead(ctx.db, inbox, ids) : 0;
  },
  markAllNotificationsRead: async (_, __, ctx) =>
    markAllRead(ctx.db, await inboxOf(ctx, 'mark your notifications read')),
};
