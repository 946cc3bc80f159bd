import { accessLogPage } from '../../kit/runtime/access-log';
import { readsOwnData } from '../../kit/district/personal-data';
import { exportSection } from '../actions/personal-data';
import type { AccessLogResolvers, Context, PersonalDataExportResolvers } from './types.generated';

/** True when the caller is the volunteer in person; false when this subgraph does not know them yet. */
const isSelf = (ctx: Context, volunteerId: string) => readsOwnData(ctx.caller, ctx.loaders.me, volunteerId);

export const PersonalDataExport: PersonalDataExportResolvers = {
  __resolveReference: (ref) => ({ volunteerId: ref.volunteerId }),
  projects: async (e, _, ctx) => ((await isSelf(ctx, e.volunteerId)) ? exportSection(ctx.db, e.volunteerId) : null),
};

export const AccessLog: AccessLogResolvers = {
  __resolveReference: (ref) => ({ volunteerId: ref.volunteerId }),
  projects: async (e, args, ctx) =>
    (await isSelf(ctx, e.volunteerId))
      ? accessLogPage(ctx.db, e.volunteerId, args.first, args.after)
      : { entries: [], hasNextPage: false, endCursor: null },
};
