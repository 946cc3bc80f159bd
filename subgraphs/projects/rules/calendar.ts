import { badInput } from '../../kit/runtime/errors';
import { isDate, shanghaiInstant } from './time';

/** A day in milliseconds (Chengdu keeps no daylight saving). */
export const DAY_MS = 86_400_000;

/** [from, to] as Chengdu days → the instants [start of from, start of the day after to), checked. */
export function range(from: string, to: string, maxDays: number): [Date, Date] {
  if (!isDate(from)) throw badInput('from must be a date written YYYY-MM-DD.', 'from');
  if (!isDate(to)) throw badInput('to must be a date written YYYY-MM-DD.', 'to');
  const start = shanghaiInstant(from, '00:00');
  const end = new Date(shanghaiInstant(to, '00:00').getTime() + DAY_MS);
  const days = (end.getTime() - start.getTime()) / DAY_MS;
  if (days < 1 || days > maxDays) throw badInput(`to must be on or after from, at most ${maxDays} days in all.`, 'to');
  return [start, end];
}
