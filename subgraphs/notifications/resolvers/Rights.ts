import { readsOwnData } from '../../kit/district/personal-data';
import { accessLogPage } from '../../kit/runtime/access-log';
import { iso } from '../../kit/runtime/timestamps';
import { exportedEntries } from '../data/notification.repository';
import type { AccessLogResolvers, PersonalDataExportResolvers } from './types.generated';

export const PersonalDataExport: PersonalDataExportResolvers = {
  __resolveReference: (ref) => ({ volunteerId: ref.volunteerId }),
  notifications: async (e, _, ctx) =>
    (await readsOwnData(ctx.caller, ctx.loaders.me, e.volunteerId))
      ? (await exportedEntries(ctx.db, e.volunteerId)).map((n) => ({
          ...n,
          createdAt: iso(n.createdAt),
          readAt: iso(n.readAt),
        }))
      : null,
};

export const AccessLog: AccessLogResolvers = {
  __resolveReference: (ref) => ({ volunteerId: ref.volunteerId }),
  notifications: async (e, args, ctx) =>
    (await readsOwnData(ctx.caller, ctx.loaders.me, e.volunteerId))
      ? accessLogPage(ctx.db, e.volunteerId, args.first, args.after)
      : { entries: [], hasNextPage: false, endCursor: null },
};
