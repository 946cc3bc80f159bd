import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { emit, on } from '../../kit/runtime/event-catalogue';
import { appError, conflict, forbidden, notFound, unauthenticated } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import {
  coursesByCodes,
  insertCourse,
  insertRecord,
  isActiveVolunteer,
  lockRecord,
  markWithdrawn,
  recordById,
  type CourseRow,
  type TrainingRecordRow,
} from '../data/training.repository';
import {
  requireCompletedOn,
  requireCourseCode,
  requireStudyHours,
  validateCourse,
  type CourseInput,
} from '../rules/training';

/** Whether the caller acts as a listed admin of an organization (the request's loader). */
type AdministersOrganization = (organizationId: string) => Promise<boolean>;

/**
 * Who may act for a course's organizer: a city admin for any course, a listed admin of the organizing organization
 * for its own courses. A city course (no organization) is the city's alone.
 */
async function requireOrganizerAdmin(
  caller: Caller,
  administers: AdministersOrganization,
  organizationId: string | null,
  action: string,
): Promise<void> {
  if (caller.kind === 'anonymous') throw unauthenticated(`Sign in as an admin to ${action}.`);
  if (caller.kind === 'cityAdmin') return;
  if (caller.kind !== 'orgAdmin')
    throw forbidden(`Only the admins of the course's organizing organization, or city admins, ${action}.`);
  if (organizationId == null || !(await administers(organizationId)))
    throw forbidden(
      `Only the admins of the organization that organizes this course (or city admins) ${action}; ` +
        'this course is not one of your organization’s.',
    );
}

/** Tells projects (and majorevents) of a course, so projects can require it and name it. */
const announceCourse = (m: EntityManager, c: Pick<CourseRow, 'code' | 'name'>) =>
  emit(m, 'training.course', { courseCode: c.code, name: c.name });

/** Tells projects and majorevents that a volunteer holds (or no longer holds) a completed course. */
const announceRecord = (m: EntityManager, r: TrainingRecordRow, removed: boolean) =>
  emit(m, 'training.recorded', {
    volunteerId: r.volunteerId,
    courseCode: r.courseCode,
    completedOn: r.completedOn,
    removed,
  });

/**
 * A city admin adds a course of any organizer; an organization admin adds one organized by their own organization
 * (the course is linked to it, so only its admins record it).
 */
export async function createCourse(
  db: DataSource,
  caller: Caller,
  administers: AdministersOrganization,
  input: CourseInput,
): Promise<CourseRow> {
  if (caller.kind === 'anonymous') throw unauthenticated('Sign in as an admin to add a training course.');
  if (caller.kind !== 'cityAdmin' && caller.kind !== 'orgAdmin')
    throw forbidden('Only city admins and organization admins add training courses.');
  if (caller.kind === 'orgAdmin' && !(await administers(caller.organizationId)))
    throw forbidden('Your account is not (or no longer) an admin of this organization.');
  const course: CourseRow = {
    ...validateCourse(input),
    organizationId: caller.kind === 'orgAdmin' ? caller.organizationId : null,
  };
  return db.transaction(async (m) => {
    if (!(await insertCourse(m, course, caller.accountId)))
      throw conflict(`A training course with code ${course.code} exists already; choose another code.`);
    await announceCourse(m, course);
    return course;
  });
}

export interface RecordTrainingInput {
  volunteerId: string;
  courseCode: string;
  completedOn: string;
  studyHours?: number | null;
}

/** An admin of the course's organizer (or a city admin) records that a volunteer completed the course. */
export async function recordTraining(
  db: DataSource,
  caller: Caller,
  administers: AdministersOrganization,
  input: RecordTrainingInput,
): Promise<TrainingRecordRow> {
  requireUuid(input.volunteerId, 'input.volunteerId');
  const code = requireCourseCode(input.courseCode, 'input.courseCode');
  const completedOn = requireCompletedOn(input.completedOn, 'input.completedOn');
  const [course] = await coursesByCodes(db, [code]);
  if (!course) throw notFound(`No training course has code ${code}; see trainingCourses.`);
  await requireOrganizerAdmin(caller, administers, course.organizationId, 'record this course');
  const studyHours =
    input.studyHours == null ? course.studyHours : requireStudyHours(input.studyHours, 'input.studyHours');
  return db.transaction(async (m) => {
    if (!(await isActiveVolunteer(m, input.volunteerId))) throw notFound('No registered volunteer has this id.');
    const id = await insertRecord(m, {
      volunteerId: input.volunteerId,
      courseCode: code,
      completedOn,
      studyHours,
      organizer: course.organizer,
      organizationId: course.organizationId,
      attendanceId: null,
      recordedBy: caller.kind === 'anonymous' ? null : caller.accountId,
    });
    if (!id)
      throw appError(
        'TRAINING_ALREADY_RECORDED',
        `This volunteer already holds a record of 「${course.name}」; withdraw it first to record it again.`,
      );
    const record = (await recordById(m, id))!;
    await announceRecord(m, record, false);
    return record;
  });
}

/** The admins of the record's organizer (or a city admin) withdraw a record entered in error. */
export async function withdrawTraining(
  db: DataSource,
  caller: Caller,
  administers: AdministersOrganization,
  id: string,
): Promise<TrainingRecordRow> {
  requireUuid(id, 'id');
  return db.transaction(async (m) => {
    const record = await lockRecord(m, id);
    if (!record) throw notFound('No training record has this id.');
    await requireOrganizerAdmin(caller, administers, record.organizationId, 'withdraw this record');
    if (record.withdrawnAt) throw conflict('This training record is already withdrawn.');
    await markWithdrawn(m, id);
    await announceRecord(m, record, true);
    return (await recordById(m, id))!;
  });
}

/**
 * majorevents: a volunteer attended an event's training session teaching a course. Recorded once per attendance
 * (the attendance id is unique, withdrawn records included, so a replay never brings a withdrawn one back) and
 * once per course: a volunteer already holding the course keeps the record they hold. An attendance naming a
 * course the catalogue lacks, or a volunteer no longer registered, cannot become a record, and retrying would not
 * change that: it is acknowledged (the inbox keeps its id) and changes nothing.
 */
export const trainingCompleted = on('training.completed', async (p, { manager: m }) => {
  const [course] = await coursesByCodes(m, [p.courseCode]);
  if (!course || !(await isActiveVolunteer(m, p.volunteerId))) return;
  const id = await insertRecord(m, {
    volunteerId: p.volunteerId,
    courseCode: course.code,
    completedOn: p.completedOn,
    // The records keep tenths of an hour, as an admin enters them.
    studyHours: Math.max(0.1, Math.round(p.studyHours * 10) / 10),
    organizer: p.organizer,
    organizationId: course.organizationId,
    attendanceId: p.attendanceId,
    recordedBy: null,
  });
  if (id) await announceRecord(m, (await recordById(m, id))!, false);
});
