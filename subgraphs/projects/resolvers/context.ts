import { callerRole, sees, VISIBILITY, type CallerRole, type PersonalFieldKey } from '../../kit/city/visibility';
import type { ReplicaVolunteer } from '../../kit/district/volunteers';
import { forbidden } from '../../kit/runtime/errors';
import type { PartnerScopeName } from '../../kit/city/partner-scopes';
import { volunteerAccount } from '../actions/signup';
import type { Context } from './types.generated';

/** Timestamps leave the API as ISO 8601 text. */
export { iso } from '../../kit/runtime/timestamps';

/**
 * The caller's column of the visibility table (subgraphs/kit/city/visibility.ts) for field `field` of volunteer
 * `volunteerId`: the volunteer in person, a partner app for them (with or without a consent of its own covering the
 * field's kind of data, as the kit replica keeps the consents in force), an admin of their home district. This
 * subgraph does not tell organization admins of the volunteer's projects apart here: no row it answers for by this
 * function gives them more than other organization admins.
 */
export async function roleAbout(ctx: Context, volunteerId: string, field: PersonalFieldKey): Promise<CallerRole> {
  const { caller } = ctx;
  const me = caller.kind === 'volunteer' || caller.kind === 'partner' ? await ctx.loaders.me() : null;
  const subject: ReplicaVolunteer | null =
    me?.volunteerId === volunteerId
      ? me
      : caller.kind === 'districtAdmin'
        ? await ctx.loaders.profile.load(volunteerId)
        : null;
  const administersHome =
    caller.kind === 'districtAdmin' &&
    !!subject?.districtCode &&
    (await ctx.loaders.administersDistrict(subject.districtCode));
  return callerRole(
    caller,
    { subjectAccountId: subject?.accountId ?? null, administersHome, consents: subject?.consents },
    field,
  );
}

/** True when the table lets the caller read `field` of volunteer `volunteerId`. */
export async function mayRead(ctx: Context, volunteerId: string, field: PersonalFieldKey): Promise<boolean> {
  const allowed = sees(field, await roleAbout(ctx, volunteerId, field));
  // Every read the table allows an admin or a partner app goes to the access log (self reads are not logged).
  if (allowed) ctx.access.record(volunteerId, field);
  return allowed;
}

/**
 * For the caller's own `my…` queries: their registration, once the table lets them read `field` of it. A partner
 * app acting for a citizen who has not consented (or without `volunteer:read`) is refused, never shown an empty list
 * that would read as "nothing there".
 */
export async function ownData(ctx: Context, field: PersonalFieldKey): Promise<ReplicaVolunteer | null> {
  const me = await ctx.loaders.me();
  if (me && !(await mayRead(ctx, me.volunteerId, field)))
    throw forbidden(
      "This app may read the citizen's data only while the citizen's consent to this app covers it " +
        `(${VISIBILITY[field].kind ?? 'not shared with apps'}); they give it with grantConsent.`,
    );
  return me;
}

/** The caller's own volunteer id for an action on their own calendar (null before they register). */
export async function myVolunteerId(
  ctx: Context,
  action: string,
  field: PersonalFieldKey,
  scope: PartnerScopeName,
): Promise<string | null> {
  volunteerAccount(ctx.caller, action, scope);
  return (await ownData(ctx, field))?.volunteerId ?? null;
}

/** Whose calendar feed token a caller gets: the volunteer's own (''), or the partner app's own for them. */
export const feedHolder = (caller: Context['caller']): string => (caller.kind === 'partner' ? caller.appId : '');
