import { isCourseCode } from '../../kit/city/course-codes';
import { isCalendarDay } from '../../kit/city/days';
import { beijingToday } from '../../kit/city/statistics';
import { badInput } from '../../kit/runtime/errors';

export function requireCourseCode(code: string, field: string): string {
  const c = code.trim().toUpperCase();
  if (!isCourseCode(c))
    throw badInput(`${field} must be 2 to 40 upper-case letters, digits or dashes, e.g. FIRST-AID.`, field);
  return c;
}

function text(value: string, field: string, max: number, min = 1): string {
  const v = value.trim();
  if (v.length < min || v.length > max) throw badInput(`${field} must be ${min} to ${max} characters.`, field);
  return v;
}

/** Study hours as records keep them: more than 0, at most 100, to the tenth of an hour. */
export function requireStudyHours(hours: number, field: string): number {
  if (!Number.isFinite(hours) || hours <= 0 || hours > 100 || Math.round(hours * 10) !== hours * 10)
    throw badInput(`${field} must be more than 0 and at most 100 hours, to a tenth of an hour (e.g. 2.5).`, field);
  return hours;
}

export interface CourseInput {
  code: string;
  name: string;
  content: string;
  studyHours: number;
  organizer: string;
}

/** A new course's fields, checked. */
export function validateCourse(input: CourseInput): CourseInput {
  return {
    code: requireCourseCode(input.code, 'input.code'),
    name: text(input.name, 'input.name', 60, 2),
    content: text(input.content, 'input.content', 500, 4),
    studyHours: requireStudyHours(input.studyHours, 'input.studyHours'),
    organizer: text(input.organizer, 'input.organizer', 120, 2),
  };
}

/** The day a course was completed: a calendar day, not after today (Beijing time). */
export function requireCompletedOn(day: string, field: string, now = new Date()): string {
  if (!isCalendarDay(day)) throw badInput(`${field} must be a day written YYYY-MM-DD.`, field);
  if (day > beijingToday(now))
    throw badInput(`${field} cannot be in the future: record a course once completed.`, field);
  return day;
}

/** Study hours over records, summed in tenths (as they are kept), so 0.1 + 0.2 adds up to 0.3. */
export const sumStudyHours = (records: readonly { studyHours: number }[]): number =>
  records.reduce((sum, r) => sum + Math.round(r.studyHours * 10), 0) / 10;

/** Where a record came from: an event's training attendance (it carries the attendance id), else an admin. */
export const trainingSource = (r: { attendanceId: string | null }) =>
  r.attendanceId ? ('EVENT' as const) : ('RECORDED' as const);
