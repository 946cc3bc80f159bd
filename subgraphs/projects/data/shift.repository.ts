import crypto from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { wellFormedIds } from '../../kit/runtime/ids';
import { entities, exec, maybeEntity, maybeOne, one, oneEntity } from '../../kit/runtime/sql';
import { ShiftEntity } from './shift.entity';

export function shiftsByIds(db: DataSource, ids: readonly string[]): Promise<ShiftEntity[]> {
  return entities(db, ShiftEntity, 'SELECT * FROM shift WHERE id = ANY($1)', [wellFormedIds(ids)]);
}

/** Every shift of many projects in one statement, earliest first. */
export function shiftsOfProjects(db: DataSource, projectIds: readonly string[]): Promise<ShiftEntity[]> {
  return entities(db, ShiftEntity, 'SELECT * FROM shift WHERE project_id = ANY($1) ORDER BY starts_at, id', [
    wellFormedIds(projectIds),
  ]);
}

/** A shift read inside a transaction, without a lock (its sign-up is the locked row). */
export function shiftById(m: EntityManager, id: string): Promise<ShiftEntity | null> {
  return maybeEntity(m, ShiftEntity, 'SELECT * FROM shift WHERE id = $1', [id]);
}

/** The project a shift belongs to; null when there is no such shift. */
export async function projectOfShift(m: EntityManager, shiftId: string): Promise<string | null> {
  const row = await maybeOne<{ project_id: string }>(m, 'SELECT project_id FROM shift WHERE id = $1', [shiftId]);
  return row?.project_id ?? null;
}

/** Six digits a volunteer types at the site; easy to read aloud, hard to guess in the few tries allowed. */
export function newCheckinCode(): string {
  return crypto.randomInt(0, 1_000_000).toString().padStart(6, '0');
}

/** Inserts shifts in one statement; they come back in the order given. */
export function insertShifts(
  m: EntityManager,
  projectId: string,
  shifts: { startsAt: Date; endsAt: Date; capacity: number; waitlistCapacity: number }[],
): Promise<ShiftEntity[]> {
  return entities(
    m,
    ShiftEntity,
    `INSERT INTO shift (project_id, starts_at, ends_at, capacity, waitlist_capacity, checkin_code)
     SELECT $1, s, e, c, w, k FROM unnest($2::timestamptz[], $3::timestamptz[], $4::int[], $5::int[], $6::varchar[])
       WITH ORDINALITY AS t(s, e, c, w, k, n) ORDER BY n
     RETURNING *`,
    [
      projectId,
      shifts.map((s) => s.startsAt),
      shifts.map((s) => s.endsAt),
      shifts.map((s) => s.capacity),
      shifts.map((s) => s.waitlistCapacity),
      shifts.map(() => newCheckinCode()),
    ],
  );
}

/** Writes a locked shift's places and counts. */
export async function setShiftPlaces(m: EntityManager, shift: ShiftEntity): Promise<void> {
  await exec(
    m,
    'UPDATE shift SET capacity = $2, waitlist_capacity = $3, signed_up = $4, waitlisted = $5 WHERE id = $1',
    [shift.id, shift.capacity, shift.waitlistCapacity, shift.signedUp, shift.waitlisted],
  );
}

/** First and last shift day (Asia/Shanghai) of a project, or nulls without shifts. */
export function shiftSpan(
  m: EntityManager,
  projectId: string,
): Promise<{ first: string | null; last: string | null; upcoming: number }> {
  return one(
    m,
    `SELECT to_char(min(starts_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') AS first,
            to_char(max(starts_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') AS last,
            count(*) FILTER (WHERE ends_at > now() AND cancelled_at IS NULL)::int AS upcoming
       FROM shift WHERE project_id = $1`,
    [projectId],
  );
}

/** Places still free on shifts that have not started and were not cancelled. */
export function freePlaces(shifts: ShiftEntity[], now = Date.now()): number {
  return shifts.reduce((n, s) => n + (s.startsAt.getTime() > now && !s.cancelledAt ? s.capacity - s.signedUp : 0), 0);
}

/** Moves a locked shift; its places and sign-ups stay. */
export async function setShiftTimes(m: EntityManager, shiftId: string, startsAt: Date, endsAt: Date): Promise<void> {
  await exec(m, 'UPDATE shift SET starts_at = $2, ends_at = $3 WHERE id = $1', [shiftId, startsAt, endsAt]);
}

/** Cancels a locked shift: no places held or waited for any more. */
export function markShiftCancelled(m: EntityManager, shiftId: string, reason: string): Promise<ShiftEntity> {
  return oneEntity(
    m,
    ShiftEntity,
    `UPDATE shift SET cancelled_at = clock_timestamp(), cancel_reason = $2, signed_up = 0, waitlisted = 0
      WHERE id = $1 RETURNING *`,
    [shiftId, reason],
  );
}
