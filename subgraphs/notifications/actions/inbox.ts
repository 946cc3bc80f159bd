import { requirePartnerScope } from '../../kit/city/partner-scopes';
import { callerRole, sees, VISIBILITY } from '../../kit/city/visibility';
import { forbidden, unauthenticated } from '../../kit/runtime/errors';
import type { Inbox } from '../data/notification.repository';
import type { Context } from '../resolvers/types.generated';

/**
 * The inbox the caller reads and marks. A signed-in account (volunteer, or admin of any kind) has the entries
 * addressed to its volunteer registration and those addressed to it as an organization's admin. A partner app acting
 * for a citizen reaches the volunteer's entries alone, with the scope project:signup and under the visibility
 * table's `notifications` row (the citizen's consent to the app covering ACTIVITY); each such read is logged for
 * the citizen. A dashboard account has no inbox.
 */
export async function inboxOf(ctx: Context, action: string): Promise<Inbox> {
  const { caller } = ctx;
  if (caller.kind === 'anonymous') throw unauthenticated(`Sign in to ${action}.`);
  if (caller.kind === 'statisticsViewer') throw forbidden('A statistics dashboard account has no notifications.');
  requirePartnerScope(caller, 'project:signup', action);
  const me = await ctx.loaders.me();
  if (caller.kind !== 'partner') return { volunteerId: me?.volunteerId ?? null, accountId: caller.accountId };
  if (!me) return { volunteerId: null, accountId: null };
  const role = callerRole(
    caller,
    { subjectAccountId: me.accountId, administersHome: false, consents: me.consents },
    'notifications',
  );
  if (!sees('notifications', role))
    throw forbidden(
      "This app may read the citizen's data only while the citizen's consent to this app covers it " +
        `(${VISIBILITY.notifications.kind}); they give it with grantConsent.`,
    );
  ctx.access.record(me.volunteerId, 'notifications');
  return { volunteerId: me.volunteerId, accountId: null };
}
