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

/**
 * The dashboard's age bands (issue 13.1), youngest first, cut where the platform's rules change: under 14 (all of
 * a child's data is sensitive), 14-17 (a guardian is named), then adults in ten-year steps from 25 and the over-60s.
 * `minAge` is what the volunteers subgraph's rollup stores (migration 1764900300000 holds the same ages); `unknown`
 * counts the registrations kept from before birth dates were recorded.
 */
export const AGE_BANDS = [
  { code: 'under14', minAge: 0, label: '14岁以下' },
  { code: '14to17', minAge: 14, label: '14–17岁' },
  { code: '18to24', minAge: 18, label: '18–24岁' },
  { code: '25to34', minAge: 25, label: '25–34岁' },
  { code: '35to44', minAge: 35, label: '35–44岁' },
  { code: '45to59', minAge: 45, label: '45–59岁' },
  { code: '60plus', minAge: 60, label: '60岁及以上' },
] as const;

/** Volunteers without a birth date on record; the rollup's band -1. */
export const UNKNOWN_AGE_BAND = { code: 'unknown', minAge: -1, label: '未登记出生日期' } as const;

/** The band of an age in whole years. */
export function ageBandOf(age: number): (typeof AGE_BANDS)[number] {
  return [...AGE_BANDS].reverse().find((b) => age >= b.minAge) ?? AGE_BANDS[0];
}
