import type { EntityManager } from 'typeorm';
import { addWorkingDays, workingDaysBefore } from '../../kit/city/days';
import { emit } from '../../kit/runtime/event-catalogue';
import { jobQueueOf, startJobQueue, type JobKind } from '../../kit/runtime/job-queue';
import type { Background, BackgroundEnv } from '../../kit/runtime/subgraph';
import { pendingNearDeadline, shiftReminderFacts } from '../data/reminder.repository';
import { shanghaiInstant, shanghaiParts, shanghaiToday } from '../rules/time';

/**
 * Reminders (issue 16.4), run by the subgraph's durable job queue (kit/runtime/job-queue.ts): a confirmed place
 * queues its reminders in the transaction that gave it; each reminder, when due, checks that the place is still live
 * and the shift where it was, and tells the notifications subgraph (`notification.requested`) under a dedupe key,
 * so a run that repeats lands once. A cancelled place or project needs no clean-up: its reminders find it so and
 * send nothing.
 */

/** Hours before a shift when its volunteers are reminded. */
export const SHIFT_REMINDER_HOURS = [24, 2] as const;
/** Organizations are reminded of pending records this many working days before the last day to confirm them. */
export const DEADLINE_REMINDER_WORKING_DAYS = 2;
/** The Chengdu time of day a deadline reminder is sent. */
const DEADLINE_REMINDER_TIME = '09:00';

interface ShiftReminder {
  signupId: string;
  hoursBefore: (typeof SHIFT_REMINDER_HOURS)[number];
  /** The start the reminder was queued for: a shift moved since has reminders of its own. */
  startsAt: string;
}

interface DeadlineReminder {
  organizationId: string;
}

const shiftReminderKey = (r: ShiftReminder) => `shift-reminder:${r.signupId}:${r.hoursBefore}:${r.startsAt}`;

export const shiftReminders: JobKind<ShiftReminder> = {
  name: 'shift-reminder',
  run: (db, job) =>
    db.transaction(async (m) => {
      const place = await shiftReminderFacts(m, job.signupId);
      if (!place || place.status !== 'CONFIRMED' || place.projectStatus === 'CANCELLED') return;
      if (place.startsAt.toISOString() !== job.startsAt) return;
      // Due while no instance ran the queue, and the shift has begun since: too late to remind.
      if (place.startsAt.getTime() <= Date.now()) return;
      await emit(m, 'notification.requested', {
        kind: 'SHIFT_REMINDER',
        recipient: { volunteerId: place.volunteerId },
        params: {
          projectId: place.projectId,
          projectTitle: place.projectTitle,
          shiftId: place.shiftId,
          shiftStartsAt: shanghaiParts(place.startsAt).iso,
          hoursBefore: job.hoursBefore,
        },
        dedupeKey: shiftReminderKey(job),
      });
    }),
};

export const deadlineReminders: JobKind<DeadlineReminder> = {
  name: 'confirm-deadline-reminder',
  run: (db, job) =>
    db.transaction(async (m) => {
      const today = shanghaiToday();
      const horizon = addWorkingDays(today, DEADLINE_REMINDER_WORKING_DAYS);
      // Records already overdue are flagged on the organization's list; the reminder is for those still in time.
      const near = await pendingNearDeadline(m, job.organizationId, today, horizon);
      if (near.records === 0 || !near.earliestConfirmBy) return;
      await emit(m, 'notification.requested', {
        kind: 'CONFIRM_DEADLINE_REMINDER',
        recipient: { organizationId: job.organizationId },
        params: {
          organizationId: job.organizationId,
          records: near.records,
          earliestConfirmBy: near.earliestConfirmBy,
        },
        // One a day per organization, however many of its records fall due together.
        dedupeKey: `confirm-deadline:${job.organizationId}:${today}`,
      });
    }),
};

/**
 * Queues the reminders of a place confirmed just now (sign-up or promotion) on a shift starting at `startsAt`.
 * Reminders whose time has passed are not queued: the volunteer chose the shift moments ago.
 */
export async function scheduleShiftReminders(m: EntityManager, signupId: string, startsAt: Date): Promise<void> {
  const queue = jobQueueOf(m.dataSource);
  for (const hoursBefore of SHIFT_REMINDER_HOURS) {
    const runAt = new Date(startsAt.getTime() - hoursBefore * 3600_000);
    if (runAt.getTime() <= Date.now()) continue;
    const job: ShiftReminder = { signupId, hoursBefore, startsAt: startsAt.toISOString() };
    await queue.send(m, shiftReminders, job, shiftReminderKey(job), runAt);
  }
}

/**
 * Queues the organization's reminder for a pending record due by `confirmBy`: at 09:00 Chengdu time,
 * DEADLINE_REMINDER_WORKING_DAYS working days before, or now if that has passed. Records of one organization due
 * on one day share one job.
 */
export async function scheduleDeadlineReminder(
  m: EntityManager,
  organizationId: string,
  confirmBy: string,
): Promise<void> {
  const today = shanghaiToday();
  const planned = workingDaysBefore(confirmBy, DEADLINE_REMINDER_WORKING_DAYS);
  const day = planned > today ? planned : today;
  const runAt = new Date(Math.max(shanghaiInstant(day, DEADLINE_REMINDER_TIME).getTime(), Date.now()));
  await jobQueueOf(m.dataSource).send(
    m,
    deadlineReminders,
    { organizationId },
    `confirm-deadline:${organizationId}:${day}`,
    runAt,
  );
}

/** The projects subgraph's background work: the job queue that sends reminders. */
export function startReminders(env: BackgroundEnv): Promise<Background> {
  return startJobQueue({
    subgraph: 'projects',
    db: env.db,
    requestDb: env.requestDb,
    kinds: [shiftReminders, deadlineReminders],
    log: env.log,
  });
}
