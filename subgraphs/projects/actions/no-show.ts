import { appError, notFound } from '../../kit/runtime/errors';
import { emit } from '../../kit/runtime/event-catalogue';
import { requireUuid } from '../../kit/runtime/ids';
import { placeOfProject, projectTitle } from '../data/project.repository';
import type { SignupEntity } from '../data/signup.entity';
import { lockSignup, markNoShowRow } from '../data/signup.repository';
import { shiftById } from '../data/shift.repository';
import { organizationOf, requireSameOrganization, type Acting } from '../rules/access';
import { shanghaiParts } from '../rules/time';
import { shiftParams, tellVolunteers } from './notify';

/**
 * The organizer marks a confirmed place on an ended shift, never checked in, as a no-show. The sign-up's row lock
 * and the conditional update make the mark (and its one `signup.no-show` announcement) happen once, however often
 * or concurrently it is sent; districts count no-shows by sign-up id. The volunteer is told (MARKED_NO_SHOW).
 */
export async function markNoShow(ctx: Acting, signupId: string): Promise<SignupEntity> {
  requireUuid(signupId, 'signupId');
  const mine = await organizationOf(ctx, 'mark no-shows');
  return ctx.db.transaction(async (m) => {
    const signup = await lockSignup(m, signupId);
    if (!signup) throw notFound('No sign-up has this id.');
    const place = (await placeOfProject(m, signup.projectId))!;
    requireSameOrganization(mine, place.organization_id, 'mark no-shows');
    if (signup.noShowAt) return signup;
    if (signup.status !== 'CONFIRMED')
      throw appError(
        'NOT_SIGNED_UP',
        'Only a confirmed place can be a no-show; this sign-up was cancelled or waitlisted.',
      );
    if (signup.checkedInAt) throw appError('CHECKED_IN', 'The volunteer checked in on this shift, so they were there.');
    const shift = (await shiftById(m, signup.shiftId))!;
    if (shift.endsAt.getTime() > Date.now())
      throw appError('SHIFT_NOT_ENDED', 'A no-show can be marked once the shift has ended.');
    const marked = (await markNoShowRow(m, signupId))!;
    await emit(m, 'signup.no-show', {
      signupId,
      volunteerId: signup.volunteerId,
      projectId: signup.projectId,
      districtCode: place.district_code,
      shiftDay: shanghaiParts(shift.startsAt).date,
    });
    // The volunteer hears of it from the platform, not first from a district's tally.
    await tellVolunteers(
      m,
      'MARKED_NO_SHOW',
      [signup.volunteerId],
      shiftParams(shift, (await projectTitle(m, signup.projectId))!),
      `no-show:${signupId}`,
    );
    return marked;
  });
}
