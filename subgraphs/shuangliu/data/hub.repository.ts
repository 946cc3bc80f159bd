import { wellFormedIds } from '../../kit/runtime/ids';
import { exec, maybeOne, one, rows, type Db } from '../../kit/runtime/sql';

/* Posts, slots and shifts at Shuangliu's hubs. Days are Chengdu calendar days. */

export interface PostRow {
  id: string;
  hub: string;
  name: string;
  active: boolean;
}

export interface SlotRow {
  id: string;
  postId: string;
  day: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  taken: number;
}

export interface ShiftRow {
  slotId: string;
  volunteerId: string;
  takenAt: Date;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
  hours: number | null;
}

const POST = 'id, hub, name, active';
const SLOT = `id, post_id AS "postId", day::text AS day, starts_at AS "startsAt", ends_at AS "endsAt", capacity, taken`;
const SHIFT = `slot_id AS "slotId", volunteer_id AS "volunteerId", taken_at AS "takenAt",
  checked_in_at AS "checkedInAt", checked_out_at AS "checkedOutAt", hours::float8 AS hours`;

/** The same columns where the statement joins shift (as h) to slot. */
const SHIFT_OF_H = `h.slot_id AS "slotId", h.volunteer_id AS "volunteerId", h.taken_at AS "takenAt",
  h.checked_in_at AS "checkedInAt", h.checked_out_at AS "checkedOutAt", h.hours::float8 AS hours`;

/** A new post, or null when the hub already has one of this name. */
export function insertPost(db: Db, hub: string, name: string, id: string | null = null): Promise<PostRow | null> {
  return maybeOne(
    db,
    `INSERT INTO post (id, hub, name) VALUES (coalesce($3::uuid, gen_random_uuid()), $1, $2)
     ON CONFLICT DO NOTHING RETURNING ${POST}`,
    [hub, name, id],
  );
}

export function setPostActive(db: Db, id: string, active: boolean): Promise<PostRow | null> {
  return maybeOne(db, `UPDATE post SET active = $2 WHERE id = $1 RETURNING ${POST}`, [id, active]);
}

export function postsByIds(db: Db, ids: readonly string[]): Promise<PostRow[]> {
  return rows(db, `SELECT ${POST} FROM post WHERE id = ANY($1)`, [wellFormedIds(ids)]);
}

/** A page of each hub's posts, active first then by name, in one statement; `after` is [inactive 0/1, name, id]. */
export function postsOfHubs(
  db: Db,
  hubs: readonly string[],
  size: number,
  after: (string | number)[] | null,
): Promise<PostRow[]> {
  return rows(
    db,
    `SELECT ${POST} FROM (
       SELECT ${POST}, row_number() OVER (PARTITION BY hub ORDER BY NOT active, name, id) AS n FROM post
        WHERE hub = ANY($1) AND ($2::int IS NULL OR (NOT active, name, id) > ($2::int = 1, $3::text, $4::uuid))
     ) p WHERE n <= $5 ORDER BY hub, NOT active, name, id`,
    [hubs, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, size],
  );
}

/** Adds a slot unless it overlaps another on the post's rota; the post's row is locked so two adds queue. */
export async function insertSlot(
  m: Db,
  s: Omit<SlotRow, 'id' | 'taken'> & { createdBy: string },
): Promise<SlotRow | 'OVERLAP'> {
  await exec(m, 'SELECT 1 FROM post WHERE id = $1 FOR UPDATE', [s.postId]);
  const clash = await maybeOne<{ clash: number }>(
    m,
    'SELECT 1 AS clash FROM slot WHERE post_id = $1 AND starts_at < $3 AND ends_at > $2',
    [s.postId, s.startsAt, s.endsAt],
  );
  if (clash) return 'OVERLAP';
  return one<SlotRow>(
    m,
    `INSERT INTO slot (post_id, day, starts_at, ends_at, capacity, created_by) VALUES ($1, $2, $3, $4, $5, $6)
     RETURNING ${SLOT}`,
    [s.postId, s.day, s.startsAt, s.endsAt, s.capacity, s.createdBy],
  );
}

export function slotsByIds(db: Db, ids: readonly string[]): Promise<SlotRow[]> {
  return rows(db, `SELECT ${SLOT} FROM slot WHERE id = ANY($1)`, [wellFormedIds(ids)]);
}

export function lockSlot(m: Db, id: string): Promise<SlotRow | null> {
  return maybeOne(m, `SELECT ${SLOT} FROM slot WHERE id = $1 FOR UPDATE`, [id]);
}

/** Never below the places already taken (the condition), so a late holder is never pushed out. */
export function setCapacity(m: Db, id: string, capacity: number): Promise<SlotRow | null> {
  return maybeOne(m, `UPDATE slot SET capacity = $2 WHERE id = $1 AND taken <= $2 RETURNING ${SLOT}`, [id, capacity]);
}

/** The rotas of these posts on one day, in one statement. */
export function rotasOf(db: Db, postIds: readonly string[], day: string): Promise<SlotRow[]> {
  return rows(db, `SELECT ${SLOT} FROM slot WHERE post_id = ANY($1) AND day = $2 ORDER BY starts_at, id`, [
    wellFormedIds(postIds),
    day,
  ]);
}

/** Serialises one volunteer's takes, so two overlapping slots taken at once cannot both pass the clash check. */
export async function lockVolunteer(m: Db, volunteerId: string): Promise<void> {
  await exec(m, "SELECT pg_advisory_xact_lock(hashtext('shuangliu.shift:' || $1))", [volunteerId]);
}

/** Another slot the volunteer holds that overlaps this one. */
export async function clashes(m: Db, volunteerId: string, slot: SlotRow): Promise<boolean> {
  const found = await maybeOne<{ clash: number }>(
    m,
    `SELECT 1 AS clash FROM shift h JOIN slot s ON s.id = h.slot_id
      WHERE h.volunteer_id = $1 AND s.id <> $2 AND s.starts_at < $4 AND s.ends_at > $3`,
    [volunteerId, slot.id, slot.startsAt, slot.endsAt],
  );
  return found !== null;
}

/**
 * Takes a place: one conditional UPDATE, so of any number of concurrent takers only as many as there are places
 * find `taken < capacity` (they queue on the slot's row); null when it was full.
 */
export async function takePlace(m: Db, slotId: string, volunteerId: string): Promise<ShiftRow | null> {
  const slot = await maybeOne<{ id: string }>(
    m,
    `UPDATE slot SET taken = taken + 1 WHERE id = $1 AND taken < capacity RETURNING id`,
    [slotId],
  );
  if (!slot) return null;
  return one<ShiftRow>(m, `INSERT INTO shift (slot_id, volunteer_id) VALUES ($1, $2) RETURNING ${SHIFT}`, [
    slotId,
    volunteerId,
  ]);
}

/** Gives a place back (not after check-in); false when the volunteer held none to give. */
export async function releasePlace(m: Db, slotId: string, volunteerId: string): Promise<boolean> {
  const gone = await exec(m, 'DELETE FROM shift WHERE slot_id = $1 AND volunteer_id = $2 AND checked_in_at IS NULL', [
    slotId,
    volunteerId,
  ]);
  if (gone) await exec(m, 'UPDATE slot SET taken = taken - 1 WHERE id = $1', [slotId]);
  return gone > 0;
}

export function shiftOf(db: Db, slotId: string, volunteerId: string): Promise<ShiftRow | null> {
  return maybeOne(db, `SELECT ${SHIFT} FROM shift WHERE slot_id = $1 AND volunteer_id = $2`, [slotId, volunteerId]);
}

/** First check-in only: a second changes nothing. */
export function checkIn(db: Db, slotId: string, volunteerId: string): Promise<ShiftRow | null> {
  return maybeOne(
    db,
    `UPDATE shift SET checked_in_at = coalesce(checked_in_at, date_trunc('milliseconds', now()))
      WHERE slot_id = $1 AND volunteer_id = $2 RETURNING ${SHIFT}`,
    [slotId, volunteerId],
  );
}

/**
 * First check-out only, after a check-in: the hours are the part of check-in to check-out that lies within the
 * slot's times (arriving early or staying late does not add; the slot is what was asked for), in hundredths.
 */
export function checkOut(db: Db, slotId: string, volunteerId: string): Promise<ShiftRow | null> {
  return maybeOne(
    db,
    `UPDATE shift h SET checked_out_at = date_trunc('milliseconds', now()),
       hours = round(greatest(0, extract(epoch FROM least(now(), s.ends_at) - greatest(h.checked_in_at, s.starts_at))
         / 3600)::numeric, 2)
      FROM slot s
      WHERE s.id = h.slot_id AND h.slot_id = $1 AND h.volunteer_id = $2 AND h.checked_in_at IS NOT NULL
        AND h.checked_out_at IS NULL
      RETURNING ${SHIFT_OF_H}`,
    [slotId, volunteerId],
  );
}

/** The caller's shifts on these slots, for `ShuangliuSlot.myShift` in one statement per page. */
export function shiftsOfVolunteer(db: Db, volunteerId: string, slotIds: readonly string[]): Promise<ShiftRow[]> {
  return rows(db, `SELECT ${SHIFT} FROM shift WHERE volunteer_id = $1 AND slot_id = ANY($2)`, [
    volunteerId,
    wellFormedIds(slotIds),
  ]);
}

/** A volunteer's shifts, latest taken first; `after` is [takenAt, slotId]. */
export function shiftsPage(
  db: Db,
  volunteerId: string,
  after: [string, string] | null,
  limit: number,
): Promise<ShiftRow[]> {
  return rows(
    db,
    `SELECT ${SHIFT} FROM shift WHERE volunteer_id = $1
        AND ($2::timestamptz IS NULL OR (taken_at, slot_id) < ($2, $3::uuid))
      ORDER BY taken_at DESC, slot_id DESC LIMIT $4`,
    [volunteerId, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

/** Hours and checked-out shifts per post, in one statement. */
export function postTotals(
  db: Db,
  postIds: readonly string[],
): Promise<{ postId: string; hours: number; shifts: number }[]> {
  return rows(
    db,
    `SELECT s.post_id AS "postId", coalesce(sum(h.hours), 0)::float8 AS hours, count(h.hours)::int AS shifts
       FROM slot s JOIN shift h ON h.slot_id = s.id WHERE s.post_id = ANY($1) GROUP BY s.post_id`,
    [wellFormedIds(postIds)],
  );
}

/** Hours and checked-out shifts per volunteer, in one statement. */
export function volunteerTotals(
  db: Db,
  volunteerIds: readonly string[],
): Promise<{ volunteerId: string; hours: number; shifts: number }[]> {
  return rows(
    db,
    `SELECT volunteer_id AS "volunteerId", coalesce(sum(hours), 0)::float8 AS hours, count(hours)::int AS shifts
       FROM shift WHERE volunteer_id = ANY($1) GROUP BY volunteer_id`,
    [wellFormedIds(volunteerIds)],
  );
}

export interface HubFigures {
  hub: string;
  activePosts: number;
  slots: number;
  places: number;
  placesTaken: number;
  checkIns: number;
  volunteers: number;
  hoursServed: number;
}

/** Each hub's figures over the days from `from` to `to` (null: open-ended), in one statement for all hubs. */
export function hubFigures(
  db: Db,
  hubs: readonly string[],
  from: string | null,
  to: string | null,
): Promise<HubFigures[]> {
  return rows(
    db,
    `WITH s AS (
       SELECT s.* , p.hub FROM slot s JOIN post p ON p.id = s.post_id
        WHERE p.hub = ANY($1) AND ($2::date IS NULL OR s.day >= $2) AND ($3::date IS NULL OR s.day <= $3)),
     h AS (SELECT s.hub, sh.* FROM s JOIN shift sh ON sh.slot_id = s.id)
     SELECT hub,
       (SELECT count(*) FROM post p WHERE p.hub = x.hub AND p.active)::int AS "activePosts",
       (SELECT count(*) FROM s WHERE s.hub = x.hub)::int AS slots,
       (SELECT coalesce(sum(capacity), 0) FROM s WHERE s.hub = x.hub)::int AS places,
       (SELECT coalesce(sum(taken), 0) FROM s WHERE s.hub = x.hub)::int AS "placesTaken",
       (SELECT count(checked_in_at) FROM h WHERE h.hub = x.hub)::int AS "checkIns",
       (SELECT count(DISTINCT volunteer_id) FILTER (WHERE checked_in_at IS NOT NULL) FROM h WHERE h.hub = x.hub)::int
         AS volunteers,
       (SELECT coalesce(sum(hours), 0) FROM h WHERE h.hub = x.hub)::float8 AS "hoursServed"
     FROM unnest($1::text[]) AS x (hub)`,
    [hubs, from, to],
  );
}

/** Demo history: a shift as it would have been taken, checked in and out (only where absent). */
export async function seedShift(db: Db, s: ShiftRow): Promise<void> {
  const added = await exec(
    db,
    `INSERT INTO shift (slot_id, volunteer_id, taken_at, checked_in_at, checked_out_at, hours)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
    [s.slotId, s.volunteerId, s.takenAt, s.checkedInAt, s.checkedOutAt, s.hours],
  );
  if (added) await exec(db, 'UPDATE slot SET taken = taken + 1 WHERE id = $1', [s.slotId]);
}

/** A demo slot (the seed adds one only on a day whose rota is empty). */
export function seedSlot(db: Db, s: Omit<SlotRow, 'id' | 'taken'> & { createdBy: string }): Promise<SlotRow> {
  return one(
    db,
    `INSERT INTO slot (post_id, day, starts_at, ends_at, capacity, created_by) VALUES ($1, $2, $3, $4, $5, $6)
     RETURNING ${SLOT}`,
    [s.postId, s.day, s.startsAt, s.endsAt, s.capacity, s.createdBy],
  );
}
