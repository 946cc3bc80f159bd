import { isCalendarDay } from '../../kit/city/days';
import { isDistrictCode } from '../../kit/city/districts';
import { badInput } from '../../kit/runtime/errors';
import { hasControlCharacter } from '../../kit/runtime/control-characters';
import { requireText } from '../../kit/runtime/input';
import { requireInstant } from '../../kit/city/time-of-day';

export { requireText };

export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value == null || value.trim() === '') return null;
  return requireText(value, field, 1, max);
}

export function day(value: string, field: string): string {
  if (!isCalendarDay(value)) throw badInput(`${field} must be a day written YYYY-MM-DD.`, field);
  return value;
}

export function districtCode(value: string): string {
  if (!isDistrictCode(value)) throw badInput('districtCode must be one of the 23 district codes.', 'districtCode');
  return value;
}

/** An instant written ISO 8601 with its offset: a time without one is ambiguous. */
export const instant = requireInstant;

/** From `starts` to `ends`, in that order. */
export function period(startsAt: string, endsAt: string): [Date, Date] {
  const [from, to] = [instant(startsAt, 'startsAt'), instant(endsAt, 'endsAt')];
  if (to <= from) throw badInput('endsAt must be after startsAt.', 'endsAt');
  return [from, to];
}

/** A short list of short words (skills, languages): each 1-40 characters, at most `max`, duplicates dropped. */
export function words(values: readonly string[], field: string, max = 20): string[] {
  const list = [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))];
  if (list.length > max) throw badInput(`${field} takes at most ${max} entries.`, field);
  for (const v of list)
    if (v.length > 40 || hasControlCharacter(v)) throw badInput(`Each of ${field} must be 1-40 characters.`, field);
  return list;
}

/** A course code as the training records write them: letters, digits, dots, dashes and underscores. */
export function courseCode(value: string | null | undefined, field: string): string | null {
  if (value == null || value.trim() === '') return null;
  const code = value.trim();
  if (!/^[A-Za-z0-9._-]{1,40}$/.test(code))
    throw badInput(`${field} must be 1-40 letters, digits, dots, dashes or underscores.`, field);
  return code;
}
