import { demoInstant } from '../../subgraphs/kit/city/demo-days';
import volunteersDemo from '../../subgraphs/volunteers/data/demo.json';

/**
 * Dates relative to today in Chengdu (UTC+8, no daylight saving), YYYY-MM-DD, so tests compared with the clock keep
 * passing as the years go by instead of expiring on a fixed calendar date.
 */
const CHENGDU_OFFSET_MS = 8 * 3600_000;

/** The Chengdu calendar day (YYYY-MM-DD) of an instant given as ISO 8601. */
export function chengduDay(iso: string): string {
  return new Date(Date.parse(iso) + CHENGDU_OFFSET_MS).toISOString().slice(0, 10);
}

/** The day `days` from today (negative: in the past). */
export function dayFromNow(days: number): string {
  return new Date(Date.now() + CHENGDU_OFFSET_MS + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A birth date that makes someone `years` old today, `daysPast` days after that birthday (default 30, well clear of
 * the boundary); a 29 February birthday never comes out of it.
 */
export function birthDateForAge(years: number, daysPast = 30): string {
  const d = new Date(Date.now() + CHENGDU_OFFSET_MS - daysPast * 86_400_000);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  if (d.getUTCMonth() === 1 && d.getUTCDate() === 29) d.setUTCDate(28);
  return d.toISOString().slice(0, 10);
}

/**
 * When demo volunteer `n` (1 … 16) registered, as the demo was seeded today: the exact instant (what the volunteer
 * and their admins see) and its month in Chengdu (what everyone else sees).
 */
export function demoRegistration(n: number): { at: string; month: string } {
  const row = volunteersDemo.volunteers.find((v) => v.id.endsWith(String(n).padStart(12, '0')));
  if (!row) throw new Error(`no demo volunteer ${n}`);
  const at = demoInstant(row.createdAt).toISOString();
  return { at, month: chengduDay(at).slice(0, 7) };
}
