import { isCalendarDay } from './days';
import { chengduToday } from './time-of-day';

/**
 * Mainland resident ID numbers (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence whose last
 * digit is odd for men and even for women, and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const SHAPE = /^[1-9]\d{16}[\dX]$/;

export type Sex = 'MALE' | 'FEMALE';

/** What an ID number states about its holder. */
export interface IdNumberFacts {
  /** Region of household registration at issue (not necessarily where the holder lives now). */
  regionCode: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: Sex;
}

/** Why an ID number was refused; callers turn it into a message that does not repeat the number. */
export type IdNumberProblem = 'FORMAT' | 'BIRTH_DATE' | 'CHECK_DIGIT';

/** The check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Trims and upper-cases a typed ID number (a lower-case x is common), without judging it. */
export function normalizeIdNumber(value: string): string {
  return value.trim().toUpperCase();
}

/** True when `yyyymmdd` is a real calendar day from 1900 on, not after the day `now` falls on in Chengdu. */
function isPastDate(yyyymmdd: string, now: Date): boolean {
  const day = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  return isCalendarDay(day) && day >= '1900-01-01' && day <= chengduToday(now);
}

/** Checks a normalized 18-character ID number and reads its facts. */
export function parseIdNumber(
  value: string,
  today = new Date(),
): { ok: true; facts: IdNumberFacts } | { ok: false; problem: IdNumberProblem } {
  if (!SHAPE.test(value)) return { ok: false, problem: 'FORMAT' };
  const birth = value.slice(6, 14);
  if (!isPastDate(birth, today)) return { ok: false, problem: 'BIRTH_DATE' };
  if (idCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, problem: 'CHECK_DIGIT' };
  return {
    ok: true,
    facts: {
      regionCode: value.slice(0, 6),
      birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
      sex: Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE',
    },
  };
}
