import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { replicasByIds } from '../../kit/district/volunteers';
import { appError, badInput, forbidden } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import { familyOfGuardian, isFamilyFriendly } from '../data/family.repository';
import { announceSignupChange } from './signup-events';
import { scheduleShiftReminders } from './reminders';
import { insertSignup, liveSignup, setShiftCounts } from '../data/signup.repository';
import type { SignupEntity } from '../data/signup.entity';
import { BLOCKED_STATUSES } from '../rules/eligibility';
import { lockOpenShift, lockVolunteer, placeRefusal, tellConfirmed } from './signup';
import { enrolForPlace } from './insurance';

/** A family has eight members at most (Chenghua's rule), so no call names more. */
const MAX_NAMED = 8;

/**
 * A family's guardian signs named members up for one shift together: all take places under the shift's row lock or
 * none does, each place counted against capacity (no waitlist: a family serves together), each member under their
 * own eligibility rules. Members already signed up keep their sign-up, so a retry is harmless. Who the family is
 * and which projects take families come from Chenghua's announcements (`family.members`, `project.family-friendly`).
 */
export async function signUpFamily(
  db: DataSource,
  caller: Caller,
  shiftId: string,
  volunteerIds: readonly string[],
): Promise<SignupEntity[]> {
  requireUuid(shiftId, 'shiftId');
  const named = [...new Set(volunteerIds)];
  if (named.length === 0 || named.length > MAX_NAMED)
    throw badInput(`Name one to ${MAX_NAMED} members of your family.`, 'volunteerIds');
  for (const id of named) requireUuid(id, 'volunteerIds');
  // Position in the list, so errors point at a member without naming them.
  const who = (id: string) => `Member ${named.indexOf(id) + 1} of those you named`;
  // A partner app acts for its linked citizen alone, by that citizen's consent; their family never gave it.
  if (caller.kind === 'partner') throw forbidden('A family is signed up by its guardian, signed in to Qingju.');
  return db.transaction(async (m) => {
    const guardian = await lockVolunteer(m, caller, 'sign your family up');
    const family = await familyOfGuardian(m, guardian.volunteerId);
    if (!family) throw appError('NOT_GUARDIAN', "Only a family's guardian signs its members up together.");
    const outsider = named.find((id) => !family.includes(id));
    if (outsider)
      throw appError('NOT_FAMILY_MEMBER', `${who(outsider)} is not an active member of your family.`, {
        field: 'volunteerIds',
      });
    // Every member's profile is locked before the shift, as their own sign-ups and cancellations lock theirs first,
    // so the overlap check holds for each and no two transactions wait on each other in a cycle.
    const members = await replicasByIds(m, named, true);
    const missing = named.find((id) => !members.some((v) => v.volunteerId === id));
    if (missing)
      throw appError('NOT_REGISTERED', `${who(missing)} is not registered for projects yet; try again in a moment.`);
    const { shift, project } = await lockOpenShift(m, shiftId);
    if (!(await isFamilyFriendly(m, shift.projectId)))
      throw appError(
        'NOT_FAMILY_FRIENDLY',
        'This project does not take family sign-ups; choose a family-friendly project, or sign up one by one.',
      );

    const kept = new Map<string, SignupEntity>();
    const joining: string[] = [];
    for (const id of named) {
      const live = await liveSignup(m, shift.id, id);
      if (live) {
        kept.set(id, live);
        continue;
      }
      const volunteer = members.find((v) => v.volunteerId === id)!;
      if (BLOCKED_STATUSES.has(volunteer.status))
        throw forbidden(`${who(id)} has a volunteer registration that is not active, so cannot sign up.`);
      const refusal = await placeRefusal(m, volunteer, shift, project);
      if (refusal) throw appError(refusal.code, `${who(id)}: ${refusal.message}`);
      joining.push(id);
    }
    const left = Math.max(0, shift.capacity - shift.signedUp);
    if (joining.length > left)
      throw appError(
        'PLACES_LEFT',
        `Only ${left} place${left === 1 ? ' is' : 's are'} left on this shift and your family needs ` +
          `${joining.length}; a family signs up together, so choose another shift or fewer members.`,
        { placesLeft: left },
      );
    for (const volunteerId of joining) {
      await enrolForPlace(m, volunteerId, shift.projectId, shift.startsAt, 'CONFIRMED');
      const signup = await insertSignup(m, {
        shiftId: shift.id,
        projectId: shift.projectId,
        volunteerId,
        status: 'CONFIRMED',
        idempotencyKey: null,
      });
      await announceSignupChange(m, 'CONFIRMED', signup);
      await tellConfirmed(m, signup, shift, project.title);
      await scheduleShiftReminders(m, signup.id, shift.startsAt);
      kept.set(volunteerId, signup);
    }
    shift.signedUp += joining.length;
    if (joining.length) await setShiftCounts(m, shift);
    return named.map((id) => kept.get(id)!);
  });
}
