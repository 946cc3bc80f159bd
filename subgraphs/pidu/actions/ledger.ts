import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { actingVolunteer, type ReplicaVolunteer } from '../../kit/district/volunteers';
import { appError, badInput, notFound } from '../../kit/runtime/errors';
import { on } from '../../kit/runtime/event-catalogue';
import { requireUuid } from '../../kit/runtime/ids';
import { optionalIdempotencyKey } from '../../kit/runtime/input';
import { oncePerKey } from './idempotency';
import { areFamily } from '../data/family.repository';
import { lockAccounts, post, recordCreditFor, saveRecordCredit } from '../data/ledger.repository';
import { replicasByIds } from '../../kit/district/volunteers';
import { applyRecordHours, canSpend, CREDIT_CAP, isCreditAmount, room } from '../rules/time-bank';

/**
 * Confirmed hours anywhere in the city earn credits (通存通兑). A record announced again after a correction applies
 * only the difference, keyed by record id; the inbox makes a redelivered event a no-op.
 */
export const serviceConfirmed = on('service.confirmed', async ({ recordId, volunteerId, hours }, { manager: m }) => {
  const account = (await lockAccounts(m, [volunteerId])).get(volunteerId)!;
  const previous = await recordCreditFor(m, recordId);
  const { delta, next } = applyRecordHours(previous, hours, account.balance, account.held);
  if (delta !== 0) await post(m, volunteerId, delta > 0 ? 'EARNED' : 'CORRECTED', delta, { recordId });
  await saveRecordCredit(m, recordId, volunteerId, next);
});

/** Giving and spending open at one star; the message says how far the volunteer is. */
export function assertCanSpend(me: ReplicaVolunteer): void {
  if (!canSpend(me.confirmedHours)) {
    throw appError(
      'STAR_LEVEL_TOO_LOW',
      `Time-bank credits can be given or spent from one star (100 confirmed hours); you have ${me.confirmedHours} h.`,
    );
  }
}

export function assertBalance(balance: number, amount: number): void {
  if (balance < amount)
    throw appError('INSUFFICIENT_CREDITS', `You have ${balance} credits available; this needs ${amount}.`);
}

/**
 * A gift to an accepted family member, both accounts locked in id order so concurrent gifts never lose a credit.
 * A retry with the same idempotency key gives nothing more.
 */
export async function giveCredits(
  db: DataSource,
  caller: Caller,
  toVolunteerId: string,
  amount: number,
  idempotencyKey?: string | null,
): Promise<string> {
  requireUuid(toVolunteerId, 'toVolunteerId');
  if (!isCreditAmount(amount, CREDIT_CAP))
    throw badInput('amount must be a positive number of credits in steps of 0.5, at most 1,500.', 'amount');
  const key = optionalIdempotencyKey(idempotencyKey);
  return db.transaction(async (m) => {
    const me = await actingVolunteer(m, caller);
    const gift = await oncePerKey(m, me.volunteerId, key, `give:${toVolunteerId}:${amount}`, () =>
      give(m, me, toVolunteerId, amount),
    );
    return gift.resultId;
  });
}

/** The gift itself, once the request is known to be new. */
async function give(m: EntityManager, me: ReplicaVolunteer, toVolunteerId: string, amount: number): Promise<string> {
  if (me.volunteerId === toVolunteerId) throw badInput('You cannot give credits to yourself.', 'toVolunteerId');
  assertCanSpend(me);
  const [relative] = await replicasByIds(m, [toVolunteerId]);
  if (!relative?.accountId) throw notFound('No registered volunteer has this id.');
  if (!(await areFamily(m, me.volunteerId, toVolunteerId))) {
    throw appError(
      'NOT_FAMILY',
      'Credits can be given only to family: declare the link and have your relative accept it first.',
    );
  }
  const accounts = await lockAccounts(m, [me.volunteerId, toVolunteerId]);
  const mine = accounts.get(me.volunteerId)!;
  const theirs = accounts.get(toVolunteerId)!;
  assertBalance(mine.balance, amount);
  if (room(theirs.balance, theirs.held) < amount) {
    throw appError(
      'CREDIT_CAP_REACHED',
      `Your relative can store only ${room(theirs.balance, theirs.held)} more credits (the cap is 1,500).`,
    );
  }
  await post(m, me.volunteerId, 'GIFT_SENT', -amount, { counterpartId: toVolunteerId });
  await post(m, toVolunteerId, 'GIFT_RECEIVED', amount, { counterpartId: me.volunteerId });
  return me.volunteerId;
}
