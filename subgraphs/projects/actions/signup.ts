import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { appError, conflict, forbidden, notFound, unauthenticated } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import { optionalIdempotencyKey } from '../../kit/runtime/input';
import { projectTitle, signupFactsOfProject } from '../data/project.repository';
import { replicaOfAccount, type ReplicaVolunteer } from '../../kit/district/volunteers';
import { appMayActFor, type ConsentPurpose } from '../../kit/city/consent';
import { PARTNER_SCOPES, requirePartnerScope, type PartnerScopeName } from '../../kit/city/partner-scopes';
import {
  announceOrganizations,
  firstWaitlisted,
  insertSignup,
  liveSignup,
  lockShift,
  lockSignup,
  markCancelledVia,
  notify,
  overlappingShift,
  setShiftCounts,
  shiftOfOwnSignup,
  signupByKey,
  updateSignup,
} from '../data/signup.repository';
import type { ShiftEntity } from '../data/shift.entity';
import type { SignupEntity } from '../data/signup.entity';
import { BLOCKED_STATUSES, ineligibility } from '../rules/eligibility';
import { shanghaiParts } from '../rules/time';
import { announceSignupChange } from './signup-events';

/**
 * True for a caller who may act as a volunteer on their sign-ups: a signed-in citizen, or a partner app allowed to
 * sign its linked citizen up.
 */
export const actsAsVolunteer = (caller: Caller): caller is Extract<Caller, { kind: 'volunteer' | 'partner' }> =>
  caller.kind === 'volunteer' || (caller.kind === 'partner' && caller.scopes.includes('project:signup'));

/**
 * The account of a caller who may act as a volunteer for `action`; anyone else is refused. A partner app needs the
 * one scope that covers the action (`scope`; null: none does, the citizen acts in person), so no scope lends another
 * its reach (issue 12.3).
 */
export function volunteerAccount(caller: Caller, action: string, scope: PartnerScopeName | null): string {
  if (caller.kind === 'anonymous') throw unauthenticated(`Sign in to ${action}.`);
  requirePartnerScope(caller, scope, action);
  if (caller.kind !== 'volunteer' && caller.kind !== 'partner') throw forbidden(`Only volunteers can ${action}.`);
  return caller.accountId;
}

/** The consent purpose a partner app's action under `scope` must be covered by (what the consent page recorded). */
const purposeOfScope = (scope: PartnerScopeName): ConsentPurpose =>
  (PARTNER_SCOPES[scope].purposes as readonly ConsentPurpose[])[0] ?? 'SIGN_UP_FOR_ME';

/**
 * The caller's volunteer profile, locked for the transaction. Locking it first serializes one volunteer's own
 * sign-ups and cancellations, which makes the overlap check and idempotency keys safe under concurrency; shifts
 * are always locked after it, so no two transactions wait on each other in a cycle.
 */
export async function lockVolunteer(
  m: EntityManager,
  caller: Caller,
  action: string,
  scope: PartnerScopeName | null = 'project:signup',
): Promise<ReplicaVolunteer> {
  const profile = await replicaOfAccount(m, volunteerAccount(caller, action, scope), true);
  if (!profile) throw appError('NOT_REGISTERED', 'Register as a volunteer before signing up for projects.');
  // Read under the row lock: a withdrawal applied meanwhile (`volunteer.consents`) is seen here.
  const purpose = scope ? purposeOfScope(scope) : 'SIGN_UP_FOR_ME';
  if (caller.kind === 'partner' && !appMayActFor(profile.consents, caller.appId, purpose))
    throw forbidden(
      `This app may ${action} for the citizen only while the citizen's consent to this app covers ${purpose}; ` +
        'they give it with grantConsent.',
    );
  return profile;
}

/**
 * One-tap sign-up. Every sign-up for a shift waits for the shift's row lock, then counts under it, so exactly
 * `capacity` succeed however many arrive at once; the rest get a waitlist place or PROJECT_FULL.
 */
export async function signUp(
  db: DataSource,
  caller: Caller,
  shiftId: string,
  idempotencyKey?: string | null,
): Promise<SignupEntity> {
  requireUuid(shiftId, 'shiftId');
  optionalIdempotencyKey(idempotencyKey);
  return db.transaction(async (m) => {
    const volunteer = await lockVolunteer(m, caller, 'sign up');
    if (idempotencyKey) {
      const earlier = await signupByKey(m, volunteer.volunteerId, idempotencyKey);
      if (earlier) {
        if (earlier.shiftId !== shiftId)
          throw appError(
            'IDEMPOTENCY_KEY_REUSED',
            'This idempotency key was used for another shift; use a new key for a new sign-up.',
          );
        return earlier;
      }
    }
    if (BLOCKED_STATUSES.has(volunteer.status))
      throw forbidden('Your volunteer registration is not active, so you cannot sign up.');
    const { shift, project } = await lockOpenShift(m, shiftId);
    if (await liveSignup(m, shift.id, volunteer.volunteerId))
      throw appError('ALREADY_SIGNED_UP', 'You are already signed up for this shift.');
    const refusal = await placeRefusal(m, volunteer, shift, project);
    if (refusal) throw appError(refusal.code, refusal.message);

    let status: string;
    if (shift.signedUp < shift.capacity) {
      status = 'CONFIRMED';
      shift.signedUp++;
    } else if (shift.waitlisted < shift.waitlistCapacity) {
      status = 'WAITLISTED';
      shift.waitlisted++;
    } else {
      throw appError('PROJECT_FULL', 'This shift is full and its waitlist too; choose another shift.');
    }
    await setShiftCounts(m, shift);
    const signup = await insertSignup(m, {
      shiftId: shift.id,
      projectId: shift.projectId,
      volunteerId: volunteer.volunteerId,
      status,
      idempotencyKey: idempotencyKey ?? null,
      signedUpViaApp: viaApp(caller)?.id ?? null,
      signedUpViaName: viaApp(caller)?.name ?? null,
    });
    await tellOfApp(m, caller, signup, status === 'CONFIRMED' ? '为您报名了' : '为您登记了候补', shift.startsAt);
    await announceOrganizations(m, volunteer.volunteerId);
    if (status === 'CONFIRMED') await announceSignupChange(m, 'CONFIRMED', signup);
    return signup;
  });
}

/** The partner app acting, by id and by the name the citizen knows it by; null for the citizen in person. */
function viaApp(caller: Caller): { id: string; name: string } | null {
  return caller.kind === 'partner' ? { id: caller.appId, name: caller.appName ?? caller.appId } : null;
}

/**
 * Tells the citizen what an app just did for them (issue 12.5), in the same transaction: an app acts by their
 * consent, but they learn of each act from Qingju itself, not only from the app.
 */
async function tellOfApp(m: EntityManager, caller: Caller, signup: SignupEntity, what: string, startsAt: Date) {
  const app = viaApp(caller);
  if (!app) return;
  const title = await projectTitle(m, signup.projectId);
  const when = shanghaiParts(startsAt);
  await notify(m, [
    {
      volunteerId: signup.volunteerId,
      projectId: signup.projectId,
      kind: signup.status === 'CANCELLED' ? 'CANCELLED_VIA_APP' : 'SIGNED_UP_VIA_APP',
      message: `「${app.name}」${what}「${title}」${when.date} ${when.time} 的班次。如非本人意愿，可在青聚撤销该应用的授权。`,
    },
  ]);
}

type SignupFacts = NonNullable<Awaited<ReturnType<typeof signupFactsOfProject>>>;

/**
 * The shift, locked, and its project's sign-up facts, refused unless the project is published and the shift is to
 * come. Read after taking the lock: a cancellation or close committed meanwhile is seen here.
 */
export async function lockOpenShift(
  m: EntityManager,
  shiftId: string,
): Promise<{ shift: ShiftEntity; project: SignupFacts }> {
  const shift = await lockShift(m, shiftId);
  if (!shift) throw notFound('No shift has this id.');
  const project = (await signupFactsOfProject(m, shift.projectId))!;
  if (project.status !== 'PUBLISHED')
    throw appError('PROJECT_NOT_OPEN', `This project is ${project.status.toLowerCase()} and takes no sign-ups.`);
  if (shift.startsAt.getTime() <= Date.now())
    throw appError('SHIFT_STARTED', 'This shift has already started; choose a later one.');
  return { shift, project };
}

/** Why this volunteer may not take a place on the shift (age, skills, an overlapping sign-up); null when they may. */
export async function placeRefusal(
  m: EntityManager,
  volunteer: ReplicaVolunteer,
  shift: ShiftEntity,
  project: SignupFacts,
): Promise<{ code: string; message: string } | null> {
  const refusal = ineligibility({
    birthDate: volunteer.birthDate,
    skills: volunteer.skills,
    minAge: project.min_age,
    requiredSkills: project.required_skills,
    shiftDate: shanghaiParts(shift.startsAt).date,
  });
  if (refusal) return refusal;
  const clash = await overlappingShift(m, volunteer.volunteerId, shift.startsAt, shift.endsAt);
  if (clash)
    return {
      code: 'SHIFT_OVERLAP',
      message: `You are already signed up for 「${clash.title}」 at an overlapping time.`,
    };
  return null;
}

/** Cancels the caller's own sign-up; a freed place goes to the first on the waitlist in the same transaction. */
export async function cancelSignup(db: DataSource, caller: Caller, signupId: string): Promise<SignupEntity> {
  requireUuid(signupId, 'id');
  return db.transaction(async (m) => {
    const volunteer = await lockVolunteer(m, caller, 'cancel a sign-up');
    const shiftId = await shiftOfOwnSignup(m, signupId, volunteer.volunteerId);
    if (!shiftId) throw notFound('You have no sign-up with this id.');
    const shift = (await lockShift(m, shiftId))!;
    const signup = (await lockSignup(m, signupId))!;
    if (signup.status === 'CANCELLED') throw conflict('This sign-up is already cancelled.');
    if (shift.startsAt.getTime() <= Date.now())
      throw appError('SHIFT_STARTED', 'The shift has started; tell the organizer instead of cancelling.');
    let cancelled = await releasePlace(m, shift, signup);
    const app = viaApp(caller);
    if (app) cancelled = await markCancelledVia(m, signup.id, app);
    await tellOfApp(m, caller, cancelled, '为您取消了报名', shift.startsAt);
    await announceOrganizations(m, volunteer.volunteerId);
    return cancelled;
  });
}

/**
 * Cancels a live sign-up, the shift and the sign-up locked by the caller (shift first): a freed confirmed place goes
 * to the first on the waitlist, and the shift's counts follow. What a volunteer's cancellation and a deregistration
 * both do.
 */
export async function releasePlace(m: EntityManager, shift: ShiftEntity, signup: SignupEntity): Promise<SignupEntity> {
  const cancelled = await updateSignup(m, { ...signup, status: 'CANCELLED', cancelledAt: new Date() });
  await announceSignupChange(m, 'CANCELLED', cancelled);
  if (signup.status === 'CONFIRMED') {
    shift.signedUp--;
    await promoteFromWaitlist(m, shift);
  } else {
    shift.waitlisted--;
  }
  await setShiftCounts(m, shift);
  return cancelled;
}

/** Gives a freed place to the first on the waitlist and tells them. The shift is locked by the caller. */
export async function promoteFromWaitlist(
  m: EntityManager,
  shift: { id: string; projectId: string; signedUp: number; waitlisted: number; startsAt: Date },
) {
  const next = await firstWaitlisted(m, shift.id);
  if (!next) return;
  const promoted = await updateSignup(m, { ...next, status: 'CONFIRMED', promotedAt: new Date() });
  await announceSignupChange(m, 'PROMOTED', promoted);
  shift.signedUp++;
  shift.waitlisted--;
  const title = await projectTitle(m, shift.projectId);
  const when = shanghaiParts(shift.startsAt);
  await notify(m, [
    {
      volunteerId: next.volunteerId,
      projectId: shift.projectId,
      kind: 'WAITLIST_PROMOTED',
      message: `「${title}」${when.date} ${when.time} 的班次有了空位，您已从候补转为正式报名。`,
    },
  ]);
}
