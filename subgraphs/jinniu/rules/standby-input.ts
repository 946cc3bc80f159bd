import { badInput } from '../../kit/runtime/errors';
import { requireHalfHour, requireInstant } from '../../kit/city/time-of-day';
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
    const fromMinute = requireHalfHour(w.from, 'availability.from', false);
    const toMinute = requireHalfHour(w.to, 'availability.to', true);
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
  const startsAt = requireInstant(input.startsAt, 'startsAt');
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
