import { getHolidaysInRange, isWorkday } from 'chinese-days';

/** True for a real calendar day written YYYY-MM-DD (JavaScript's Date.parse accepts 2024-02-30; Postgres does not). */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Working days as China's national calendar has them: public holidays (元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆)
 * are days off and their make-up working days (调休, often a Saturday or Sunday) are working days. The dates come
 * from the `chinese-days` package, which follows each year's State Council notice; the notice for a year comes out
 * late in the year before, so a year may not be in the installed version yet. For such a year the package falls
 * back to plain weekends, and we say so in the log once per year: the remedy is a newer `chinese-days`.
 */

/** Anything with pino's `warn`: the subgraph's logger. */
type Warn = { warn(obj: object, msg: string): void };

const covered = new Map<number, boolean>();
const warned = new Set<number>();

/** True when the installed `chinese-days` lists that year's official holidays (every year has some on weekdays). */
export function holidayCalendarCovers(year: number): boolean {
  let known = covered.get(year);
  if (known === undefined) {
    known = getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    covered.set(year, known);
  }
  return known;
}

/** True for a working day (YYYY-MM-DD) of the national calendar; weekdays only for a year the package lacks. */
export function isWorkingDay(day: string): boolean {
  return isWorkday(day);
}

/**
 * The day `n` working days after `date` (both YYYY-MM-DD): holidays are skipped and make-up working weekends
 * count. If the span reaches a year the holiday data does not cover, weekends alone are skipped there and `log`
 * (if given) is warned once per year per process.
 */
export function addWorkingDays(date: string, n: number, log?: Warn): string {
  const d = new Date(`${date}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const day = d.toISOString().slice(0, 10);
    if (isWorkingDay(day)) left--;
  }
  const [from, to] = [Number(date.slice(0, 4)), d.getUTCFullYear()];
  for (let year = from; year <= to; year++) {
    if (!log || holidayCalendarCovers(year) || warned.has(year)) continue;
    warned.add(year);
    log.warn(
      { year },
      `no official holiday calendar for ${year} in the chinese-days package: working days there skip weekends only ` +
        `until it is updated`,
    );
  }
  return d.toISOString().slice(0, 10);
}

/**
 * The day `n` working days before `date` (both YYYY-MM-DD), holidays skipped as in `addWorkingDays`: when a
 * reminder `n` working days ahead of a deadline is due.
 */
export function workingDaysBefore(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  let left = n;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() - 1);
    if (isWorkingDay(d.toISOString().slice(0, 10))) left--;
  }
  return d.toISOString().slice(0, 10);
}
