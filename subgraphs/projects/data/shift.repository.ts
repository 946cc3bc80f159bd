import crypto from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { wellFormedIds } from '../../kit/runtime/ids';
import { ShiftEntity } from './shift.entity';

const repo = (db: DataSource | EntityManager) => db.getRepository(ShiftEntity);

export function shiftsByIds(db: DataSource, ids: readonly string[]): Promise<ShiftEntity[]> {
  return repo(db).findBy({ id: In(wellFormedIds(ids)) });
}

/** Every shift of many projects in one statement, earliest first. */
export function shiftsOfProjects(db: DataSource, projectIds: readonly string[]): Promise<ShiftEntity[]> {
  return repo(db).find({ where: { projectId: In(wellFormedIds(projectIds)) }, order: { startsAt: 'ASC', id: 'ASC' } });
}

/** Six digits a volunteer types at the site; easy to read aloud, hard to guess in the few tries allowed. */
export function newCheckinCode(): string {
  return crypto.randomInt(0, 1_000_000).toString().padStart(6, '0');
}

export function insertShifts(
  m: EntityManager,
  projectId: string,
  shifts: { startsAt: Date; endsAt: Date; capacity: number; waitlistCapacity: number }[],
) {
  return repo(m).save(shifts.map((s) => repo(m).create({ ...s, projectId, checkinCode: newCheckinCode() })));
}

/** First and last shift day (Asia/Shanghai) of a project, or nulls without shifts. */
export async function shiftSpan(
  m: EntityManager,
  projectId: string,
): Promise<{ first: string | null; last: string | null; upcoming: number }> {
  const [row] = await m.query(
    `SELECT to_char(min(starts_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') AS first,
            to_char(max(starts_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD') AS last,
            count(*) FILTER (WHERE ends_at > now())::int AS upcoming
       FROM shift WHERE project_id = $1`,
    [projectId],
  );
  return row;
}

/** Places still free on shifts that have not started. */
export function freePlaces(shifts: ShiftEntity[], now = Date.now()): number {
  return shifts.reduce((n, s) => n + (s.startsAt.getTime() > now ? s.capacity - s.signedUp : 0), 0);
}
