import { wellFormedIds } from '../../kit/runtime/ids';
import { exec, maybeOne, one, rows, type Db } from '../../kit/runtime/sql';

/* Longquanyi's star accounts, the record hours behind them, awards, call-ins and no-shows. */

export interface AccountRow {
  volunteerId: string;
  hours: number;
  awardedPoints: number;
  calledIn: number;
}

export interface CallInRow {
  id: string;
  volunteerId: string;
  hours: number;
  service: string;
  createdAt: Date;
}

export interface AwardRow {
  id: string;
  volunteerId: string;
  points: number;
  reason: string;
}

const ACCOUNT = `volunteer_id AS "volunteerId", hours::float8 AS hours, awarded_points AS "awardedPoints",
  called_in::float8 AS "calledIn"`;
const CALL_IN = `id, volunteer_id AS "volunteerId", hours::float8 AS hours, service, created_at AS "createdAt"`;
const AWARD = `id, volunteer_id AS "volunteerId", points, reason`;

export function accountsByIds(db: Db, ids: readonly string[]): Promise<AccountRow[]> {
  return rows(db, `SELECT ${ACCOUNT} FROM star_account WHERE volunteer_id = ANY($1)`, [wellFormedIds(ids)]);
}

/** The account, created empty if need be, locked until the transaction ends: one volunteer's moves queue here. */
export async function lockAccount(db: Db, volunteerId: string): Promise<AccountRow> {
  await exec(db, 'INSERT INTO star_account (volunteer_id) VALUES ($1) ON CONFLICT DO NOTHING', [volunteerId]);
  return one(db, `SELECT ${ACCOUNT} FROM star_account WHERE volunteer_id = $1 FOR UPDATE`, [volunteerId]);
}

/** The hours a record counted so far (null when new), and the new count saved. */
export async function swapRecordHours(
  db: Db,
  recordId: string,
  volunteerId: string,
  hours: number,
): Promise<number | null> {
  const before = await maybeOne<{ hours: number }>(
    db,
    'SELECT hours::float8 AS hours FROM record_hours WHERE record_id = $1 FOR UPDATE',
    [recordId],
  );
  await exec(
    db,
    `INSERT INTO record_hours (record_id, volunteer_id, hours) VALUES ($1, $2, $3)
     ON CONFLICT (record_id) DO UPDATE SET hours = EXCLUDED.hours`,
    [recordId, volunteerId, hours],
  );
  return before?.hours ?? null;
}

/**
 * Adds (or, after a correction down, takes) served hours. A correction never takes hours already called in: the
 * served total stays at least what was called in, so the CHECK holds.
 */
export function addServedHours(db: Db, volunteerId: string, delta: number): Promise<number> {
  return exec(db, 'UPDATE star_account SET hours = greatest(hours + $2, called_in) WHERE volunteer_id = $1', [
    volunteerId,
    delta,
  ]);
}

export function awardByKey(db: Db, key: string): Promise<AwardRow | null> {
  return maybeOne(db, `SELECT ${AWARD} FROM point_award WHERE idempotency_key = $1`, [key]);
}

/** The award, or null when another request took the key meanwhile. */
export async function insertAward(
  db: Db,
  a: { volunteerId: string; points: number; reason: string; awardedBy: string; key: string },
): Promise<AwardRow | null> {
  const row = await maybeOne<AwardRow>(
    db,
    `INSERT INTO point_award (volunteer_id, points, reason, awarded_by, idempotency_key) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (idempotency_key) DO NOTHING RETURNING ${AWARD}`,
    [a.volunteerId, a.points, a.reason, a.awardedBy, a.key],
  );
  if (row)
    await exec(db, 'UPDATE star_account SET awarded_points = awarded_points + $2 WHERE volunteer_id = $1', [
      a.volunteerId,
      a.points,
    ]);
  return row;
}

export function callInByKey(db: Db, volunteerId: string, key: string): Promise<CallInRow | null> {
  return maybeOne(db, `SELECT ${CALL_IN} FROM call_in WHERE volunteer_id = $1 AND idempotency_key = $2`, [
    volunteerId,
    key,
  ]);
}

/**
 * Deducts the hours from the bank only while they are there (one conditional update on the locked account) and
 * writes the call-in; null when the bank is short.
 */
export async function insertCallIn(
  db: Db,
  c: { volunteerId: string; hours: number; service: string; key: string },
): Promise<CallInRow | null> {
  const deducted = await exec(
    db,
    'UPDATE star_account SET called_in = called_in + $2 WHERE volunteer_id = $1 AND hours - called_in >= $2',
    [c.volunteerId, c.hours],
  );
  if (!deducted) return null;
  return one<CallInRow>(
    db,
    `INSERT INTO call_in (volunteer_id, hours, service, idempotency_key) VALUES ($1, $2, $3, $4) RETURNING ${CALL_IN}`,
    [c.volunteerId, c.hours, c.service, c.key],
  );
}

/** A page of call-ins under each volunteer, latest first. */
export function callInsOf(
  db: Db,
  ids: readonly string[],
  size: number,
  after: (string | number)[] | null,
): Promise<CallInRow[]> {
  return rows(
    db,
    `SELECT ${CALL_IN} FROM (
       SELECT *, row_number() OVER (PARTITION BY volunteer_id ORDER BY created_at DESC, id DESC) AS n
         FROM call_in
        WHERE volunteer_id = ANY($1) AND ($2::timestamptz IS NULL OR (created_at, id) < ($2, $3::uuid))
     ) c WHERE n <= $4 ORDER BY volunteer_id, created_at DESC, id DESC`,
    [wellFormedIds(ids), after?.[0] ?? null, after?.[1] ?? null, size],
  );
}

/** Records a no-show once per sign-up; false when it was already known. */
export async function insertNoShow(db: Db, signupId: string, volunteerId: string, shiftDay: string): Promise<boolean> {
  const n = await exec(
    db,
    'INSERT INTO no_show (signup_id, volunteer_id, shift_day) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
    [signupId, volunteerId, shiftDay],
  );
  return n > 0;
}

/** The days of each volunteer's no-shows from `since` on. */
export function noShowDaysOf(
  db: Db,
  ids: readonly string[],
  since: string,
): Promise<{ volunteerId: string; days: string[] }[]> {
  return rows(
    db,
    `SELECT volunteer_id AS "volunteerId", array_agg(shift_day::text ORDER BY shift_day DESC) AS days
       FROM no_show WHERE volunteer_id = ANY($1) AND shift_day >= $2 GROUP BY volunteer_id`,
    [wellFormedIds(ids), since],
  );
}

/** Demo accounts: set once, where the volunteer has none. */
export function seedAccount(db: Db, a: { volunteerId: string; hours: number; awardedPoints: number }): Promise<number> {
  return exec(
    db,
    `INSERT INTO star_account (volunteer_id, hours, awarded_points) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [a.volunteerId, a.hours, a.awardedPoints],
  );
}
