import { badInput } from '../runtime/errors';

/**
 * Times of day as district rotas and availability windows are written: HH:MM on the half hour, Chengdu time (UTC+8,
 * no daylight saving), as minutes of the day. 24:00 is allowed only as the end of a window.
 */
export function requireHalfHour(value: string, field: string, isEnd: boolean): number {
  const m = /^(\d{2}):(\d{2})$/.exec(value.trim());
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!m || Number(m[2]) % 30 !== 0 || minutes > (isEnd ? 1440 : 1410))
    throw badInput(
      `${field} must be a time on the half hour, HH:MM (e.g. 08:00, 18:30${isEnd ? ', 24:00' : ''}).`,
      field,
    );
  return minutes;
}

/** Minutes of the day → HH:MM. */
export const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const CHENGDU_OFFSET_MS = 8 * 3_600_000;

/** Today's date in Chengdu, YYYY-MM-DD. */
export const chengduToday = (now = new Date()) =>
  new Date(now.getTime() + CHENGDU_OFFSET_MS).toISOString().slice(0, 10);

/** The instant of `minutes` past midnight of `day` in Chengdu. */
export const chengduInstant = (day: string, minutes: number) =>
  new Date(Date.parse(`${day}T00:00:00+08:00`) + minutes * 60_000);

/** An instant written with its time zone (2030-04-11T08:30:00+08:00), or BAD_USER_INPUT naming the field. */
export function requireInstant(value: string, field: string): Date {
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ||
    Number.isNaN(Date.parse(value))
  )
    throw badInput(`${field} must be a date and time with a time zone, e.g. 2030-04-11T08:30:00+08:00.`, field);
  return new Date(value);
}
