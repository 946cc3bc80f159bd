import type { EntityManager } from 'typeorm';
import { decodeCursor, toConnection, type Connection } from '../../kit/runtime/connection';
import { wellFormedIds } from '../../kit/runtime/ids';
import { entities, maybeEntity, oneEntity, rows, type Db } from '../../kit/runtime/sql';
import { ApplicationEntity, type ApplicationStatus } from './application.entity';

export type NewApplication = Pick<
  ApplicationEntity,
  'roleId' | 'eventId' | 'volunteerId' | 'skills' | 'languages' | 'availability' | 'teamId'
>;

/** Null when the volunteer has applied to the role already. */
export function insertApplication(m: EntityManager, a: NewApplication): Promise<ApplicationEntity | null> {
  return maybeEntity(
    m,
    ApplicationEntity,
    `INSERT INTO application (role_id, event_id, volunteer_id, skills, languages, availability, team_id, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'APPLIED') ON CONFLICT (role_id, volunteer_id) DO NOTHING RETURNING *`,
    [a.roleId, a.eventId, a.volunteerId, a.skills, a.languages, a.availability, a.teamId],
  );
}

/** Applications for a whole team at once; members who had applied are left as they were. */
export function insertTeamApplications(
  m: EntityManager,
  roleId: string,
  eventId: string,
  teamId: string,
  volunteerIds: string[],
): Promise<ApplicationEntity[]> {
  return entities(
    m,
    ApplicationEntity,
    `INSERT INTO application (role_id, event_id, volunteer_id, team_id, status)
     SELECT $1, $2, v, $3, 'APPLIED' FROM unnest($4::uuid[]) AS v
     ON CONFLICT (role_id, volunteer_id) DO NOTHING RETURNING *`,
    [roleId, eventId, teamId, volunteerIds],
  );
}

export function lockApplication(m: EntityManager, id: string): Promise<ApplicationEntity | null> {
  return maybeEntity(m, ApplicationEntity, 'SELECT * FROM application WHERE id = $1 FOR UPDATE', [id]);
}

export function saveDecision(
  m: EntityManager,
  id: string,
  status: ApplicationStatus,
  reason: string | null,
): Promise<ApplicationEntity> {
  return oneEntity(
    m,
    ApplicationEntity,
    'UPDATE application SET status = $2, reason = $3, decided_at = now() WHERE id = $1 RETURNING *',
    [id, status, reason],
  );
}

export function applicationsByIds(db: Db, ids: readonly string[]): Promise<ApplicationEntity[]> {
  return entities(db, ApplicationEntity, 'SELECT * FROM application WHERE id = ANY($1)', [wellFormedIds(ids)]);
}

/** Applications of several volunteers, latest first. */
export function applicationsOfVolunteers(db: Db, volunteerIds: readonly string[]): Promise<ApplicationEntity[]> {
  return entities(
    db,
    ApplicationEntity,
    'SELECT * FROM application WHERE volunteer_id = ANY($1) ORDER BY applied_at DESC, id',
    [wellFormedIds(volunteerIds)],
  );
}

export async function applicationsPage(
  db: Db,
  eventId: string,
  status: ApplicationStatus | null,
  size: number,
  after?: string | null,
): Promise<Connection<ApplicationEntity>> {
  const cursor = decodeCursor(after, ['timestamp', 'uuid']);
  const params: unknown[] = [eventId, size + 1];
  const where = ['event_id = $1'];
  if (status) where.push(`status = $${params.push(status)}`);
  if (cursor)
    where.push(`(applied_at, id) > ($${params.push(cursor[0])}::timestamptz, $${params.push(cursor[1])}::uuid)`);
  const found = await entities(
    db,
    ApplicationEntity,
    `SELECT * FROM application WHERE ${where.join(' AND ')} ORDER BY applied_at, id LIMIT $2`,
    params,
  );
  return toConnection(found, size, (a) => [a.appliedAt.toISOString(), a.id]);
}

/** Whether the volunteer was selected for the event (for the shift's role, when it has one). */
export async function isSelectedFor(m: Db, eventId: string, volunteerId: string, roleId: string | null) {
  const found = await rows<{ status: ApplicationStatus }>(
    m,
    `SELECT status FROM application WHERE event_id = $1 AND volunteer_id = $2 AND ($3::uuid IS NULL OR role_id = $3)
       AND status = 'SELECTED' LIMIT 1`,
    [eventId, volunteerId, roleId],
  );
  return found.length > 0;
}

/** Of `volunteerIds`, those holding a SELECTED or RESERVE application to the event (who may be trained). */
export async function screenedIn(m: Db, eventId: string, volunteerIds: string[]): Promise<Set<string>> {
  const found = await rows<{ volunteer_id: string }>(
    m,
    `SELECT DISTINCT volunteer_id FROM application
      WHERE event_id = $1 AND volunteer_id = ANY($2) AND status IN ('SELECTED', 'RESERVE')`,
    [eventId, volunteerIds],
  );
  return new Set(found.map((r) => r.volunteer_id));
}
