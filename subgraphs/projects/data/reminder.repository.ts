import type { EntityManager } from 'typeorm';
import { maybeOne, one } from '../../kit/runtime/sql';

/** What a shift reminder checks when it is due: whether the place is still live and the shift where it was. */
export interface ShiftReminderFacts {
  status: string;
  volunteerId: string;
  projectId: string;
  projectTitle: string;
  projectStatus: string;
  shiftId: string;
  startsAt: Date;
}

export function shiftReminderFacts(m: EntityManager, signupId: string): Promise<ShiftReminderFacts | null> {
  return maybeOne<ShiftReminderFacts>(
    m,
    `SELECT s.status, s.volunteer_id AS "volunteerId", s.project_id AS "projectId", p.title AS "projectTitle",
            p.status AS "projectStatus", s.shift_id AS "shiftId", h.starts_at AS "startsAt"
       FROM signup s JOIN shift h ON h.id = s.shift_id JOIN project p ON p.id = s.project_id
      WHERE s.id = $1`,
    [signupId],
  );
}

/** An organization's pending records whose last day to confirm lies from `from` to `until` (YYYY-MM-DD). */
export function pendingNearDeadline(
  m: EntityManager,
  organizationId: string,
  from: string,
  until: string,
): Promise<{ records: number; earliestConfirmBy: string | null }> {
  return one(
    m,
    `SELECT count(*)::int AS records, to_char(min(r.confirm_by), 'YYYY-MM-DD') AS "earliestConfirmBy"
       FROM service_record r JOIN project p ON p.id = r.project_id
      WHERE p.organization_id = $1 AND r.status = 'PENDING' AND r.confirm_by BETWEEN $2::date AND $3::date`,
    [organizationId, from, until],
  );
}
