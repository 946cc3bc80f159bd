import type { GraphQLError } from 'graphql';
import { appError, badInput, conflict } from '../../kit/runtime/errors';
import { servedHours } from './time';

/** How one person of a check-in or check-out comes out; the GraphQL enum AttendanceOutcome. */
export type AttendanceOutcome =
  'DONE' | 'ALREADY' | 'NOT_SIGNED_UP' | 'NO_SHOW' | 'NOT_CHECKED_IN' | 'NO_TIME_SERVED' | 'UNKNOWN_CARD';

export type Step = 'in' | 'out';

/** What the rule needs of a sign-up: its status and times. */
export interface AttendanceState {
  status: string;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
  noShowAt: Date | null;
}

/**
 * The verdict on one person: `refusal` is the error a single check-in throws (and whose message a bulk one reports
 * per person); `hours` are what a check-out records.
 */
export type Verdict =
  { outcome: 'DONE'; hours: number } | { outcome: Exclude<AttendanceOutcome, 'DONE'>; refusal: GraphQLError };

/**
 * The one rule for checking in or out at `at`, shared by the single and the bulk mutations so they never disagree:
 * a confirmed place only, no check-in after a no-show mark, each step once, and a check-out only after a check-in
 * with time served within the shift.
 */
export function attendanceVerdict(
  signup: AttendanceState | null,
  shift: { startsAt: Date; endsAt: Date },
  step: Step,
  at: Date,
): Verdict {
  if (!signup || signup.status !== 'CONFIRMED')
    return {
      outcome: 'NOT_SIGNED_UP',
      refusal: appError('NOT_SIGNED_UP', 'Only volunteers with a confirmed place on this shift can check in.'),
    };
  if (step === 'in') {
    if (signup.noShowAt)
      return {
        outcome: 'NO_SHOW',
        refusal: conflict('This sign-up was marked as a no-show; it cannot be checked in any more.'),
      };
    if (signup.checkedInAt) return { outcome: 'ALREADY', refusal: conflict('Already checked in for this shift.') };
    return { outcome: 'DONE', hours: 0 };
  }
  if (!signup.checkedInAt)
    return { outcome: 'NOT_CHECKED_IN', refusal: appError('NOT_CHECKED_IN', 'Check in before checking out.') };
  if (signup.checkedOutAt) return { outcome: 'ALREADY', refusal: conflict('Already checked out of this shift.') };
  if (at <= signup.checkedInAt)
    return { outcome: 'NO_TIME_SERVED', refusal: badInput('Check-out must come after check-in.', 'at') };
  const hours = servedHours(signup.checkedInAt, at, shift.startsAt, shift.endsAt);
  if (hours <= 0)
    return {
      outcome: 'NO_TIME_SERVED',
      refusal: appError(
        'NO_TIME_SERVED',
        'No time within the shift lies between check-in and check-out, so there are no hours to record.',
      ),
    };
  return { outcome: 'DONE', hours };
}
