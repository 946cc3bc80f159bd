/**
 * Demo data is written as of one day, DEMO_WRITTEN_FOR, and moved forward to the day it is seeded, so `npm start`
 * always shows two years of history up to today and shifts still to come. The files stay plain dates a person can
 * read and check against each other (a record after its volunteer registered, a project after its organization was
 * verified); only the seed moves them.
 *
 * Dates move by whole weeks, so a Saturday shift stays on a Saturday (the library's and the museum's weekend
 * programmes). Rounding down means the data sits up to six days earlier than written: whatever is written in the
 * past stays in the past, and shifts written a week or more ahead stay ahead.
 */

/** The day the demo data files are written for. */
export const DEMO_WRITTEN_FOR = '2026-12-01';

const DAY_MS = 86_400_000;
const CHENGDU_OFFSET_MS = 8 * 3600_000;

/** Days to add to every demo date for data seeded at `now`: a whole number of weeks, never negative. */
export function demoShiftDays(now = new Date()): number {
  const today = Math.floor((now.getTime() + CHENGDU_OFFSET_MS) / DAY_MS);
  const written = Date.parse(`${DEMO_WRITTEN_FOR}T00:00:00Z`) / DAY_MS;
  return Math.max(0, Math.floor((today - written) / 7) * 7);
}

/** A demo day (YYYY-MM-DD) as seeded at `now`. */
export function demoDay(day: string, now = new Date()): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + demoShiftDays(now) * DAY_MS).toISOString().slice(0, 10);
}

/** A demo instant (ISO 8601 with its offset) as seeded at `now`. */
export function demoInstant(iso: string, now = new Date()): Date {
  return new Date(Date.parse(iso) + demoShiftDays(now) * DAY_MS);
}
