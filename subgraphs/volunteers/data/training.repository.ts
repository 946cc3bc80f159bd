import { exec, maybeOne, rows, type Db } from '../../kit/runtime/sql';

/** A course of the training catalogue. `organizationId` null: a course of the city's own. */
export interface CourseRow {
  code: string;
  name: string;
  content: string;
  studyHours: number;
  organizationId: string | null;
  organizer: string;
}

/** A volunteer's training record, with its course's name and content (what a record and a proof print). */
export interface TrainingRecordRow {
  id: string;
  volunteerId: string;
  courseCode: string;
  courseName: string;
  courseContent: string;
  completedOn: string;
  studyHours: number;
  organizer: string;
  organizationId: string | null;
  /** The event training attendance it came from; null for a record an admin added. */
  attendanceId: string | null;
  recordedAt: Date;
  withdrawnAt: Date | null;
}

const COURSE_COLUMNS = `code, name, content, study_hours::float8 AS "studyHours", organization_id AS "organizationId",
  organizer`;

const RECORD_COLUMNS = `r.id, r.volunteer_id AS "volunteerId", r.course_code AS "courseCode", c.name AS "courseName",
  c.content AS "courseContent", to_char(r.completed_on, 'YYYY-MM-DD') AS "completedOn",
  r.study_hours::float8 AS "studyHours", r.organizer, r.organization_id AS "organizationId",
  r.attendance_id AS "attendanceId", r.recorded_at AS "recordedAt", r.withdrawn_at AS "withdrawnAt"`;

export function coursesByCodes(db: Db, codes: readonly string[]): Promise<CourseRow[]> {
  return rows(db, `SELECT ${COURSE_COLUMNS} FROM training_course WHERE code = ANY($1::text[])`, [[...codes]]);
}

/** The whole catalogue (a few dozen courses at most), by code. */
export function allCourses(db: Db): Promise<CourseRow[]> {
  return rows(db, `SELECT ${COURSE_COLUMNS} FROM training_course ORDER BY code`);
}

/** Adds a course; false when the code is taken. */
export async function insertCourse(db: Db, c: CourseRow, createdBy: string | null): Promise<boolean> {
  const added = await exec(
    db,
    `INSERT INTO training_course (code, name, content, study_hours, organization_id, organizer, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (code) DO NOTHING`,
    [c.code, c.name, c.content, c.studyHours, c.organizationId, c.organizer, createdBy],
  );
  return added === 1;
}

/** Live (not withdrawn) records of each volunteer, the most recent first. */
export function liveRecordsOf(db: Db, volunteerIds: readonly string[]): Promise<TrainingRecordRow[]> {
  return rows(
    db,
    `SELECT ${RECORD_COLUMNS} FROM training_record r JOIN training_course c ON c.code = r.course_code
      WHERE r.volunteer_id = ANY($1::uuid[]) AND r.withdrawn_at IS NULL
      ORDER BY r.completed_on DESC, r.course_code`,
    [[...volunteerIds]],
  );
}

/** Every record of a volunteer, withdrawn ones included (their data export). */
export function allRecordsOf(db: Db, volunteerId: string): Promise<TrainingRecordRow[]> {
  return rows(
    db,
    `SELECT ${RECORD_COLUMNS} FROM training_record r JOIN training_course c ON c.code = r.course_code
      WHERE r.volunteer_id = $1 ORDER BY r.recorded_at DESC`,
    [volunteerId],
  );
}

/** One record, locked for its withdrawal. */
export function lockRecord(db: Db, id: string): Promise<TrainingRecordRow | null> {
  return maybeOne(
    db,
    `SELECT ${RECORD_COLUMNS} FROM training_record r JOIN training_course c ON c.code = r.course_code
      WHERE r.id = $1 FOR UPDATE OF r`,
    [id],
  );
}

export interface NewTrainingRecord {
  volunteerId: string;
  courseCode: string;
  completedOn: string;
  studyHours: number;
  organizer: string;
  organizationId: string | null;
  attendanceId: string | null;
  recordedBy: string | null;
}

/**
 * Writes a record unless the volunteer already holds a live one of the course, or the attendance was recorded
 * before (withdrawn or not): then nothing, and null. The partial unique index decides, so two writers racing for
 * the same course leave one record.
 */
export async function insertRecord(db: Db, r: NewTrainingRecord): Promise<string | null> {
  const row = await maybeOne<{ id: string }>(
    db,
    `INSERT INTO training_record (volunteer_id, course_code, completed_on, study_hours, organizer, organization_id,
       attendance_id, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING RETURNING id`,
    [
      r.volunteerId,
      r.courseCode,
      r.completedOn,
      r.studyHours,
      r.organizer,
      r.organizationId,
      r.attendanceId,
      r.recordedBy,
    ],
  );
  return row?.id ?? null;
}

export function markWithdrawn(db: Db, id: string): Promise<number> {
  return exec(db, 'UPDATE training_record SET withdrawn_at = now() WHERE id = $1 AND withdrawn_at IS NULL', [id]);
}

/** A record by id, as it stands (after a change). */
export function recordById(db: Db, id: string): Promise<TrainingRecordRow | null> {
  return maybeOne(
    db,
    `SELECT ${RECORD_COLUMNS} FROM training_record r JOIN training_course c ON c.code = r.course_code WHERE r.id = $1`,
    [id],
  );
}

/** Whether a registration is active, read under a share lock so a deregistration cannot slip in between. */
export async function isActiveVolunteer(db: Db, volunteerId: string): Promise<boolean> {
  const row = await maybeOne(db, `SELECT 1 FROM volunteer WHERE id = $1 AND status = 'ACTIVE' FOR SHARE`, [
    volunteerId,
  ]);
  return row != null;
}
