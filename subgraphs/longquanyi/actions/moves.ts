import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import type { DistrictRequest } from '../../kit/district/platform';
import { actingVolunteer, replicasByIds } from '../../kit/district/volunteers';
import { chengduToday } from '../../kit/city/time-of-day';
import { appError, badInput, conflict, notFound } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import { optionalIdempotencyKey, requireText, requireWholeNumber } from '../../kit/runtime/input';
import {
  awardByKey,
  callInByKey,
  insertAward,
  insertCallIn,
  lockAccount,
  noShowDaysOf,
  type AwardRow,
  type CallInRow,
} from '../data/stars.repository';
import { requireLongquanyiAdmin } from '../rules/access';
import { isCallInHours, suspendedUntil, yearBefore } from '../rules/stars';

function requireKey(value: string): string {
  const key = optionalIdempotencyKey(value);
  if (!key) throw badInput('idempotencyKey is required: send the same key again to retry safely.', 'idempotencyKey');
  return key;
}

/**
 * A volunteer calls in a free service, paid from their banked hours. The account's row lock queues one
 * volunteer's call-ins, so concurrent ones never overdraw; a retry with the same key gets the first call-in back.
 */
export async function callIn(
  db: DataSource,
  caller: Caller,
  input: { hours: number; service: string; idempotencyKey: string },
): Promise<CallInRow> {
  if (!isCallInHours(input.hours)) throw badInput('hours must be from 0.5 to 8, in steps of half an hour.', 'hours');
  const service = requireText(input.service, 'service', 2, 60);
  const key = requireKey(input.idempotencyKey);
  return db.transaction(async (m) => {
    const me = await actingVolunteer(m, caller);
    const account = await lockAccount(m, me.volunteerId);
    const earlier = await callInByKey(m, me.volunteerId, key);
    if (earlier) {
      if (earlier.hours !== input.hours || earlier.service !== service)
        throw conflict('This idempotency key was already used for a different call-in; use a new key.');
      return earlier;
    }
    const today = chengduToday();
    const [noShows] = await noShowDaysOf(m, [me.volunteerId], yearBefore(today));
    const until = suspendedUntil(noShows?.days ?? [], today);
    if (until)
      throw appError(
        'SUSPENDED',
        `Your Longquanyi registration is suspended after five no-shows within a year, until ${until}.`,
      );
    const made = await insertCallIn(m, { volunteerId: me.volunteerId, hours: input.hours, service, key });
    if (!made)
      throw appError(
        'INSUFFICIENT_HOURS',
        `You have ${account.hours - account.calledIn} banked hours; this call-in needs ${input.hours}.`,
      );
    return made;
  });
}

/** A Longquanyi admin awards points (training, recognised deeds); the key makes a retry award nothing more. */
export async function awardPoints(
  req: DistrictRequest,
  input: { volunteerId: string; points: number; reason: string; idempotencyKey: string },
): Promise<AwardRow> {
  const by = await requireLongquanyiAdmin(req, 'award points');
  requireUuid(input.volunteerId, 'volunteerId');
  const points = requireWholeNumber(input.points, 'points', 1, 1000);
  const reason = requireText(input.reason, 'reason', 2, 100);
  const key = requireKey(input.idempotencyKey);
  return req.db.transaction(async (m) => {
    const [who] = await replicasByIds(m, [input.volunteerId]);
    if (!who?.accountId) throw notFound('No registered volunteer has this id.');
    await lockAccount(m, input.volunteerId);
    const earlier = await awardByKey(m, key);
    if (earlier) {
      if (earlier.volunteerId !== input.volunteerId || earlier.points !== points)
        throw conflict('This idempotency key was already used for a different award; use a new key.');
      return earlier;
    }
    return (await insertAward(m, { volunteerId: input.volunteerId, points, reason, awardedBy: by, key }))!;
  });
}
