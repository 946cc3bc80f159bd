import type { EntityManager } from 'typeorm';
import { cardDigest, normalizeCode } from '../../kit/city/card-code';
import { badInput, notFound } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import type { Logger } from '../../kit/runtime/log';
import { insertRecords, lockShiftSignups, shiftWithOrganization, stampSignups } from '../data/attendance.repository';
import { volunteersByCardDigests } from '../data/card.repository';
import type { ShiftEntity } from '../data/shift.entity';
import type { SignupEntity } from '../data/signup.entity';
import { organizationOf, requireSameOrganization, type Acting } from '../rules/access';
import { attendanceVerdict, type AttendanceOutcome, type Step } from '../rules/attendance';
import { scheduleDeadlineReminder } from './reminders';
import { organizerTime, pendingRecord, requireOrganizerWindow } from './serving';

/** A whole shift's roll call fits in one call; more is a list to split, not a crowd at one site. */
export const MAX_ATTENDEES = 200;
const MAX_CARD_CODE = 32;

/** Who a bulk check-in names: exactly one of the lists. */
export interface Attendees {
  volunteerIds?: readonly string[] | null;
  signupIds?: readonly string[] | null;
  cardCodes?: readonly string[] | null;
}

/** One person's result, at the position they had in the list sent. */
export interface AttendanceRow {
  index: number;
  outcome: AttendanceOutcome;
  /** Why nothing was written; null when DONE. */
  message: string | null;
  signup: SignupEntity | null;
  volunteerId: string | null;
}

type Named = { kind: 'volunteer'; id: string } | { kind: 'signup'; id: string } | { kind: 'unknownCard' };

/** The one list given, checked: ids well formed, card codes of a sane length; at most MAX_ATTENDEES. */
function listOf(a: Attendees): { field: string; values: readonly string[] } {
  const given = (['volunteerIds', 'signupIds', 'cardCodes'] as const).filter((f) => a[f] != null);
  if (given.length !== 1)
    throw badInput('Name the people by exactly one of volunteerIds, signupIds or cardCodes.', 'attendees');
  const field = given[0];
  const values = a[field]!;
  if (values.length < 1 || values.length > MAX_ATTENDEES)
    throw badInput(`Send 1 to ${MAX_ATTENDEES} people at a time; split a longer list.`, field);
  if (field === 'cardCodes') {
    for (const c of values)
      if (!normalizeCode(c) || normalizeCode(c).length > MAX_CARD_CODE)
        throw badInput(`Each card code is 1 to ${MAX_CARD_CODE} characters, as printed on the card.`, field);
  } else values.forEach((id) => requireUuid(id, field));
  return { field, values };
}

/** Each entry as a volunteer or a sign-up, a scanned card through its digest (one statement for the whole list). */
async function resolveNames(m: EntityManager, field: string, values: readonly string[]): Promise<Named[]> {
  if (field === 'signupIds') return values.map((id) => ({ kind: 'signup', id }));
  if (field === 'volunteerIds') return values.map((id) => ({ kind: 'volunteer', id }));
  const digests = values.map(cardDigest);
  const owners = new Map(
    (await volunteersByCardDigests(m, [...new Set(digests)])).map((r) => [r.digest.trim(), r.volunteerId]),
  );
  return digests.map((d) => (owners.has(d) ? { kind: 'volunteer', id: owners.get(d)! } : { kind: 'unknownCard' }));
}

const UNKNOWN_CARD = 'No registered volunteer has this card; check the code, or look the volunteer up by name.';

/**
 * An organizer checks a list of people in or out of one shift at `at` (default now) in one transaction, with a
 * fixed number of statements whatever the list's length: each person gets their own outcome (DONE, ALREADY,
 * NOT_SIGNED_UP ...) instead of one failure spoiling the roll call. A check-out writes each PENDING service record
 * as the single check-out does, under the same rule (rules/attendance.ts). Concurrent calls naming the same people
 * serialise on the sign-up locks, so each arrival and each record is written once.
 */
export async function checkMany(
  ctx: Acting & { log: Logger },
  shiftId: string,
  attendees: Attendees,
  step: Step,
  at?: string | null,
): Promise<AttendanceRow[]> {
  requireUuid(shiftId, 'shiftId');
  const { field, values } = listOf(attendees);
  const when = organizerTime(at);
  const mine = await organizationOf(ctx, 'record attendance');
  return ctx.db.transaction(async (m) => {
    const found = await shiftWithOrganization(m, shiftId);
    if (!found) throw notFound('No shift has this id.');
    requireSameOrganization(mine, found.organizationId, 'record attendance');
    requireOrganizerWindow(found.shift, when);
    const names = await resolveNames(m, field, values);
    const ids = (kind: Named['kind']) => [
      ...new Set(names.flatMap((n) => (n.kind === kind && 'id' in n ? [n.id] : []))),
    ];
    const locked =
      field === 'signupIds'
        ? await lockShiftSignups(m, shiftId, { signupIds: ids('signup') })
        : await lockShiftSignups(m, shiftId, { volunteerIds: ids('volunteer') });
    return applyAll(m, found.shift, found.organizationId, names, locked, step, when, ctx.log);
  });
}

/** Judges each entry against the sign-ups as they stand (a repeat sees the first's effect), then writes the lot. */
async function applyAll(
  m: EntityManager,
  shift: ShiftEntity,
  organizationId: string,
  names: Named[],
  locked: SignupEntity[],
  step: Step,
  at: Date,
  log: Logger,
): Promise<AttendanceRow[]> {
  const bySignup = new Map(locked.map((s) => [s.id, s]));
  // A volunteer holds one live sign-up per shift; only a confirmed place serves.
  const byVolunteer = new Map(locked.map((s) => [s.volunteerId, s]));
  const done: { signup: SignupEntity; hours: number }[] = [];
  const results: AttendanceRow[] = names.map((n, index) => {
    if (n.kind === 'unknownCard')
      return { index, outcome: 'UNKNOWN_CARD', message: UNKNOWN_CARD, signup: null, volunteerId: null };
    const signup = (n.kind === 'signup' ? bySignup.get(n.id) : byVolunteer.get(n.id)) ?? null;
    const volunteerId = signup?.volunteerId ?? (n.kind === 'volunteer' ? n.id : null);
    const verdict = attendanceVerdict(signup, shift, step, at);
    if (verdict.outcome !== 'DONE')
      return { index, outcome: verdict.outcome, message: verdict.refusal.message, signup, volunteerId };
    // What this call wrote, as later entries naming the same person see it.
    Object.assign(signup!, step === 'in' ? { checkedInAt: at } : { checkedOutAt: at });
    done.push({ signup: signup!, hours: verdict.hours });
    return { index, outcome: 'DONE', message: null, signup, volunteerId };
  });
  const doneIds = done.map((d) => d.signup.id);
  if (step === 'out' && done.length) {
    const records = done.map((d) => pendingRecord(d.signup, shift, d.hours, log));
    await insertRecords(m, records);
    // One shift, one day served: the records share their deadline, so one reminder job covers them all.
    await scheduleDeadlineReminder(m, organizationId, records[0].confirmBy);
  }
  const written = new Map(
    (await stampSignups(m, doneIds, step === 'in' ? 'checked_in_at' : 'checked_out_at', at)).map((s) => [s.id, s]),
  );
  return results.map((r) => (r.signup && written.has(r.signup.id) ? { ...r, signup: written.get(r.signup.id)! } : r));
}
