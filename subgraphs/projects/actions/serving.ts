import type { DataSource, EntityManager } from 'typeorm';
import { accountOf, type Caller } from '../../kit/runtime/caller';
import { appError, badInput, conflict, notFound } from '../../kit/runtime/errors';
import { addWorkingDays } from '../../kit/city/days';
import { requireUuid } from '../../kit/runtime/ids';
import type { Logger } from '../../kit/runtime/log';
import type { ServiceRecordEntity } from '../data/service-record.entity';
import { organizationOfProject } from '../data/project.repository';
import {
  confirmRecordRows,
  hasOpenCorrection,
  insertCorrection,
  insertRecord,
  lockCorrection,
  lockRecords,
  resolveCorrectionRow,
  updateRecord,
  type CorrectionRow,
} from '../data/service-record.repository';
import type { ShiftEntity } from '../data/shift.entity';
import { shiftById } from '../data/shift.repository';
import type { SignupEntity } from '../data/signup.entity';
import { confirmedSignupId, countCheckinFailure, lockSignup, updateSignup } from '../data/signup.repository';
import { organizationOf, requireSameOrganization, type Acting } from '../rules/access';
import { shanghaiParts } from '../rules/time';
import { attendanceVerdict, type Step } from '../rules/attendance';
import { lockVolunteer } from './signup';
import { announceConfirmedHours } from './hours-events';
import { scheduleDeadlineReminder } from './reminders';
import {
  tellCorrectionAnswered,
  tellCorrectionRequested,
  tellHoursConfirmed,
  tellHoursRejected,
} from './record-notifications';

/** Records must be confirmed within 10 working days after the shift (national rules, DOMAIN.md), holidays off. */
export const CONFIRM_WITHIN_WORKING_DAYS = 10;
const MAX_CODE_FAILURES = 5;
/** Volunteers check in from half an hour before the shift; organizers may record times up to six hours after it. */
const EARLY_MS = 30 * 60_000;
const LATE_MS = 6 * 3600_000;
const MAX_BULK = 100;

interface Attendance {
  signup: SignupEntity;
  shift: ShiftEntity;
  organizationId: string;
}

/** The sign-up with its shift and organization, locked; only confirmed places serve. */
async function lockAttendance(m: EntityManager, signupId: string): Promise<Attendance | null> {
  const signup = await lockSignup(m, signupId);
  if (!signup) return null;
  const organizationId = (await organizationOfProject(m, signup.projectId))!;
  const shift = (await shiftById(m, signup.shiftId))!;
  return { signup, shift, organizationId };
}

/** Applies a check-in or check-out at `at`; a check-out also writes the PENDING service record. */
async function record(m: EntityManager, a: Attendance, step: Step, at: Date, log: Logger): Promise<SignupEntity> {
  const { signup, shift } = a;
  const verdict = attendanceVerdict(signup, shift, step, at);
  if (verdict.outcome !== 'DONE') throw verdict.refusal;
  if (step === 'in') return updateSignup(m, { ...signup, checkedInAt: at });
  const pending = pendingRecord(signup, shift, verdict.hours, log);
  await insertRecord(m, pending);
  await scheduleDeadlineReminder(m, a.organizationId, pending.confirmBy);
  return updateSignup(m, { ...signup, checkedOutAt: at });
}

/** The PENDING service record a check-out writes, due for confirmation 10 working days after the shift's day. */
export function pendingRecord(
  signup: Pick<SignupEntity, 'id' | 'projectId' | 'volunteerId'>,
  shift: Pick<ShiftEntity, 'id' | 'startsAt'>,
  hours: number,
  log: Logger,
) {
  const servedOn = shanghaiParts(shift.startsAt).date;
  return {
    projectId: signup.projectId,
    volunteerId: signup.volunteerId,
    signupId: signup.id,
    shiftId: shift.id,
    servedOn,
    hours: hours.toFixed(2),
    status: 'PENDING',
    confirmBy: addWorkingDays(servedOn, CONFIRM_WITHIN_WORKING_DAYS, log),
  };
}

/** The time an organizer records (`at`, default now): ISO 8601 with a time of day, and not in the future. */
export function organizerTime(at?: string | null): Date {
  const when = at ? new Date(at) : new Date();
  if (Number.isNaN(when.getTime()) || (at && !/T\d{2}:\d{2}/.test(at)))
    throw badInput('at must be an ISO 8601 time such as 2026-12-05T09:00:00+08:00.', 'at');
  if (when.getTime() > Date.now() + 60_000) throw badInput('at cannot be in the future.', 'at');
  return when;
}

/** Organizers record times from an hour before the shift to six hours after it. */
export function requireOrganizerWindow(shift: Pick<ShiftEntity, 'startsAt' | 'endsAt'>, when: Date): void {
  if (when.getTime() < shift.startsAt.getTime() - 3600_000 || when.getTime() > shift.endsAt.getTime() + LATE_MS) {
    throw badInput('at must lie between an hour before the shift and six hours after it.', 'at');
  }
}

/**
 * A volunteer checks in or out with the code shown at the site, from half an hour before the shift to its end
 * (check-out: up to six hours after). Wrong codes are counted and the count survives the refusal.
 */
export async function checkWithCode(
  db: DataSource,
  caller: Caller,
  shiftId: string,
  code: string,
  step: Step,
  log: Logger,
): Promise<SignupEntity> {
  requireUuid(shiftId, 'shiftId');
  if (!/^\d{6}$/.test(code)) throw badInput('code must be the six digits shown at the site.', 'code');
  const result = await db.transaction(async (m) => {
    const volunteer = await lockVolunteer(m, caller, 'check in', null);
    const mine = await confirmedSignupId(m, shiftId, volunteer.volunteerId);
    if (!mine) throw appError('NOT_SIGNED_UP', 'You have no confirmed place on this shift.');
    const a = (await lockAttendance(m, mine))!;
    const now = Date.now();
    const closes = a.shift.endsAt.getTime() + (step === 'out' ? LATE_MS : 0);
    if (now < a.shift.startsAt.getTime() - EARLY_MS || now > closes) {
      throw appError(
        'CHECKIN_CLOSED',
        'Check-in opens half an hour before the shift and closes at its end; ask the organizer to record your time.',
      );
    }
    if (a.signup.checkinFailures >= MAX_CODE_FAILURES)
      throw appError('TOO_MANY_ATTEMPTS', 'Too many wrong codes; ask the organizer to check you in.');
    if (code !== a.shift.checkinCode) {
      // Returned rather than thrown, so the transaction commits the count.
      await countCheckinFailure(m, a.signup.id);
      return null;
    }
    return record(m, a, step, new Date(now), log);
  });
  if (!result) throw appError('WRONG_CODE', 'That is not the code shown at the site; check it and try again.');
  return result;
}

/** The organizer records a volunteer's arrival or departure, at `at` (default now) within the shift's day. */
export async function checkByOrganizer(
  ctx: Acting & { log: Logger },
  signupId: string,
  step: Step,
  at?: string | null,
): Promise<SignupEntity> {
  requireUuid(signupId, 'signupId');
  const when = organizerTime(at);
  const mine = await organizationOf(ctx, 'record attendance');
  return ctx.db.transaction(async (m) => {
    const a = await lockAttendance(m, signupId);
    if (!a) throw notFound('No sign-up has this id.');
    requireSameOrganization(mine, a.organizationId, 'record attendance');
    requireOrganizerWindow(a.shift, when);
    return record(m, a, step, when, ctx.log);
  });
}

function reviewable(rows: (ServiceRecordEntity & { organizationId: string })[], ids: string[], mine: string) {
  if (rows.length < ids.length) throw notFound(`${ids.length - rows.length} of these service records do not exist.`);
  for (const r of rows) requireSameOrganization(mine, r.organizationId, 'review these service records');
  const settled = rows.filter((r) => r.status !== 'PENDING');
  if (settled.length)
    throw appError(
      'RECORD_NOT_PENDING',
      `${settled.length} of these records are already ${settled[0].status.toLowerCase()}; nothing was changed.`,
    );
}

/** Confirms pending records of the caller's organization, all or none. */
export async function confirmRecords(ctx: Acting, ids: string[]): Promise<ServiceRecordEntity[]> {
  const { caller } = ctx;
  const mine = await organizationOf(ctx, 'confirm service hours');
  const unique = [...new Set(ids)];
  if (unique.length < 1 || unique.length > MAX_BULK)
    throw badInput(`Confirm 1 to ${MAX_BULK} records at a time.`, 'ids');
  unique.forEach((id) => requireUuid(id, 'ids'));
  return ctx.db.transaction(async (m) => {
    const rows = await lockRecords(m, unique);
    reviewable(rows, unique, mine);
    const now = new Date();
    await confirmRecordRows(m, unique, now, accountOf(caller));
    await announceConfirmedHours(m, unique);
    await tellHoursConfirmed(m, rows);
    return rows.map(({ organizationId: _, ...r }) =>
      Object.assign(r, { status: 'CONFIRMED', confirmedAt: now, reviewedBy: accountOf(caller) }),
    );
  });
}

export async function rejectRecord(ctx: Acting, id: string, reason: string): Promise<ServiceRecordEntity> {
  const { caller } = ctx;
  requireUuid(id, 'id');
  const why = reason.trim();
  if (why.length < 2 || why.length > 200)
    throw badInput('reason must be 2 to 200 characters: the volunteer reads it.', 'reason');
  const mine = await organizationOf(ctx, 'review service records');
  return ctx.db.transaction(async (m) => {
    const rows = await lockRecords(m, [id]);
    reviewable(rows, [id], mine);
    const { organizationId: _, ...r } = rows[0];
    const rejected = await updateRecord(m, {
      ...r,
      status: 'REJECTED',
      rejectReason: why,
      reviewedBy: accountOf(caller),
    });
    await tellHoursRejected(m, rejected, why);
    return rejected;
  });
}

/** A volunteer asks the organization to correct the hours of one of their records. */
export async function requestCorrection(
  db: DataSource,
  caller: Caller,
  recordId: string,
  hours: number,
  reason: string,
): Promise<CorrectionRow> {
  requireUuid(recordId, 'recordId');
  if (!(hours > 0 && hours <= 24) || Math.round(hours * 100) !== hours * 100)
    throw badInput('hours must be more than 0 and at most 24, to two decimals.', 'hours');
  const why = reason.trim();
  if (why.length < 2 || why.length > 500) throw badInput('reason must be 2 to 500 characters.', 'reason');
  return db.transaction(async (m) => {
    const volunteer = await lockVolunteer(m, caller, 'ask for a correction', 'records:correct');
    const [r] = await lockRecords(m, [recordId]);
    if (!r || r.volunteerId !== volunteer.volunteerId) throw notFound('You have no service record with this id.');
    if (Number(r.hours) === hours) throw badInput('The record already shows these hours.', 'hours');
    if (await hasOpenCorrection(m, recordId))
      throw conflict('A correction of this record is already waiting for the organization.');
    const correction = await insertCorrection(m, {
      recordId,
      volunteerId: volunteer.volunteerId,
      requestedHours: hours,
      previousHours: r.hours,
      reason: why,
    });
    await tellCorrectionRequested(m, r, correction);
    return correction;
  });
}

/**
 * The organization accepts a correction (the record takes the requested hours and counts as confirmed: the
 * organization has just checked it) or rejects it with a reason the volunteer reads.
 */
export async function resolveCorrection(
  ctx: Acting,
  id: string,
  accept: boolean,
  response?: string | null,
): Promise<CorrectionRow> {
  const { caller } = ctx;
  requireUuid(id, 'id');
  const text = response?.trim() || null;
  if (!accept && (!text || text.length < 2))
    throw badInput('Give the volunteer a reason when rejecting a correction.', 'reason');
  if (text && text.length > 500) throw badInput('reason must be at most 500 characters.', 'reason');
  const mine = await organizationOf(ctx, 'resolve corrections');
  return ctx.db.transaction(async (m) => {
    const c = await lockCorrection(m, id);
    if (!c) throw notFound('No correction request has this id.');
    const [r] = await lockRecords(m, [c.recordId]);
    requireSameOrganization(mine, r.organizationId, 'resolve this correction');
    if (c.status !== 'OPEN') throw conflict(`This correction was already ${c.status.toLowerCase()}.`);
    if (accept) {
      const { organizationId: _, ...rec } = r;
      await updateRecord(m, {
        ...rec,
        hours: Number(c.requestedHours).toFixed(2),
        status: 'CONFIRMED',
        confirmedAt: rec.confirmedAt ?? new Date(),
        rejectReason: null,
        reviewedBy: accountOf(caller),
      });
      await announceConfirmedHours(m, [rec.id]);
    }
    const resolved = await resolveCorrectionRow(m, id, accept ? 'ACCEPTED' : 'REJECTED', text);
    await tellCorrectionAnswered(m, r, resolved, Number(accept ? c.requestedHours : r.hours));
    return resolved;
  });
}
