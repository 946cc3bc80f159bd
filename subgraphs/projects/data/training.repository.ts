import type { EventPayload } from '../../kit/runtime/event-catalogue';
import { exec, maybeOne, type Db } from '../../kit/runtime/sql';

/* What projects keeps of training (the volunteers subgraph owns it): course names, and who completed which course. */

/** The newest announcement of a course wins (a rename reaches refusals' messages). */
export function saveCourse(db: Db, p: EventPayload<'training.course'>): Promise<number> {
  return exec(
    db,
    `INSERT INTO training_course_replica (code, name) VALUES ($1, $2)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name`,
    [p.courseCode, p.name],
  );
}

/** The course's name; null for a code the volunteers subgraph never announced. */
export async function courseName(db: Db, code: string): Promise<string | null> {
  const row = await maybeOne<{ name: string }>(db, 'SELECT name FROM training_course_replica WHERE code = $1', [code]);
  return row?.name ?? null;
}

/**
 * A record added or withdrawn. The volunteers subgraph announces one volunteer's records in the order it changed
 * them, so the last announcement stands: a withdrawal deletes, a record (again) inserts or refreshes.
 */
export function saveCompletedCourse(db: Db, p: EventPayload<'training.recorded'>): Promise<number> {
  if (p.removed)
    return exec(db, 'DELETE FROM completed_course WHERE volunteer_id = $1 AND course_code = $2', [
      p.volunteerId,
      p.courseCode,
    ]);
  return exec(
    db,
    `INSERT INTO completed_course (volunteer_id, course_code, completed_on) VALUES ($1, $2, $3)
     ON CONFLICT (volunteer_id, course_code) DO UPDATE SET completed_on = EXCLUDED.completed_on`,
    [p.volunteerId, p.courseCode, p.completedOn],
  );
}

export async function holdsCourse(db: Db, volunteerId: string, code: string): Promise<boolean> {
  const row = await maybeOne(db, 'SELECT 1 FROM completed_course WHERE volunteer_id = $1 AND course_code = $2', [
    volunteerId,
    code,
  ]);
  return row != null;
}

/** A deregistered volunteer's completed courses: the replica holds nothing about a person no longer registered. */
export function eraseCompletedCourses(db: Db, volunteerId: string): Promise<number> {
  return exec(db, 'DELETE FROM completed_course WHERE volunteer_id = $1', [volunteerId]);
}
