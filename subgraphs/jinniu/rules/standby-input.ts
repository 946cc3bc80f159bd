import { badInput } from '../../kit/runtime/errors';
import { requireText, requireWholeNumber } from '../../kit/runtime/input';
import skills from '../data/skills.json';
import type { NewAlert, StandbyWindow } from '../data/roster.repository';

export const SKILLS: readonly string[] = skills;

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const MAX_SKILLS = 5;
const MAX_WINDOWS = 14;
const MAX_DAYS_AHEAD = 14;
/** A form filled in "now" is not refused for the seconds it took to send. */
const CLOCK_GRACE_MS = 5 * 60 * 1000;

export function requireSkill(value: string, field: string): string {
  const skill = value.trim();
  if (!SKILLS.includes(skill)) throw badInput(`${field} must be one of: ${SKILLS.join('、')}.`, field);
  return skill;
}

/** HH:MM on the half hour → minutes of the day; 24:00 only as an end. */
function minutesOf(value: string, field: string, isEnd: boolean): number {
  const m = /^(\d{2}):(\d{2})$/.exec(value.trim());
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!m || Number(m[2]) % 30 !== 0 || minutes > (isEnd ? 1440 : 1410))
    throw badInput(
      `${field} must be a time on the half hour, HH:MM (e.g. 08:00, 18:30${isEnd ? ', 24:00' : ''}).`,
      field,
    );
  return minutes;
}

export const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export interface StandbyInput {
  skills: readonly string[];
  availability: readonly { weekday: Weekday; from: string; to: string }[];
}

/** Skills without repeats, windows that do not overlap on a day; every message names the field. */
export function validateStandby(input: StandbyInput): { skills: string[]; windows: StandbyWindow[] } {
  const chosen = [...new Set(input.skills.map((s) => requireSkill(s, 'skills')))];
  if (chosen.length < 1 || chosen.length > MAX_SKILLS)
    throw badInput(`skills must hold 1 to ${MAX_SKILLS} different skills.`, 'skills');
  if (input.availability.length < 1 || input.availability.length > MAX_WINDOWS)
    throw badInput(`availability must hold 1 to ${MAX_WINDOWS} weekly windows.`, 'availability');
  const windows = input.availability.map((w) => {
    const fromMinute = minutesOf(w.from, 'availability.from', false);
    const toMinute = minutesOf(w.to, 'availability.to', true);
    if (toMinute <= fromMinute)
      throw badInput(`availability: a window ends after it starts (${w.from}–${w.to} does not).`, 'availability.to');
    return { weekday: WEEKDAYS.indexOf(w.weekday) + 1, fromMinute, toMinute };
  });
  const sorted = [...windows].sort((a, b) => a.weekday - b.weekday || a.fromMinute - b.fromMinute);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1], sorted[i]];
    if (a.weekday === b.weekday && b.fromMinute < a.toMinute)
      throw badInput(
        `availability: two windows on ${WEEKDAYS[a.weekday - 1]} overlap; join them into one.`,
        'availability',
      );
  }
  return { skills: chosen, windows: sorted };
}

export interface AlertInput {
  skill: string;
  place: string;
  startsAt: string;
  needed: number;
  note?: string | null;
}

export function validateAlert(input: AlertInput, raisedBy: string, now = new Date()): NewAlert {
  const skill = requireSkill(input.skill, 'skill');
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(input.startsAt) ||
    Number.isNaN(Date.parse(input.startsAt))
  )
    throw badInput('startsAt must be a date and time with a time zone, e.g. 2030-04-11T08:30:00+08:00.', 'startsAt');
  const startsAt = new Date(input.startsAt);
  if (startsAt.getTime() < now.getTime() - CLOCK_GRACE_MS)
    throw badInput('startsAt is in the past; an alert calls volunteers for now or later.', 'startsAt');
  if (startsAt.getTime() > now.getTime() + MAX_DAYS_AHEAD * 86_400_000)
    throw badInput(
      `startsAt is more than ${MAX_DAYS_AHEAD} days ahead; an alert is for emergencies, publish a project instead.`,
      'startsAt',
    );
  return {
    skill,
    place: requireText(input.place, 'place', 2, 60),
    startsAt,
    needed: requireWholeNumber(input.needed, 'needed', 1, 200),
    note: requireText(input.note, 'note', 0, 300),
    raisedBy,
  };
}
