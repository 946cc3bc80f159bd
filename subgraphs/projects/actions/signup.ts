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
  overlappingShift,
  setShiftCounts,
  shiftOfOwnSignup,
  signupByKey,
  updateSignup,
} from '../data/signup.repository';
import type { ShiftEntity } from '../data/shift.entity';
import { courseName, holdsCourse } from '../data/training.repository';
import type { SignupEntity } from '../data/signup.entity';
import { BLOCKED_STATUSES, ineligibility } from '../rules/eligibility';
import { shanghaiParts } from '../rules/time';
import { announceSignupChange } from './signup-events';
import { shiftParams, tellVolunteer } from './notify';
import { scheduleShiftReminders } from './reminders';
import { enrolForPlace } from './insurance';

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
    await enrolForPlace(m, volunteer.volunteerId, shift.projectId, shift.startsAt, status);
    const signup = await insertSignup(m, {
      shiftId: shift.id,
      projectId: shift.projectId,
      volunteerId: volunteer.volunteerId,
      status,
      idempotencyKey: idempotencyKey ?? null,
      signedUpViaApp: viaApp(caller)?.id ?? null,
      signedUpViaName: viaApp(caller)?.name ?? null,
    });
    // One notice per act: what the app did for them (a place or a waitlist place), or their own confirmed place.
    if (viaApp(caller)) await tellOfApp(m, caller, signup, shift, project.title);
    else if (status === 'CONFIRMED') await tellConfirmed(m, signup, shift, project.title);
    await announceOrganizations(m, volunteer.volunteerId);
    if (status === 'CONFIRMED') {
      await announceSignupChange(m, 'CONFIRMED', signup);
      await scheduleShiftReminders(m, signup.id, shift.startsAt);
    }
    return signup;
  });
}

/** The partner app acting, by id and by the name the citizen knows it by; null for the citizen in person. */
function viaApp(caller: Caller): { id: string; name: string } | null {
  return caller.kind === 'partner' ? { id: caller.appId, name: caller.appName ?? caller.appId } : null;
}

/** Tells the volunteer their place on the shift is confirmed (issue 16.3), in the sign-up's transaction. */
export async function tellConfirmed(
  m: EntityManager,
  signup: SignupEntity,
  shift: { id: string; projectId: string; startsAt: Date },
  projectTitle: string,
): Promise<void> {
  await tellVolunteer(m, signup.volunteerId, {
    kind: 'SIGNUP_CONFIRMED',
    params: shiftParams(shift, projectTitle),
    dedupeKey: `signup:${signup.id}:confirmed`,
  });
}

/**
 * Tells the citizen what an app just did for them (issue 12.5), in the same transaction: an app acts by their
 * consent, but they learn of each act from Qingju itself, not only from the app.
 */
async function tellOfApp(
  m: EntityManager,
  caller: Caller,
  signup: SignupEntity,
  shift: { id: string; projectId: string; startsAt: Date },
  projectTitle: string,
) {
  const app = viaApp(caller);
  if (!app) return;
  const params = shiftParams(shift, projectTitle);
  await tellVolunteer(
    m,
    signup.volunteerId,
    signup.status === 'CANCELLED'
      ? {
          kind: 'CANCELLED_VIA_APP',
          params: { ...params, appName: app.name },
          dedupeKey: `signup:${signup.id}:cancelled-via-app`,
        }
      : {
          kind: 'SIGNED_UP_VIA_APP',
          params: { ...params, appName: app.name, waitlisted: signup.status === 'WAITLISTED' },
          dedupeKey: `signup:${signup.id}:via-app`,
        },
  );
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
  if (shift.cancelledAt) throw appError('SHIFT_CANCELLED', 'The organizer cancelled this shift; choose another one.');
  if (shift.startsAt.getTime() <= Date.now())
    throw appError('SHIFT_STARTED', 'This shift has already started; choose a later one.');
  return { shift, project };
}

/**
 * Why this volunteer may not take a place on the shift (age, skills, a required training course, an overlapping
 * sign-up); null when they may.
 */
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
  const course = project.required_course_code;
  if (course && !(await holdsCourse(m, volunteer.volunteerId, course))) {
    const name = (await courseName(m, course)) ?? course;
    return {
      code: 'COURSE_REQUIRED',
      message:
        `This project requires the training course 「${name}」 (${course}); once its organizer records that you ` +
        'completed it, sign up again.',
    };
  }
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
    if (app) await tellOfApp(m, caller, cancelled, shift, (await projectTitle(m, shift.projectId))!);
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
  await enrolForPlace(m, next.volunteerId, shift.projectId, shift.startsAt, 'CONFIRMED');
  await announceSignupChange(m, 'PROMOTED', promoted);
  await scheduleShiftReminders(m, promoted.id, shift.startsAt);
  shift.signedUp++;
  shift.waitlisted--;
  await tellVolunteer(m, next.volunteerId, {
    kind: 'WAITLIST_PROMOTED',
    params: shiftParams(shift, (await projectTitle(m, shift.projectId))!),
    dedupeKey: `signup:${next.id}:promoted`,
  });
}
