import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ShiftEntity } from './shift.entity';
import { SignupEntity } from './signup.entity';

/**
 * Per-day figures and the first `perDay` shifts of each day, for shifts of published or closed projects starting in
 * [from, to); days are Chengdu days. Three statements whatever the range.
 */
export async function calendarShifts(db: DataSource, from: Date, to: Date, district: string | null, perDay: number) {
  const params: unknown[] = [from, to];
  const inDistrict = district ? ` AND p.district_code = $${params.push(district)}` : '';
  const where = `s.starts_at >= $1 AND s.starts_at < $2 AND p.status IN ('PUBLISHED', 'CLOSED')${inDistrict}`;
  const days: { day: string; shifts: string; free: string }[] = await db.query(
    `SELECT to_char(s.starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day, count(*) AS shifts,
     sum(s.capacity - s.signed_up) AS free
       FROM shift s JOIN project p ON p.id = s.project_id WHERE ${where} GROUP BY 1 ORDER BY 1`,
    params,
  );
  const ids: { id: string }[] = await db.query(
    `SELECT id FROM (
       SELECT s.id, s.starts_at, row_number() OVER (PARTITION BY (s.starts_at AT TIME ZONE 'Asia/Shanghai')::date
       ORDER BY s.starts_at, s.id) AS n
         FROM shift s JOIN project p ON p.id = s.project_id WHERE ${where}
     ) r WHERE n <= $${params.length + 1} ORDER BY starts_at, id`,
    [...params, perDay],
  );
  const shifts = ids.length
    ? await db
        .getRepository(ShiftEntity)
        .createQueryBuilder('s')
        .where('s.id = ANY(:ids)', { ids: ids.map((r) => r.id) })
        .orderBy('s.starts_at')
        .addOrderBy('s.id')
        .getMany()
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
  return db
    .getRepository(SignupEntity)
    .createQueryBuilder('s')
    .innerJoin(ShiftEntity, 'sh', 'sh.id = s.shift_id')
    .where("s.volunteer_id = :volunteerId AND s.status <> 'CANCELLED'", { volunteerId })
    .andWhere('sh.starts_at >= :from AND sh.starts_at < :to', { from, to })
    .orderBy('sh.starts_at')
    .addOrderBy('s.id')
    .limit(limit)
    .getMany();
}

/** 32 random bytes: a feed URL is a bearer secret, so it must not be guessable. */
const newToken = () => crypto.randomBytes(32).toString('base64url');

/** The volunteer's feed token, made on first use. */
export async function feedToken(db: DataSource, volunteerId: string): Promise<string> {
  await db.query(
    'INSERT INTO calendar_feed (volunteer_id, token) VALUES ($1, $2) ON CONFLICT (volunteer_id) DO NOTHING',
    [volunteerId, newToken()],
  );
  const [row] = await db.query('SELECT token FROM calendar_feed WHERE volunteer_id = $1', [volunteerId]);
  return row.token;
}

export async function rotateFeedToken(db: DataSource, volunteerId: string): Promise<string> {
  const token = newToken();
  await db.query(
    `INSERT INTO calendar_feed (volunteer_id, token) VALUES ($1, $2)
     ON CONFLICT (volunteer_id) DO UPDATE SET token = $2, created_at = now()`,
    [volunteerId, token],
  );
  return token;
}

export async function volunteerOfFeed(db: DataSource, token: string): Promise<string | null> {
  const [row] = await db.query('SELECT volunteer_id FROM calendar_feed WHERE token = $1', [token]);
  return row?.volunteer_id ?? null;
}
