import { accessLogPage } from '../../kit/runtime/access-log';
import { forbidden, unauthenticated } from '../../kit/runtime/errors';
import { exportSection } from '../actions/personal-data';
import type { AccessLogResolvers, Context, PersonalDataExportResolvers } from './types.generated';

/**
 * True when the caller is the volunteer `volunteerId` in person; false when this subgraph does not know them yet (a
 * registration a moment old: nothing held here). Anyone else is refused.
 */
async function isSelf(ctx: Context, volunteerId: string): Promise<boolean> {
  if (ctx.caller.kind === 'anonymous') throw unauthenticated('Sign in to read your own data.');
  if (ctx.caller.kind !== 'volunteer') throw forbidden('Only the volunteer in person reads their data.');
  const me = await ctx.loaders.me();
  if (!me) return false;
  if (me.volunteerId !== volunteerId) throw forbidden('Only the volunteer in person reads their data.');
  return true;
}

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
