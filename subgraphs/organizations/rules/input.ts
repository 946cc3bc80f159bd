import { badInput } from '../../kit/runtime/errors';
import { isDistrictCode } from '../../kit/city/districts';
import { normalizeMobile } from '../../kit/city/phone';
import { creditCodeProblem, CREDIT_CODE_MESSAGES, normalizeCreditCode } from '../../kit/city/credit-code';
import { isServiceCategoryCode, SERVICE_CATEGORIES } from '../../kit/city/categories';

/** Trims a text argument and checks its length, naming the field in the error. */
export function text(value: string, field: string, min: number, max: number): string {
  const v = value.trim();
  if (v.length < min || v.length > max) throw badInput(`${field} must be ${min} to ${max} characters long.`, field);
  return v;
}

export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const v = value?.trim();
  return v ? text(v, field, 1, max) : null;
}

export function creditCode(value: string): string {
  const code = normalizeCreditCode(value);
  const problem = creditCodeProblem(code);
  if (problem) throw badInput(CREDIT_CODE_MESSAGES[problem], 'creditCode');
  return code;
}

export function districtCode(value: string, field = 'district'): string {
  if (!isDistrictCode(value)) {
    throw badInput(
      `There is no district "${value.slice(0, 40)}"; use one of the 23 district codes, such as pidu or jinjiang.`,
      field,
    );
  }
  return value;
}

/** A landline with its area code and an optional extension, e.g. 028-86651234-801. */
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

/** The organization's public line: a mainland mobile number (the kit's rule) or a landline with area code. */
export function contactPhone(value: string): string {
  const mobile = normalizeMobile(value);
  if (mobile) return mobile;
  const v = value.trim().replace(/\s+/g, '');
  if (!LANDLINE.test(v))
    throw badInput(
      'contactPhone must be a mobile number (11 digits) or a landline with its area code, such as 028-86651234.',
      'contactPhone',
    );
  return v;
}

export function category(value: string): string {
  if (!isServiceCategoryCode(value)) {
    throw badInput(
      `There is no service category "${value.slice(0, 40)}"; use one of ` +
        `${SERVICE_CATEGORIES.map((c) => c.code).join(', ')}.`,
      'categoryCode',
    );
  }
  return value;
}

/** Today's date in Chengdu (UTC+8, no daylight saving), as YYYY-MM-DD. */
export function todayInChengdu(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function isoDate(value: string, field: string): string {
  const parsed = new Date(`${value}T00:00:00Z`);
  // Round-tripping catches dates the calendar does not have (2026-02-30 would roll over to March).
  const ok =
    /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
  if (!ok) throw badInput(`${field} must be a calendar date written YYYY-MM-DD, such as 2027-01-20.`, field);
  return value;
}

/** A need's dates: real dates, not in the past, the end not before the start, at most a year apart. */
export function serviceDates(startsOn: string, endsOn: string, now = new Date()): { startsOn: string; endsOn: string } {
  isoDate(startsOn, 'startsOn');
  isoDate(endsOn, 'endsOn');
  if (startsOn < todayInChengdu(now))
    throw badInput('startsOn is in the past; a need is filed for service still to come.', 'startsOn');
  if (endsOn < startsOn) throw badInput('endsOn is before startsOn.', 'endsOn');
  const days = (Date.parse(endsOn) - Date.parse(startsOn)) / 86_400_000;
  if (days > 366) throw badInput('A need spans at most a year; file a new one for the following year.', 'endsOn');
  return { startsOn, endsOn };
}

export function headcount(value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 10_000)
    throw badInput('volunteersNeeded must be a whole number from 1 to 10000.', 'volunteersNeeded');
  return value;
}

/** ISO 8601 for a timestamp column (null stays null): the kit's. */
export { iso } from '../../kit/runtime/timestamps';
