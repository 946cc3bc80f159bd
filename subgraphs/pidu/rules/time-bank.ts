import { starLevel } from '../../kit/city/growth';

/**
 * Pure time-bank rules (DOMAIN.md "Time banks"): 1 confirmed hour = 1 credit, earned anywhere in the city;
 * credits are spendable from one star (100 h) and stored up to 1,500.
 */
export const CREDIT_CAP = 1500;

/** Credits are kept to the cent, like hours. */
export const round2 = (n: number) => Math.round(n * 100) / 100;

/** Giving and spending open at one star. */
export function canSpend(confirmedHours: number): boolean {
  return starLevel(confirmedHours) >= 1;
}

/** Free room under the cap: credits held for bookings still count as stored. */
export function room(balance: number, held: number): number {
  return Math.max(0, round2(CREDIT_CAP - balance - held));
}

export interface RecordCredit {
  hours: number;
  credited: number;
}

/**
 * What a (re)confirmed service record changes. A record announced again after a correction applies only the
 * difference: more hours earn the increase as far as the cap allows; fewer hours take back what the record
 * credited beyond its new hours, but never more than the balance (credits already spent stay spent).
 * Returns the signed change of the balance and the record's new state.
 */
export function applyRecordHours(
  previous: RecordCredit | null,
  hours: number,
  balance: number,
  held: number,
): { delta: number; next: RecordCredit } {
  const before = previous ?? { hours: 0, credited: 0 };
  if (hours >= before.hours) {
    const add = Math.min(round2(hours - before.hours), room(balance, held));
    return { delta: add, next: { hours, credited: round2(before.credited + add) } };
  }
  const take = Math.min(Math.max(0, round2(before.credited - hours)), balance);
  return { delta: 0 - take, next: { hours, credited: round2(before.credited - take) } };
}

/** An amount of credits a person types: positive, in steps of 0.5, at most `max`. */
export function isCreditAmount(n: number, max: number): boolean {
  return Number.isFinite(n) && n > 0 && n <= max && Number.isInteger(n * 2);
}
