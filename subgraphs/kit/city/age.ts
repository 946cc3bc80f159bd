import { chengduToday } from './time-of-day';

/**
 * Whole years between a YYYY-MM-DD birth date and the day `now` falls on in Chengdu (UTC+8); a birthday today
 * counts. Chengdu's calendar, not UTC's: from 16:00 to 24:00 UTC it is already the next day there, and a volunteer
 * whose 18th birthday that is must count as an adult from the city's midnight, not eight hours later.
 */
export function ageOn(birthDate: string, now: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = chengduToday(now).split('-').map(Number) as [number, number, number];
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}
