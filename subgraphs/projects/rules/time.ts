/**
 * Dates and times as the city lives them. Asia/Shanghai has had a fixed +08:00 offset without daylight saving
 * since 1991, so local times convert with a constant offset and no time-zone database.
 */
const OFFSET_MS = 8 * 3600_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** True for a real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** True for a 24-hour local time HH:MM. */
export function isTime(value: string): boolean {
  return TIME.test(value);
}

/** The instant of a local date and time in Chengdu. */
export function shanghaiInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

/** Local date, time and ISO 8601 text (with +08:00) of an instant, as calendars and share cards show it. */
export function shanghaiParts(at: Date): { date: string; time: string; iso: string } {
  const local = new Date(at.getTime() + OFFSET_MS).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16), iso: `${local.slice(0, 19)}+08:00` };
}

/** Today's date in Chengdu. */
export function shanghaiToday(now = new Date()): string {
  return shanghaiParts(now).date;
}

/** Whole years of age on `date` for someone born on `birthDate` (a 29 February birthday counts from 1 March). */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = date.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * Hours actually served: the time between check-in and check-out that falls within the shift, in hours to two
 * decimals. Arriving early or leaving late does not add hours; the organization can correct a record.
 */
export function servedHours(checkedInAt: Date, checkedOutAt: Date, shiftStart: Date, shiftEnd: Date): number {
  const from = Math.max(checkedInAt.getTime(), shiftStart.getTime());
  const to = Math.min(checkedOutAt.getTime(), shiftEnd.getTime());
  if (to <= from) return 0;
  return Math.round((to - from) / 36_000) / 100;
}
