import type { DataSource, EntityManager } from 'typeorm';
import { exec, rows } from '../../kit/runtime/sql';

/**
 * What Wuhou's needs board holds about one person (issue 11.3): the needs they took as a volunteer (with honor
 * hours) and the needs they posted as a resident under the same account (with the contact they left).
 */
export async function wuhouDataOf(db: DataSource, volunteerId: string, accountId: string) {
  const [taken, posted] = await Promise.all([
    rows(
      db,
      `SELECT id, title, street, community, status, taken_at AS "takenAt", done_at AS "doneAt",
              honor_hours::float8 AS "honorHours"
         FROM need WHERE taker_volunteer_id = $1 ORDER BY taken_at, id`,
      [volunteerId],
    ),
    rows(
      db,
      `SELECT id, title, details, street, community, needed_at AS "neededAt", urgency, phone,
              address_detail AS "addressDetail", status, posted_at AS "postedAt"
         FROM need WHERE resident_account = $1 ORDER BY posted_at, id`,
      [accountId],
    ),
  ]);
  return { needsTaken: taken, needsPosted: posted };
}

/**
 * Deregistration: needs the person posted and nobody finished are cancelled, and every need they posted loses the
 * phone and door they left (a need a volunteer took stays, with its honor hours, under the taker's random id).
 */
export async function eraseWuhouPerson(m: EntityManager, accountId: string): Promise<void> {
  await exec(
    m,
    `UPDATE need SET status = 'CANCELLED', taker_volunteer_id = NULL, taken_at = NULL
      WHERE resident_account = $1 AND status IN ('OPEN', 'TAKEN')`,
    [accountId],
  );
  await exec(m, `UPDATE need SET phone = '', address_detail = '' WHERE resident_account = $1`, [accountId]);
}
