import type { EntityManager } from 'typeorm';
import { exec, rows, type Db } from '../../kit/runtime/sql';

/**
 * Deregistration (issue 11.3): the forms (skills, languages, availability) go; applications to events still to come
 * are withdrawn and their places freed; deployments into shifts still to come go and free their places. What stays
 * (past decisions, attendances, served hours) is keyed by the random volunteer id alone and keeps the figures true.
 */
export async function eraseVolunteer(m: EntityManager, volunteerId: string): Promise<void> {
  await exec(
    m,
    `WITH old AS (
       SELECT a.id, a.role_id, a.status FROM application a JOIN major_event e ON e.id = a.event_id
        WHERE a.volunteer_id = $1 AND a.status IN ('APPLIED', 'SELECTED', 'RESERVE') AND e.ends_on >= current_date
        FOR UPDATE OF a),
     withdrawn AS (UPDATE application SET status = 'WITHDRAWN', decided_at = now() WHERE id IN (SELECT id FROM old))
     UPDATE event_role r SET selected_count = r.selected_count - c.n
       FROM (SELECT role_id, count(*)::int AS n FROM old WHERE status = 'SELECTED' GROUP BY role_id) c
      WHERE r.id = c.role_id`,
    [volunteerId],
  );
  await exec(m, `UPDATE application SET skills = '{}', languages = '{}', availability = '' WHERE volunteer_id = $1`, [
    volunteerId,
  ]);
  await exec(
    m,
    `WITH gone AS (
       DELETE FROM deployment d USING event_shift s
        WHERE d.shift_id = s.id AND d.volunteer_id = $1 AND s.starts_at > now() RETURNING d.shift_id)
     UPDATE event_shift s SET deployed_count = s.deployed_count - c.n
       FROM (SELECT shift_id, count(*)::int AS n FROM gone GROUP BY shift_id) c WHERE s.id = c.shift_id`,
    [volunteerId],
  );
  await exec(m, 'DELETE FROM training_record WHERE volunteer_id = $1', [volunteerId]);
}

/** The person's section of their personal-data export (issue 11.1): what this subgraph holds about them. */
export interface ExportedMajorEvents {
  applications: unknown[];
  attendances: unknown[];
  deployments: unknown[];
}

/**
 * One statement for the whole section, oldest first in each list: applications with their form and the decision,
 * training attendances, deployments with the hours recorded (null until recorded).
 */
export async function exportedMajorEvents(db: Db, volunteerId: string): Promise<ExportedMajorEvents> {
  const [row] = await rows<ExportedMajorEvents>(
    db,
    `SELECT
       (SELECT coalesce(json_agg(json_build_object(
                 'event', e.name, 'role', r.name, 'skills', a.skills, 'languages', a.languages,
                 'availability', a.availability, 'status', a.status, 'reason', a.reason,
                 'appliedAt', a.applied_at, 'decidedAt', a.decided_at) ORDER BY a.applied_at, a.id), '[]')
          FROM application a JOIN event_role r ON r.id = a.role_id JOIN major_event e ON e.id = a.event_id
         WHERE a.volunteer_id = $1) AS applications,
       (SELECT coalesce(json_agg(json_build_object(
                 'event', e.name, 'session', s.title, 'courseCode', s.course_code, 'startsAt', s.starts_at,
                 'endsAt', s.ends_at, 'studyHours', s.study_hours, 'recordedAt', t.recorded_at)
                 ORDER BY s.starts_at, t.id), '[]')
          FROM attendance t JOIN training_session s ON s.id = t.session_id JOIN major_event e ON e.id = s.event_id
         WHERE t.volunteer_id = $1) AS attendances,
       (SELECT coalesce(json_agg(json_build_object(
                 'event', e.name, 'role', r.name, 'startsAt', s.starts_at, 'endsAt', s.ends_at,
                 'hours', d.hours, 'deployedAt', d.deployed_at) ORDER BY s.starts_at, d.id), '[]')
          FROM deployment d JOIN event_shift s ON s.id = d.shift_id JOIN major_event e ON e.id = d.event_id
          LEFT JOIN event_role r ON r.id = s.role_id
         WHERE d.volunteer_id = $1) AS deployments`,
    [volunteerId],
  );
  return row;
}
