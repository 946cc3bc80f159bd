import { ageOn } from '../../kit/city/age';
import { isAppId, type ConsentPurpose, type ConsentRecipient, type DataKind } from '../../kit/city/consent';
import type { Caller } from '../../kit/runtime/caller';
import { badInput, forbidden, unauthenticated } from '../../kit/runtime/errors';
import type { ConsentActor, ConsentStatus } from '../data/consent.repository';
import { ADULT_AGE } from './visibility';
import { GUARDIAN_CONSENT_UNDER } from './record';

/** Who a consent is given to, checked: an app by a well-formed id, or the organizers (no app id). */
export interface Recipient {
  recipient: ConsentRecipient;
  appId: string | null;
}

export function requireRecipient(input: { recipient: ConsentRecipient; appId?: string | null }): Recipient {
  if (input.recipient === 'ORGANIZERS') {
    if (input.appId != null) throw badInput('appId is only for recipient APP; leave it out for ORGANIZERS.', 'appId');
    return { recipient: 'ORGANIZERS', appId: null };
  }
  const appId = input.appId?.trim() ?? '';
  if (!isAppId(appId)) {
    throw badInput(
      'appId must name the partner app: 2 to 64 lower-case letters, digits and dashes, e.g. tianfu-citizen-cloud.',
      'appId',
    );
  }
  return { recipient: 'APP', appId };
}

/** Purposes and kinds: at least one of each, each once. */
export function requireScope(input: { purposes: readonly ConsentPurpose[]; kinds: readonly DataKind[] }) {
  if (input.purposes.length === 0) throw badInput('purposes needs at least one purpose.', 'purposes');
  if (input.kinds.length === 0) throw badInput('kinds needs at least one kind of data.', 'kinds');
  return { purposes: [...new Set(input.purposes)], kinds: [...new Set(input.kinds)] };
}

/** What deciding who acts on a volunteer's consents needs of the volunteer. */
export interface ConsentSubject {
  accountId: string;
  birthDate: string | null;
  guardianAccountId: string | null;
}

/** The volunteer's age on `today`; a row without a birth date counts as 14-17 (their own say, a guardian's too). */
const ageOf = (v: ConsentSubject, today: Date) => (v.birthDate ? ageOn(v.birthDate, today) : GUARDIAN_CONSENT_UNDER);

/**
 * Who the caller acts as on this volunteer's consents, or why not. The volunteer in person from 14; under 14 only
 * the confirmed guardian, with their own account (PIPL: a child's data needs the guardian's consent); the guardian
 * of a 14-17-year-old too. Partner apps and admins never change consents.
 */
export function consentActor(caller: Caller, v: ConsentSubject, today: Date): ConsentActor {
  if (caller.kind === 'anonymous') throw unauthenticated('Sign in to manage consents.');
  if (caller.kind !== 'volunteer')
    throw forbidden('Only the volunteer or their guardian, signed in with their own account, manages consents.');
  const age = ageOf(v, today);
  if (caller.accountId === v.accountId) {
    if (age < GUARDIAN_CONSENT_UNDER) {
      throw forbidden(
        `Under ${GUARDIAN_CONSENT_UNDER}, consents are given and withdrawn by your guardian with their own account ` +
          '(they link it with confirmGuardianship).',
      );
    }
    return 'VOLUNTEER';
  }
  if (v.guardianAccountId != null && v.guardianAccountId === caller.accountId && age < ADULT_AGE) return 'GUARDIAN';
  throw forbidden(
    "Only the volunteer, or the confirmed guardian of a volunteer under 18, manages this volunteer's consents.",
  );
}

/**
 * A consent's status when given: from 14 to 17 a consent to an app given by the volunteer waits for the guardian's
 * agreement; everything else takes effect at once.
 */
export function statusOnGrant(r: Recipient, by: ConsentActor, v: ConsentSubject, today: Date): ConsentStatus {
  return r.recipient === 'APP' && by === 'VOLUNTEER' && ageOf(v, today) < ADULT_AGE ? 'PENDING_GUARDIAN' : 'ACTIVE';
}
