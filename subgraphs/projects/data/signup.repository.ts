import type { DataSource, EntityManager } from 'typeorm';
import { emit } from '../../kit/runtime/event-catalogue';
import { entities, exec, maybeEntity, maybeOne, one, oneEntity, rows } from '../../kit/runtime/sql';
import { wellFormedIds } from '../../kit/runtime/ids';
import { ShiftEntity } from './shift.entity';
import { SignupEntity } from './signup.entity';

export function signupsByIds(db: DataSource, ids: readonly string[]): Promise<SignupEntity[]> {
  return entities(db, SignupEntity, 'SELECT * FROM signup WHERE id = ANY($1)', [wellFormedIds(ids)]);
}

/** Live sign-ups (places and waitlist) of many shifts, in sign-up order. */
export function liveSignupsOfShifts(db: DataSource, shiftIds: readonly string[]): Promise<SignupEntity[]> {
  return entities(
    db,
    SignupEntity,
    `SELECT * FROM signup WHERE shift_id = ANY($1) AND status <> 'CANCELLED' ORDER BY created_at, id`,
    [wellFormedIds(shiftIds)],
  );
}

/** One volunteer's live sign-ups (places and waitlist) on many shifts: at most one per shift. */
export function liveSignupsOfVolunteerOnShifts(
  db: DataSource,
  volunteerId: string,
  shiftIds: readonly string[],
): Promise<SignupEntity[]> {
  return entities(
    db,
    SignupEntity,
    `SELECT * FROM signup WHERE volunteer_id = $1 AND shift_id = ANY($2) AND status <> 'CANCELLED'`,
    [volunteerId, wellFormedIds(shiftIds)],
  );
}

/** Which of these projects a volunteer holds a live sign-up on (a place or the waitlist), one row per project. */
export async function projectsSignedUpFor(
  db: DataSource,
  volunteerId: string,
  projectIds: readonly string[],
): Promise<{ projectId: string }[]> {
  return rows(
    db,
    `SELECT DISTINCT project_id AS "projectId" FROM signup
      WHERE volunteer_id = $1 AND project_id = ANY($2) AND status <> 'CANCELLED'`,
    [volunteerId, wellFormedIds(projectIds)],
  );
}

/** A volunteer's sign-ups, soonest shift first. */
export function signupsOfVolunteer(
  db: DataSource,
  volunteerId: string,
  includeCancelled: boolean,
): Promise<SignupEntity[]> {
  return entities(
    db,
    SignupEntity,
    `SELECT s.* FROM signup s JOIN shift sh ON sh.id = s.shift_id
      WHERE s.volunteer_id = $1${includeCancelled ? '' : " AND s.status <> 'CANCELLED'"}
      ORDER BY sh.starts_at, s.id LIMIT 200`,
    [volunteerId],
  );
}

/** Place on the waitlist (1 = next to be promoted) of many waitlisted sign-ups. */
export async function waitlistPositions(
  db: DataSource,
  signupIds: readonly string[],
): Promise<{ id: string; position: number }[]> {
  return rows(
    db,
    `SELECT w.id, (SELECT count(*) FROM signup o WHERE o.shift_id = w.shift_id AND o.status = 'WAITLISTED'
                     AND (o.created_at, o.id) <= (w.created_at, w.id))::int AS position
       FROM signup w WHERE w.id = ANY($1) AND w.status = 'WAITLISTED'`,
    [wellFormedIds(signupIds)],
  );
}

export function lockShift(m: EntityManager, id: string): Promise<ShiftEntity | null> {
  return maybeEntity(m, ShiftEntity, 'SELECT * FROM shift WHERE id = $1 FOR UPDATE', [id]);
}

export function lockSignup(m: EntityManager, id: string): Promise<SignupEntity | null> {
  return maybeEntity(m, SignupEntity, 'SELECT * FROM signup WHERE id = $1 FOR UPDATE', [id]);
}

export function signupByKey(m: EntityManager, volunteerId: string, key: string): Promise<SignupEntity | null> {
  return maybeEntity(m, SignupEntity, 'SELECT * FROM signup WHERE volunteer_id = $1 AND idempotency_key = $2', [
    volunteerId,
    key,
  ]);
}

export function liveSignup(m: EntityManager, shiftId: string, volunteerId: string): Promise<SignupEntity | null> {
  return maybeEntity(
    m,
    SignupEntity,
    `SELECT * FROM signup WHERE shift_id = $1 AND volunteer_id = $2 AND status <> 'CANCELLED'`,
    [shiftId, volunteerId],
  );
}

/** The id of the volunteer's confirmed place on a shift, if they hold one. */
export async function confirmedSignupId(
  m: EntityManager,
  shiftId: string,
  volunteerId: string,
): Promise<string | null> {
  const row = await maybeOne<{ id: string }>(
    m,
    `SELECT id FROM signup WHERE shift_id = $1 AND volunteer_id = $2 AND status = 'CONFIRMED'`,
    [shiftId, volunteerId],
  );
  return row?.id ?? null;
}

/** The shift of one of the volunteer's sign-ups; null when the sign-up is not theirs or does not exist. */
export async function shiftOfOwnSignup(
  m: EntityManager,
  signupId: string,
  volunteerId: string,
): Promise<string | null> {
  const row = await maybeOne<{ shift_id: string }>(
    m,
    'SELECT shift_id FROM signup WHERE id = $1 AND volunteer_id = $2',
    [signupId, volunteerId],
  );
  return row?.shift_id ?? null;
}

/** Counts a wrong check-in code against the sign-up. */
export async function countCheckinFailure(m: EntityManager, signupId: string): Promise<void> {
  await exec(m, 'UPDATE signup SET checkin_failures = checkin_failures + 1 WHERE id = $1', [signupId]);
}

/** The volunteer's live sign-up on another shift that overlaps [startsAt, endsAt), if any. */
export async function overlappingShift(
  m: EntityManager,
  volunteerId: string,
  startsAt: Date,
  endsAt: Date,
): Promise<{ title: string } | null> {
  return maybeOne(
    m,
    `SELECT p.title FROM signup s JOIN shift sh ON sh.id = s.shift_id JOIN project p ON p.id = s.project_id
      WHERE s.volunteer_id = $1 AND s.status <> 'CANCELLED' AND sh.starts_at < $3 AND sh.ends_at > $2 LIMIT 1`,
    [volunteerId, startsAt, endsAt],
  );
}

/** The next volunteer on the shift's waitlist, locked. */
export function firstWaitlisted(m: EntityManager, shiftId: string): Promise<SignupEntity | null> {
  return maybeEntity(
    m,
    SignupEntity,
    `SELECT * FROM signup WHERE shift_id = $1 AND status = 'WAITLISTED' ORDER BY created_at, id LIMIT 1 FOR UPDATE`,
    [shiftId],
  );
}

export function insertSignup(
  m: EntityManager,
  s: Pick<SignupEntity, 'shiftId' | 'projectId' | 'volunteerId' | 'status' | 'idempotencyKey'> &
    Partial<Pick<SignupEntity, 'signedUpViaApp' | 'signedUpViaName'>>,
): Promise<SignupEntity> {
  return oneEntity(
    m,
    SignupEntity,
    `INSERT INTO signup (shift_id, project_id, volunteer_id, status, idempotency_key, signed_up_via_app,
       signed_up_via_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
    [
      s.shiftId,
      s.projectId,
      s.volunteerId,
      s.status,
      s.idempotencyKey,
      s.signedUpViaApp ?? null,
      s.signedUpViaName ?? null,
    ],
  );
}

/** Notes the partner app that cancelled a sign-up for the volunteer (the sign-up locked by the caller). */
export async function markCancelledVia(m: EntityManager, signupId: string, app: { id: string; name: string }) {
  return oneEntity(
    m,
    SignupEntity,
    'UPDATE signup SET cancelled_via_app = $2, cancelled_via_name = $3 WHERE id = $1 RETURNING *',
    [signupId, app.id, app.name],
  );
}

/** Writes back what changes in a locked sign-up's life: status, its times and the count of wrong codes. */
export function updateSignup(m: EntityManager, s: SignupEntity): Promise<SignupEntity> {
  return oneEntity(
    m,
    SignupEntity,
    `UPDATE signup SET status = $2, promoted_at = $3, cancelled_at = $4, checked_in_at = $5, checkin_failures = $6,
       checked_out_at = $7
     WHERE id = $1 RETURNING *`,
    [s.id, s.status, s.promotedAt, s.cancelledAt, s.checkedInAt, s.checkinFailures, s.checkedOutAt],
  );
}

export async function setShiftCounts(m: EntityManager, shift: ShiftEntity): Promise<void> {
  await exec(m, 'UPDATE shift SET signed_up = $2, waitlisted = $3 WHERE id = $1', [
    shift.id,
    shift.signedUp,
    shift.waitlisted,
  ]);
}

/** Cancels every live sign-up of a project and frees its shifts; returns the volunteers who had one. */
export async function cancelAllSignups(m: EntityManager, projectId: string): Promise<string[]> {
  // Shifts before sign-ups, the order sign-up and cancellation lock them in, so no two transactions deadlock.
  await exec(m, 'UPDATE shift SET signed_up = 0, waitlisted = 0 WHERE project_id = $1', [projectId]);
  const cancelled = await rows<{ volunteer_id: string }>(
    m,
    `UPDATE signup SET status = 'CANCELLED', cancelled_at = now() WHERE project_id = $1 AND status <> 'CANCELLED'
     RETURNING volunteer_id`,
    [projectId],
  );
  return [...new Set(cancelled.map((r) => r.volunteer_id))];
}

/**
 * Cancels every live sign-up of one shift (its row locked by the caller, so no sign-up joins meanwhile); returns
 * them as they were, in sign-up order.
 */
export function cancelSignupsOfShift(m: EntityManager, shiftId: string): Promise<SignupEntity[]> {
  return entities(
    m,
    SignupEntity,
    `UPDATE signup SET status = 'CANCELLED', cancelled_at = clock_timestamp()
      WHERE shift_id = $1 AND status <> 'CANCELLED' RETURNING *`,
    [shiftId],
  );
}

/** The volunteers holding a place or a waitlist place on a shift (locked by the caller). */
export async function volunteersOnShift(m: EntityManager, shiftId: string): Promise<string[]> {
  const found = await rows<{ volunteer_id: string }>(
    m,
    `SELECT volunteer_id FROM signup WHERE shift_id = $1 AND status <> 'CANCELLED' ORDER BY created_at, id`,
    [shiftId],
  );
  return found.map((r) => r.volunteer_id);
}

/** The ids of the confirmed places on a shift (locked by the caller): those its reminders are for. */
export async function confirmedSignupsOnShift(m: EntityManager, shiftId: string): Promise<string[]> {
  const found = await rows<{ id: string }>(
    m,
    `SELECT id FROM signup WHERE shift_id = $1 AND status = 'CONFIRMED' ORDER BY created_at, id`,
    [shiftId],
  );
  return found.map((r) => r.id);
}

/** A sign-up's shift and volunteer, read before locking them in order; null when there is no such sign-up. */
export function signupOwners(
  m: EntityManager,
  signupId: string,
): Promise<{ shift_id: string; volunteer_id: string; project_id: string } | null> {
  return maybeOne(m, 'SELECT shift_id, volunteer_id, project_id FROM signup WHERE id = $1', [signupId]);
}

/**
 * Announces the organizations running projects the volunteer holds a live sign-up on (`volunteer.organizations`),
 * with the next version, in the transaction that changed the sign-ups: the volunteers subgraph lets the admins of
 * exactly these organizations reach the volunteer when a consent to ORGANIZERS allows it. One volunteer's sign-ups
 * are serialized by the lock on their replica row, so versions follow the order of the changes.
 */
export async function announceOrganizations(m: EntityManager, volunteerId: string): Promise<void> {
  const { version } = await one<{ version: string }>(
    m,
    `INSERT INTO organizer_announcement (volunteer_id, version) VALUES ($1, 1)
     ON CONFLICT (volunteer_id) DO UPDATE SET version = organizer_announcement.version + 1 RETURNING version`,
    [volunteerId],
  );
  const orgs = await rows<{ id: string }>(
    m,
    `SELECT DISTINCT p.organization_id AS id FROM signup s JOIN project p ON p.id = s.project_id
      WHERE s.volunteer_id = $1 AND s.status <> 'CANCELLED' ORDER BY 1`,
    [volunteerId],
  );
  await emit(m, 'volunteer.organizations', {
    volunteerId,
    version: Number(version),
    organizationIds: orgs.map((o) => o.id),
  });
}

/** Marks a no-show once: null when it was already marked (the first mark stands). */
export function markNoShowRow(m: EntityManager, id: string): Promise<SignupEntity | null> {
  return maybeEntity(
    m,
    SignupEntity,
    'UPDATE signup SET no_show_at = clock_timestamp() WHERE id = $1 AND no_show_at IS NULL RETURNING *',
    [id],
  );
}
