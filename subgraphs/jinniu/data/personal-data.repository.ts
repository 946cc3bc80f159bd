import type { DataSource, EntityManager } from 'typeorm';
import { exec, maybeOne, rows } from '../../kit/runtime/sql';
import { removeMember } from './roster.repository';

/**
 * What Jinniu's standby roster holds about one person (issue 11.3): their membership (skills and weekly windows)
 * and every alert offered to them with their answer, all keyed by the random volunteer id.
 */
export async function jinniuDataOf(db: DataSource, volunteerId: string) {
  const [membership, offers] = await Promise.all([
    maybeOne(
      db,
      `SELECT m.skills, m.joined_at AS "joinedAt", m.updated_at AS "updatedAt",
              coalesce((SELECT json_agg(json_build_object('weekday', w.weekday, 'fromMinute', w.from_minute,
                 'toMinute', w.to_minute) ORDER BY w.weekday, w.from_minute)
               FROM standby_window w WHERE w.volunteer_id = m.volunteer_id), '[]') AS windows
         FROM standby_member m WHERE m.volunteer_id = $1`,
      [volunteerId],
    ),
    rows(
      db,
      `SELECT o.alert_id AS "alertId", a.skill, a.place, a.starts_at AS "startsAt", o.status,
              o.offered_at AS "offeredAt", o.answered_at AS "answeredAt"
         FROM alert_offer o JOIN alert a ON a.id = o.alert_id WHERE o.volunteer_id = $1
        ORDER BY o.offered_at, o.alert_id`,
      [volunteerId],
    ),
  ]);
  return { standbyMembership: membership, offers };
}

/**
 * Deregistration: an accepted place on an alert still to come (open or filled) is given back, reopening a filled
 * alert so the district sees it is a person short; offers still waiting are withdrawn and the membership and its
 * windows go (as leaving the pool does). The alerts are locked first, in id order, under the same row lock an
 * acceptance takes, so an erasure racing an acceptance queues and the accepted count never drifts. Answers to past
 * or cancelled alerts stay under the random id alone (de-identified: the replica no longer says whose it was); the
 * alerts' figures count them.
 */
export async function eraseJinniuPerson(m: EntityManager, volunteerId: string): Promise<void> {
  await rows(
    m,
    `SELECT a.id FROM alert a JOIN alert_offer o ON o.alert_id = a.id
      WHERE o.volunteer_id = $1 AND ((o.status = 'OFFERED' AND a.status = 'OPEN')
         OR (o.status = 'ACCEPTED' AND a.status IN ('OPEN', 'FILLED') AND a.starts_at > now()))
      ORDER BY a.id FOR UPDATE OF a`,
    [volunteerId],
  );
  await exec(
    m,
    `WITH gone AS (
       DELETE FROM alert_offer o USING alert a
        WHERE o.alert_id = a.id AND o.volunteer_id = $1 AND o.status = 'ACCEPTED'
          AND a.status IN ('OPEN', 'FILLED') AND a.starts_at > now()
       RETURNING o.alert_id)
     UPDATE alert SET offered_count = offered_count - 1, accepted_count = accepted_count - 1, status = 'OPEN',
       filled_at = NULL
      WHERE id IN (SELECT alert_id FROM gone)`,
    [volunteerId],
  );
  await removeMember(m, volunteerId);
}
