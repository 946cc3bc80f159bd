import type { DataSource, EntityManager } from 'typeorm';
import { exec, maybeOne, rows } from '../../kit/runtime/sql';

/**
 * What this subgraph holds about one person, for their data export and their deregistration (issue 11.3): sign-ups,
 * service records, hours correction requests and the calendar feed, all keyed by the random volunteer id.
 */

export function exportedSignups(db: DataSource, volunteerId: string) {
  return rows(
    db,
    `SELECT s.id, s.project_id AS "projectId", p.title AS "projectTitle", s.shift_id AS "shiftId",
            sh.starts_at AS "shiftStartsAt", sh.ends_at AS "shiftEndsAt", s.status, s.created_at AS "signedUpAt",
            s.promoted_at AS "promotedAt", s.cancelled_at AS "cancelledAt", s.checked_in_at AS "checkedInAt",
            s.checked_out_at AS "checkedOutAt"
       FROM signup s JOIN shift sh ON sh.id = s.shift_id JOIN project p ON p.id = s.project_id
      WHERE s.volunteer_id = $1 ORDER BY sh.starts_at, s.id`,
    [volunteerId],
  );
}

export function exportedRecords(db: DataSource, volunteerId: string) {
  return rows(
    db,
    `SELECT r.id, r.project_id AS "projectId", p.title AS "projectTitle", to_char(r.served_on, 'YYYY-MM-DD') AS
            "servedOn", r.hours::float8 AS hours, r.status, r.confirmed_at AS "confirmedAt",
            r.reject_reason AS "rejectReason", r.created_at AS "createdAt"
       FROM service_record r JOIN project p ON p.id = r.project_id
      WHERE r.volunteer_id = $1 ORDER BY r.served_on, r.id`,
    [volunteerId],
  );
}

export function exportedCorrections(db: DataSource, volunteerId: string) {
  return rows(
    db,
    `SELECT id, record_id AS "recordId", requested_hours::float8 AS "requestedHours",
            previous_hours::float8 AS "previousHours", reason, status, response, created_at AS "createdAt",
            resolved_at AS "resolvedAt"
       FROM correction_request WHERE volunteer_id = $1 ORDER BY created_at, id`,
    [volunteerId],
  );
}

export function exportedFeed(db: DataSource, volunteerId: string) {
  return maybeOne<{ token: string; createdAt: Date }>(
    db,
    'SELECT token, created_at AS "createdAt" FROM calendar_feed WHERE volunteer_id = $1',
    [volunteerId],
  );
}

/** The person's live sign-ups on shifts not started yet, with their shifts: the places deregistration frees. */
export function futureLiveSignups(m: EntityManager, volunteerId: string) {
  return rows<{ id: string; shiftId: string }>(
    m,
    `SELECT s.id, s.shift_id AS "shiftId" FROM signup s JOIN shift sh ON sh.id = s.shift_id
      WHERE s.volunteer_id = $1 AND s.status <> 'CANCELLED' AND sh.starts_at > now()
      ORDER BY sh.id`,
    [volunteerId],
  );
}

/**
 * What goes with the person: the calendar feed (a secret of theirs) and idempotency keys (chosen by their app).
 * Sign-ups and records stay, keyed by the random id alone. (Their notifications are the notifications subgraph's.)
 */
export async function eraseActivityTraces(m: EntityManager, volunteerId: string): Promise<void> {
  await exec(m, 'DELETE FROM calendar_feed WHERE volunteer_id = $1', [volunteerId]);
  await exec(m, 'UPDATE signup SET idempotency_key = NULL WHERE volunteer_id = $1 AND idempotency_key IS NOT NULL', [
    volunteerId,
  ]);
  // A correction's reason is the volunteer's own words; the hours it asked for stay with the record.
  await exec(m, `UPDATE correction_request SET reason = '' WHERE volunteer_id = $1`, [volunteerId]);
}
