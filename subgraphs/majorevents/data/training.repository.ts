import type { EntityManager } from 'typeorm';
import { wellFormedIds } from '../../kit/runtime/ids';
import { entities, exec, maybeOne, oneEntity, rows, type Db } from '../../kit/runtime/sql';
import { TrainingSessionEntity } from './training.entity';

export function insertSession(
  m: EntityManager,
  s: Pick<TrainingSessionEntity, 'eventId' | 'title' | 'courseCode' | 'startsAt' | 'endsAt' | 'studyHours'>,
): Promise<TrainingSessionEntity> {
  return oneEntity(
    m,
    TrainingSessionEntity,
    `INSERT INTO training_session (event_id, title, course_code, starts_at, ends_at, study_hours)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
    [s.eventId, s.title, s.courseCode, s.startsAt, s.endsAt, s.studyHours],
  );
}

export function sessionsByIds(db: Db, ids: readonly string[]): Promise<TrainingSessionEntity[]> {
  return entities(db, TrainingSessionEntity, 'SELECT * FROM training_session WHERE id = ANY($1)', [wellFormedIds(ids)]);
}

export function sessionsOfEvents(db: Db, eventIds: readonly string[]): Promise<TrainingSessionEntity[]> {
  return entities(
    db,
    TrainingSessionEntity,
    'SELECT * FROM training_session WHERE event_id = ANY($1) ORDER BY starts_at, id',
    [wellFormedIds(eventIds)],
  );
}

/** Records attendances; returns only the new ones (with their ids), so a repeat emits nothing twice. */
export function insertAttendances(
  m: EntityManager,
  sessionId: string,
  volunteerIds: string[],
): Promise<{ id: string; volunteerId: string }[]> {
  return rows(
    m,
    `INSERT INTO attendance (session_id, volunteer_id) SELECT $1, v FROM unnest($2::uuid[]) AS v
     ON CONFLICT (session_id, volunteer_id) DO NOTHING RETURNING id, volunteer_id AS "volunteerId"`,
    [sessionId, volunteerIds],
  );
}

export function attendeesOfSessions(
  db: Db,
  sessionIds: readonly string[],
): Promise<{ sessionId: string; volunteerId: string }[]> {
  return rows(
    db,
    `SELECT session_id AS "sessionId", volunteer_id AS "volunteerId" FROM attendance WHERE session_id = ANY($1)
      ORDER BY recorded_at, id`,
    [wellFormedIds(sessionIds)],
  );
}

/** Replica of `training.recorded`: a completed course is kept, a withdrawn one removed. */
export async function saveTrainingRecord(
  m: EntityManager,
  r: { volunteerId: string; courseCode: string; completedOn: string; removed: boolean },
): Promise<void> {
  if (r.removed) {
    await exec(m, 'DELETE FROM training_record WHERE volunteer_id = $1 AND course_code = $2', [
      r.volunteerId,
      r.courseCode,
    ]);
    return;
  }
  await exec(
    m,
    `INSERT INTO training_record (volunteer_id, course_code, completed_on) VALUES ($1, $2, $3)
     ON CONFLICT (volunteer_id, course_code) DO UPDATE SET completed_on = EXCLUDED.completed_on`,
    [r.volunteerId, r.courseCode, r.completedOn],
  );
}

export async function hasCourse(db: Db, volunteerId: string, courseCode: string): Promise<boolean> {
  return (
    (await maybeOne(db, 'SELECT 1 AS one FROM training_record WHERE volunteer_id = $1 AND course_code = $2', [
      volunteerId,
      courseCode,
    ])) !== null
  );
}

/** Of `volunteerIds`, those holding the course. */
export async function holdersOf(db: Db, courseCode: string, volunteerIds: string[]): Promise<Set<string>> {
  const found = await rows<{ volunteer_id: string }>(
    db,
    'SELECT volunteer_id FROM training_record WHERE course_code = $1 AND volunteer_id = ANY($2)',
    [courseCode, volunteerIds],
  );
  return new Set(found.map((r) => r.volunteer_id));
}

/** Demo attendances with fixed ids; a restart inserts nothing twice. */
export async function seedAttendances(
  db: Db,
  list: { id: string; sessionId: string; volunteerId: string; recordedAt: Date }[],
): Promise<void> {
  await exec(
    db,
    `INSERT INTO attendance (id, session_id, volunteer_id, recorded_at)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[]) ON CONFLICT DO NOTHING`,
    [
      list.map((a) => a.id),
      list.map((a) => a.sessionId),
      list.map((a) => a.volunteerId),
      list.map((a) => a.recordedAt),
    ],
  );
}
