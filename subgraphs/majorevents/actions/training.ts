import { chengduToday } from '../../kit/city/time-of-day';
import { appError, badInput, notFound } from '../../kit/runtime/errors';
import { emit } from '../../kit/runtime/event-catalogue';
import { requireUuid, wellFormedIds } from '../../kit/runtime/ids';
import { screenedIn } from '../data/application.repository';
import { insertAttendances, insertSession, sessionsByIds } from '../data/training.repository';
import type { TrainingSessionEntity } from '../data/training.entity';
import { requireOrganizer } from '../rules/organizers';
import * as input from '../rules/input';
import { existingEvent, type Ctx } from './lookup';

export interface AddSessionInput {
  eventId: string;
  title: string;
  courseCode?: string | null;
  startsAt: string;
  endsAt: string;
  studyHours: number;
}

export async function addTrainingSession(ctx: Ctx, raw: AddSessionInput): Promise<TrainingSessionEntity> {
  const event = await existingEvent(ctx, raw.eventId);
  await requireOrganizer(ctx, event, 'add training sessions');
  const [startsAt, endsAt] = input.period(raw.startsAt, raw.endsAt);
  if (!(raw.studyHours > 0 && raw.studyHours <= 100))
    throw badInput('studyHours must be more than 0 and at most 100.', 'studyHours');
  return ctx.db.transaction((m) =>
    insertSession(m, {
      eventId: event.id,
      title: input.requireText(raw.title, 'title', 2, 80),
      courseCode: input.courseCode(raw.courseCode, 'courseCode'),
      startsAt,
      endsAt,
      studyHours: raw.studyHours.toFixed(2),
    }),
  );
}

/**
 * Attendance of selected or reserve volunteers of the event. Each new attendance of a session teaching a course emits
 * `training.completed` in the same transaction; the volunteers subgraph writes the training record (and announces it
 * back as `training.recorded`, which roles requiring the course read). Recording someone again adds nothing.
 */
export async function recordAttendance(
  ctx: Ctx,
  sessionId: string,
  rawVolunteerIds: string[],
): Promise<TrainingSessionEntity> {
  const [session] = await sessionsByIds(ctx.db, [requireUuid(sessionId, 'sessionId')]);
  if (!session) throw notFound('There is no training session with this id.');
  const event = await existingEvent(ctx, session.eventId);
  await requireOrganizer(ctx, event, 'record training attendance');
  const volunteerIds = [...new Set(wellFormedIds(rawVolunteerIds))];
  if (volunteerIds.length !== new Set(rawVolunteerIds).size || volunteerIds.length === 0 || volunteerIds.length > 500)
    throw badInput('volunteerIds must be 1 to 500 volunteer ids as returned by the API.', 'volunteerIds');
  const allowed = await screenedIn(ctx.db, event.id, volunteerIds);
  const strangers = volunteerIds.filter((v) => !allowed.has(v)).length;
  if (strangers > 0)
    throw appError(
      'NOT_SCREENED_IN',
      `${strangers} of these volunteers are not selected or on reserve for ${event.name}; screen them first.`,
    );
  await ctx.db.transaction(async (m) => {
    const fresh = await insertAttendances(m, session.id, volunteerIds);
    if (!session.courseCode) return;
    for (const a of fresh)
      await emit(m, 'training.completed', {
        attendanceId: a.id,
        volunteerId: a.volunteerId,
        courseCode: session.courseCode,
        completedOn: chengduToday(session.endsAt),
        studyHours: Number(session.studyHours),
        organizer: event.name,
      });
  });
  return session;
}
