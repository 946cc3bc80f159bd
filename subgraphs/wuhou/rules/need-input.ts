import { badInput } from '../../kit/runtime/errors';
import { normalizeMobile } from '../../kit/city/phone';
import streets from '../data/streets.json';
import type { NewNeed, Urgency } from '../data/need.repository';

export const STREETS: readonly string[] = streets;

const MAX_DAYS_AHEAD = 30;
/** A few minutes' grace, so a form filled in "now" is not refused for the seconds it took to send. */
const CLOCK_GRACE_MS = 5 * 60 * 1000;

export interface PostNeedInput {
  title: string;
  details?: string | null;
  street: string;
  community: string;
  neededAt: string;
  estimatedHours: number;
  urgency?: Urgency | null;
  phone: string;
  addressDetail: string;
}

function text(value: string | null | undefined, field: string, min: number, max: number): string {
  const t = (value ?? '').trim();
  if (t.length < min || t.length > max) throw badInput(`${field} must be ${min} to ${max} characters.`, field);
  return t;
}

/** Hours on the board: more than 0, at most 8, in half hours. */
export function validHours(hours: number, field: string): number {
  if (!(hours >= 0.5 && hours <= 8) || !Number.isInteger(hours * 2))
    throw badInput(`${field} must be 0.5 to 8 hours, in half hours.`, field);
  return hours;
}

/** Validates a resident's need; every message names the field. */
export function validateNeed(input: PostNeedInput, residentAccount: string, now = new Date()): NewNeed {
  const street = input.street.trim();
  if (!STREETS.includes(street))
    throw badInput(`street must be one of Wuhou's streets: ${STREETS.join('、')}.`, 'street');
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(input.neededAt) ||
    Number.isNaN(Date.parse(input.neededAt))
  ) {
    throw badInput('neededAt must be a date and time with a time zone, e.g. 2030-04-11T08:30:00+08:00.', 'neededAt');
  }
  const neededAt = new Date(input.neededAt);
  if (neededAt.getTime() < now.getTime() - CLOCK_GRACE_MS)
    throw badInput('neededAt is in the past; post needs for now or later.', 'neededAt');
  if (neededAt.getTime() > now.getTime() + MAX_DAYS_AHEAD * 86_400_000)
    throw badInput(`neededAt is more than ${MAX_DAYS_AHEAD} days ahead; post it nearer the time.`, 'neededAt');
  const phone = normalizeMobile(input.phone);
  if (!phone) throw badInput('phone must be a mainland mobile number (11 digits starting 13-19).', 'phone');
  return {
    residentAccount,
    title: text(input.title, 'title', 2, 40),
    details: text(input.details, 'details', 0, 300),
    street,
    community: text(input.community, 'community', 2, 30),
    neededAt,
    estimatedHours: validHours(input.estimatedHours, 'estimatedHours'),
    urgency: input.urgency ?? 'NORMAL',
    phone,
    addressDetail: text(input.addressDetail, 'addressDetail', 2, 80),
  };
}
