import type { DataSource, EntityManager } from 'typeorm';
import { exec, rows } from '../../kit/runtime/sql';

/**
 * What Shuangliu's hub service holds about one person (issue 11.3): their shifts, with the hub, post and slot times,
 * check-in and check-out times and the hours between, keyed by the random volunteer id.
 */
export async function shuangliuDataOf(db: DataSource, volunteerId: string) {
  const shifts = await rows(
    db,
    `SELECT h.slot_id AS "slotId", p.hub, p.name AS post, s.starts_at AS "startsAt", s.ends_at AS "endsAt",
            h.taken_at AS "takenAt", h.checked_in_at AS "checkedInAt", h.checked_out_at AS "checkedOutAt",
            h.hours::float8 AS hours
       FROM shift h JOIN slot s ON s.id = h.slot_id JOIN post p ON p.id = s.post_id
      WHERE h.volunteer_id = $1 ORDER BY s.starts_at, h.slot_id`,
    [volunteerId],
  );
  return { shifts };
}

/**
 * Deregistration: places on slots that have not started are given back, each slot's taken count with them. The
 * slots are locked in id order first: a taker holds one slot's row, so an erasure queues behind it, never across.
 * Past shifts stay, with their hours, under the random volunteer id alone: de-identified (the replica no longer says
 * whose the id was), like the projects' service records, so the hubs' and posts' figures stay right.
 */
export async function eraseShuangliuPerson(m: EntityManager, volunteerId: string): Promise<void> {
  await rows(
    m,
    `SELECT s.id FROM slot s JOIN shift h ON h.slot_id = s.id
      WHERE h.volunteer_id = $1 AND h.checked_in_at IS NULL AND s.starts_at > now() ORDER BY s.id FOR UPDATE OF s`,
    [volunteerId],
  );
  // One shift per volunteer and slot (the key): each freed slot gives back exactly one place.
  await exec(
    m,
    `WITH gone AS (
       DELETE FROM shift h USING slot s
        WHERE s.id = h.slot_id AND h.volunteer_id = $1 AND h.checked_in_at IS NULL AND s.starts_at > now()
       RETURNING h.slot_id)
     UPDATE slot SET taken = taken - 1 WHERE id IN (SELECT slot_id FROM gone)`,
    [volunteerId],
  );
}
