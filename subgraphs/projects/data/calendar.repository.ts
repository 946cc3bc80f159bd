import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import { entities, exec, maybeOne, rows, type Db } from '../../kit/runtime/sql';
import { ShiftEntity } from './shift.entity';
import { SignupEntity } from './signup.entity';

/**
 * Per-day figures and the first `perDay` shifts of each day, for shifts of published or closed projects starting in
 * [from, to); days are Chengdu days. Three statements whatever the range.
 */
export async function calendarShifts(db: DataSource, from: Date, to: Date, district: string | null, perDay: number) {
  const params: unknown[] = [from, to];
  const inDistrict = district ? ` AND p.district_code = $${params.push(district)}` : '';
  // A cancelled shift offers nothing to come to: the calendar leaves it out.
  const where =
    `s.starts_at >= $1 AND s.starts_at < $2 AND s.cancelled_at IS NULL AND p.status IN ('PUBLISHED', 'CLOSED')` +
    inDistrict;
  const days = await rows<{ day: string; shifts: string; free: string }>(
    db,
    `SELECT to_char(s.starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day, count(*) AS shifts,
            sum(s.capacity - s.signed_up) AS free
       FROM shift s JOIN project p ON p.id = s.project_id WHERE ${where} GROUP BY 1 ORDER BY 1`,
    params,
  );
  const ids = await rows<{ id: string }>(
    db,
    `SELECT id FROM (
       SELECT s.id, s.starts_at,
              row_number() OVER (PARTITION BY (s.starts_at AT TIME ZONE 'Asia/Shanghai')::date
                                 ORDER BY s.starts_at, s.id) AS n
         FROM shift s JOIN project p ON p.id = s.project_id WHERE ${where}
     ) r WHERE n <= $${params.length + 1} ORDER BY starts_at, id`,
    [...params, perDay],
  );
  const shifts = ids.length
    ? await entities(db, ShiftEntity, 'SELECT * FROM shift WHERE id = ANY($1) ORDER BY starts_at, id', [
        ids.map((r) => r.id),
      ])
    : [];
  return { days, shifts };
}

/** A volunteer's live sign-ups whose shift starts in [from, to), soonest first. */
export function signupsBetween(
  db: DataSource,
  volunteerId: string,
  from: Date,
  to: Date,
  limit: number,
): Promise<SignupEntity[]> {
  return entities(
    db,
    SignupEntity,
    `SELECT s.* FROM signup s JOIN shift sh ON sh.id = s.shift_id
      WHERE s.volunteer_id = $1 AND s.status <> 'CANCELLED' AND sh.starts_at >= $2 AND sh.starts_at < $3
      ORDER BY sh.starts_at, s.id LIMIT $4`,
    [volunteerId, from, to, limit],
  );
}

/** 32 random bytes: a feed URL is a bearer secret, so it must not be guessable. */
const newToken = () => crypto.randomBytes(32).toString('base64url');

/** The volunteer's own feed (holder '') or the one partner app `holder` read for them. */
export type FeedHolder = string;

/** The feed token of the volunteer held by `holder`, made on first use. */
export async function feedToken(db: DataSource, volunteerId: string, holder: FeedHolder): Promise<string> {
  await exec(
    db,
    `INSERT INTO calendar_feed (volunteer_id, holder, token) VALUES ($1, $2, $3)
     ON CONFLICT (volunteer_id, holder) DO NOTHING`,
    [volunteerId, holder, newToken()],
  );
  const row = await maybeOne<{ token: string }>(
    db,
    'SELECT token FROM calendar_feed WHERE volunteer_id = $1 AND holder = $2',
    [volunteerId, holder],
  );
  return row!.token;
}

export async function rotateFeedToken(db: DataSource, volunteerId: string, holder: FeedHolder): Promise<string> {
  const token = newToken();
  await exec(
    db,
    `INSERT INTO calendar_feed (volunteer_id, holder, token) VALUES ($1, $2, $3)
     ON CONFLICT (volunteer_id, holder) DO UPDATE SET token = $3, created_at = now()`,
    [volunteerId, holder, token],
  );
  return token;
}

export function volunteerOfFeed(
  db: DataSource,
  token: string,
): Promise<{ volunteerId: string; holder: string } | null> {
  return maybeOne<{ volunteerId: string; holder: string }>(
    db,
    'SELECT volunteer_id AS "volunteerId", holder FROM calendar_feed WHERE token = $1',
    [token],
  );
}

/** Revokes the feed tokens of every app but `keep` (the apps whose consent still covers ACTIVITY). */
export function revokeAppFeeds(db: Db, volunteerId: string, keep: readonly string[]): Promise<number> {
  return exec(db, `DELETE FROM calendar_feed WHERE volunteer_id = $1 AND holder <> '' AND holder <> ALL($2)`, [
    volunteerId,
    [...keep],
  ]);
}
