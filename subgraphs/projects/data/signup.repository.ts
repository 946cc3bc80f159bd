import { In, type DataSource, type EntityManager } from 'typeorm';
import { wellFormedIds } from '../../kit/runtime/ids';
import { ShiftEntity } from './shift.entity';
import { SignupEntity } from './signup.entity';

const repo = (db: DataSource | EntityManager) => db.getRepository(SignupEntity);

export function signupsByIds(db: DataSource, ids: readonly string[]): Promise<SignupEntity[]> {
  return repo(db).findBy({ id: In(wellFormedIds(ids)) });
}

/** Live sign-ups (places and waitlist) of many shifts, in sign-up order. */
export function liveSignupsOfShifts(db: DataSource, shiftIds: readonly string[]): Promise<SignupEntity[]> {
  return repo(db)
    .createQueryBuilder('s')
    .where('s.shift_id = ANY(:ids)', { ids: wellFormedIds(shiftIds) })
    .andWhere("s.status <> 'CANCELLED'")
    .orderBy('s.created_at')
    .addOrderBy('s.id')
    .getMany();
}

/** One volunteer's live sign-ups (places and waitlist) on many shifts: at most one per shift. */
export function liveSignupsOfVolunteerOnShifts(
  db: DataSource,
  volunteerId: string,
  shiftIds: readonly string[],
): Promise<SignupEntity[]> {
  return repo(db)
    .createQueryBuilder('s')
    .where('s.volunteer_id = :volunteerId AND s.shift_id = ANY(:ids)', { volunteerId, ids: wellFormedIds(shiftIds) })
    .andWhere("s.status <> 'CANCELLED'")
    .getMany();
}

/** Which of these projects a volunteer holds a live sign-up on (a place or the waitlist), one row per project. */
export async function projectsSignedUpFor(
  db: DataSource,
  volunteerId: string,
  projectIds: readonly string[],
): Promise<{ projectId: string }[]> {
  return db.query(
    `SELECT DISTINCT project_id AS "projectId" FROM signup WHERE volunteer_id = $1 AND project_id = ANY($2)
     AND status <> 'CANCELLED'`,
    [volunteerId, wellFormedIds(projectIds)],
  );
}

/** A volunteer's sign-ups, soonest shift first. */
export function signupsOfVolunteer(
  db: DataSource,
  volunteerId: string,
  includeCancelled: boolean,
): Promise<SignupEntity[]> {
  const q = repo(db)
    .createQueryBuilder('s')
    .innerJoin(ShiftEntity, 'sh', 'sh.id = s.shift_id')
    .where('s.volunteer_id = :volunteerId', { volunteerId });
  if (!includeCancelled) q.andWhere("s.status <> 'CANCELLED'");
  return q.orderBy('sh.starts_at').addOrderBy('s.id').limit(200).getMany();
}

/** Place on the waitlist (1 = next to be promoted) of many waitlisted sign-ups. */
export async function waitlistPositions(
  db: DataSource,
  signupIds: readonly string[],
): Promise<{ id: string; position: number }[]> {
  const rows = await db.query(
    `SELECT w.id, (SELECT count(*) FROM signup o WHERE o.shift_id = w.shift_id AND o.status = 'WAITLISTED'
                     AND (o.created_at, o.id) <= (w.created_at, w.id))::int AS position
       FROM signup w WHERE w.id = ANY($1) AND w.status = 'WAITLISTED'`,
    [wellFormedIds(signupIds)],
  );
  return rows;
}

export function lockShift(m: EntityManager, id: string): Promise<ShiftEntity | null> {
  return m
    .getRepository(ShiftEntity)
    .createQueryBuilder('s')
    .setLock('pessimistic_write')
    .where('s.id = :id', { id })
    .getOne();
}

export function lockSignup(m: EntityManager, id: string): Promise<SignupEntity | null> {
  return repo(m).createQueryBuilder('s').setLock('pessimistic_write').where('s.id = :id', { id }).getOne();
}

export function signupByKey(m: EntityManager, volunteerId: string, key: string): Promise<SignupEntity | null> {
  return repo(m).findOneBy({ volunteerId, idempotencyKey: key });
}

export function liveSignup(m: EntityManager, shiftId: string, volunteerId: string): Promise<SignupEntity | null> {
  return repo(m)
    .createQueryBuilder('s')
    .where('s.shift_id = :shiftId AND s.volunteer_id = :volunteerId', { shiftId, volunteerId })
    .andWhere("s.status <> 'CANCELLED'")
    .getOne();
}

/** The volunteer's live sign-up on another shift that overlaps [startsAt, endsAt), if any. */
export async function overlappingShift(
  m: EntityManager,
  volunteerId: string,
  startsAt: Date,
  endsAt: Date,
): Promise<{ title: string } | null> {
  const rows = await m.query(
    `SELECT p.title FROM signup s JOIN shift sh ON sh.id = s.shift_id JOIN project p ON p.id = s.project_id
      WHERE s.volunteer_id = $1 AND s.status <> 'CANCELLED' AND sh.starts_at < $3 AND sh.ends_at > $2 LIMIT 1`,
    [volunteerId, startsAt, endsAt],
  );
  return rows[0] ?? null;
}

/** The next volunteer on the shift's waitlist, locked. */
export function firstWaitlisted(m: EntityManager, shiftId: string): Promise<SignupEntity | null> {
  return repo(m)
    .createQueryBuilder('s')
    .setLock('pessimistic_write')
    .where("s.shift_id = :shiftId AND s.status = 'WAITLISTED'", { shiftId })
    .orderBy('s.created_at')
    .addOrderBy('s.id')
    .limit(1)
    .getOne();
}

export function saveSignup(m: EntityManager, row: Partial<SignupEntity>): Promise<SignupEntity> {
  return repo(m).save(repo(m).create(row));
}

export async function setShiftCounts(m: EntityManager, shift: ShiftEntity): Promise<void> {
  await m.query('UPDATE shift SET signed_up = $2, waitlisted = $3 WHERE id = $1', [
    shift.id,
    shift.signedUp,
    shift.waitlisted,
  ]);
}

export async function notify(
  m: EntityManager,
  rows: { volunteerId: string; projectId: string; kind: string; message: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await m.query(
    `INSERT INTO notification (volunteer_id, project_id, kind, message) SELECT *
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[])`,
    [rows.map((r) => r.volunteerId), rows.map((r) => r.projectId), rows.map((r) => r.kind), rows.map((r) => r.message)],
  );
}

/** Cancels every live sign-up of a project and frees its shifts; returns the volunteers who had one. */
export async function cancelAllSignups(m: EntityManager, projectId: string): Promise<string[]> {
  // Shifts before sign-ups, the order sign-up and cancellation lock them in, so no two transactions deadlock.
  await m.query('UPDATE shift SET signed_up = 0, waitlisted = 0 WHERE project_id = $1', [projectId]);
  const rows: { volunteer_id: string }[][] = await m.query(
    `UPDATE signup SET status = 'CANCELLED', cancelled_at = now() WHERE project_id = $1 AND status <> 'CANCELLED'
     RETURNING volunteer_id`,
    [projectId],
  );
  // pg returns [rows, count] for UPDATE ... RETURNING through TypeORM.
  const list = (Array.isArray(rows[0]) ? rows[0] : rows) as unknown as { volunteer_id: string }[];
  return [...new Set(list.map((r) => r.volunteer_id))];
}

export interface NotificationRow {
  id: string;
  projectId: string;
  kind: string;
  message: string;
  createdAt: Date;
}

export function notificationsOf(db: DataSource, volunteerId: string, limit: number): Promise<NotificationRow[]> {
  return db.query(
    `SELECT id, project_id AS "projectId", kind, message, created_at AS "createdAt" FROM notification
      WHERE volunteer_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
    [volunteerId, limit],
  );
}
