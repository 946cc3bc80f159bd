import type { DataSource } from 'typeorm';
import type { ConsentPurpose, DataKind } from '../../kit/city/consent';
import type { Caller } from '../../kit/runtime/caller';
import { appError, badInput, conflict, forbidden, notFound, unauthenticated } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import {
  agreeToConsent,
  announceConsents,
  consentById,
  endAppConsents,
  endConsent,
  insertConsent,
  linkGuardian,
  recordGuardian,
  type ConsentRow,
} from '../data/consent.repository';
import {
  lockVolunteer,
  volunteersByAccounts,
  volunteersByIds,
  type ActiveVolunteer,
} from '../data/volunteer.repository';
import { consentActor, requireRecipient, requireScope, statusOnGrant } from '../rules/consent';
import { ADULT_AGE, isMinor } from '../rules/visibility';
import { GUARDIAN_CONSENT_UNDER, validateGuardian } from '../rules/record';
import { ageOn } from '../../kit/city/age';

/** The caller's own registration, or NOT_REGISTERED. */
async function registrationOf(db: DataSource, accountId: string): Promise<ActiveVolunteer> {
  const [me] = await volunteersByAccounts(db, [accountId]);
  if (!me) throw appError('NOT_REGISTERED', 'Register as a volunteer first.');
  return me;
}

/** The volunteer whose consents are meant: the one named, else the caller's own registration. */
export async function subjectId(db: DataSource, caller: Caller, volunteerId: string | null | undefined) {
  if (volunteerId != null) return requireUuid(volunteerId, 'volunteerId');
  if (caller.kind !== 'volunteer') return null;
  return (await registrationOf(db, caller.accountId)).id;
}

/**
 * Runs a change of one volunteer's consents: the volunteer row is locked first, so concurrent grants and withdrawals
 * for the same volunteer run one after another and each announcement (`volunteer.consents`, next version) carries
 * the whole set as it stands at its commit.
 */
async function changeConsents<T>(
  db: DataSource,
  caller: Caller,
  volunteerId: string | null,
  change: (m: Parameters<typeof lockVolunteer>[0], v: ActiveVolunteer, by: 'VOLUNTEER' | 'GUARDIAN') => Promise<T>,
): Promise<T> {
  if (volunteerId == null) throw forbidden('Only the volunteer or their guardian, signed in, manages consents.');
  return db.transaction(async (m) => {
    const v = await lockVolunteer(m, volunteerId);
    if (!v) throw notFound('No volunteer has this id.');
    const by = consentActor(caller, v, new Date());
    const result = await change(m, v, by);
    await announceConsents(m, v.id);
    return result;
  });
}

export interface GrantInput {
  volunteerId?: string | null;
  recipient: 'APP' | 'ORGANIZERS';
  appId?: string | null;
  purposes: ConsentPurpose[];
  kinds: DataKind[];
}

/** Gives consent to a recipient; one in force to the same recipient is replaced (kept as REPLACED). */
export async function grant(db: DataSource, caller: Caller, input: GrantInput): Promise<ConsentRow> {
  const recipient = requireRecipient(input);
  const scope = requireScope(input);
  return changeConsents(db, caller, await subjectId(db, caller, input.volunteerId), async (m, v, by) => {
    const now = new Date();
    await endConsent(m, v.id, recipient.recipient, recipient.appId, { status: 'REPLACED', by: null, at: now });
    return insertConsent(m, {
      volunteerId: v.id,
      ...recipient,
      ...scope,
      status: statusOnGrant(recipient, by, v, now),
      grantedBy: by,
      grantedAt: now,
    });
  });
}

/** Withdraws the consent in force to a recipient; NOT_FOUND when none stands. */
export async function withdraw(
  db: DataSource,
  caller: Caller,
  input: { volunteerId?: string | null; recipient: 'APP' | 'ORGANIZERS'; appId?: string | null },
): Promise<ConsentRow> {
  const recipient = requireRecipient(input);
  return changeConsents(db, caller, await subjectId(db, caller, input.volunteerId), async (m, v, by) => {
    const [ended] = await endConsent(m, v.id, recipient.recipient, recipient.appId, {
      status: 'WITHDRAWN',
      by,
      at: new Date(),
    });
    if (!ended) throw notFound('No consent to this recipient is in force; there is nothing to withdraw.');
    return ended;
  });
}

/** The deprecated switch turned off: every app's consent withdrawn at once. */
export async function withdrawAllApps(db: DataSource, caller: Caller): Promise<void> {
  const id = await subjectId(db, caller, null);
  await changeConsents(db, caller, id, (m, v, by) => endAppConsents(m, v.id, by, new Date()));
}

/** The confirmed guardian agrees to a 14-17-year-old's pending consent to an app. */
export async function agree(db: DataSource, caller: Caller, id: string): Promise<ConsentRow> {
  const pending = await consentById(db, requireUuid(id, 'id'));
  if (!pending) throw notFound('No consent has this id.');
  return changeConsents(db, caller, pending.volunteerId, async (m, _v, by) => {
    if (by !== 'GUARDIAN') throw forbidden("Only the volunteer's confirmed guardian agrees to their consents.");
    const agreed = await agreeToConsent(m, pending.id, new Date());
    if (!agreed) throw conflict('This consent is not waiting for a guardian (it is in force, withdrawn or replaced).');
    return agreed;
  });
}

/**
 * An adult registered volunteer becomes the confirmed guardian of a child whose registration recorded their mobile
 * number as the guardian's. The number was given with the guardian's consent at the child's registration and the
 * adult's own registration carries it, so the match ties the two accounts without any identity number crossing.
 */
export async function confirmGuardianship(db: DataSource, caller: Caller, childId: string): Promise<ActiveVolunteer> {
  if (caller.kind !== 'volunteer')
    throw forbidden('A guardian confirms with their own volunteer account, signed in in person.');
  const me = await registrationOf(db, caller.accountId);
  const today = new Date();
  if (isMinor(me, today)) throw forbidden(`A guardian must be ${ADULT_AGE} or older.`);
  const [found] = await volunteersByIds(db, [requireUuid(childId, 'volunteerId')]);
  if (!found || !found.birthDate || ageOn(found.birthDate, today) >= ADULT_AGE || found.id === me.id)
    throw notFound('No volunteer under 18 has this id.');
  if (!found.guardianPhone || found.guardianPhone !== me.phone) {
    throw forbidden(
      "Your registered mobile number is not the guardian's number recorded at this volunteer's registration.",
    );
  }
  const linked = await linkGuardian(db, found.id, caller.accountId, me.phone);
  if (!linked)
    throw conflict(
      "Another account has already confirmed being this volunteer's guardian, or the volunteer named another one.",
    );
  return linked;
}

/**
 * A volunteer under 18 without a confirmed guardian names one (a 14-17-year-old registered without a guardian, or one
 * whose guardian on record never confirmed), so that guardian can confirm and agree to their consents to apps.
 * Changing a confirmed guardian is left out: it would take the right to act for the child from an adult, which needs
 * more than the child's word.
 */
export async function nameGuardian(
  db: DataSource,
  caller: Caller,
  input: { name: string; relation: string; phone: string },
): Promise<ActiveVolunteer> {
  if (caller.kind === 'anonymous') throw unauthenticated('Sign in to name your guardian.');
  if (caller.kind !== 'volunteer') throw forbidden('Only the volunteer, signed in in person, names their guardian.');
  const me = await registrationOf(db, caller.accountId);
  if (!me.birthDate || ageOn(me.birthDate, new Date()) >= ADULT_AGE)
    throw forbidden(`Only volunteers under ${ADULT_AGE} name a guardian; an adult manages their own consents.`);
  if (me.guardianAccountId != null) throw confirmedAlready();
  // Under 14 the guardian who consented to the registration is the one who confirms: a child may not put someone
  // else in their place on their own word.
  if (me.guardianPhone && ageOn(me.birthDate, new Date()) < GUARDIAN_CONSENT_UNDER)
    throw forbidden(
      `Under ${GUARDIAN_CONSENT_UNDER}, the guardian who consented to your registration confirms with their account.`,
    );
  const guardian = validateGuardian(input, 'input');
  if (guardian.phone === me.phone)
    throw badInput("input.phone is your own mobile number; give your guardian's.", 'input.phone');
  const named = await recordGuardian(db, me.id, guardian, new Date());
  if (!named) throw confirmedAlready();
  return named;
}

const confirmedAlready = () =>
  conflict('Your guardian has already confirmed; changing a confirmed guardian is not possible here.');
