import type { EntityManager } from 'typeorm';
import { wellFormedIds } from '../../kit/runtime/ids';
import { entities, exec, maybeEntity, oneEntity, type Db } from '../../kit/runtime/sql';
import { DeploymentEntity } from './deployment.entity';
import { EventShiftEntity } from './shift.entity';

export function insertShift(
  m: EntityManager,
  s: Pick<EventShiftEntity, 'eventId' | 'roleId' | 'startsAt' | 'endsAt' | 'places'>,
): Promise<EventShiftEntity> {
  return oneEntity(
    m,
    EventShiftEntity,
    `INSERT INTO event_shift (event_id, role_id, starts_at, ends_at, places) VALUES ($1, $2, $3, $4, $5)
     RETURNING *`,
    [s.eventId, s.roleId, s.startsAt, s.endsAt, s.places],
  );
}

export function shiftsByIds(db: Db, ids: readonly string[]): Promise<EventShiftEntity[]> {
  return entities(db, EventShiftEntity, 'SELECT * FROM event_shift WHERE id = ANY($1)', [wellFormedIds(ids)]);
}

export function shiftsOfEvents(db: Db, eventIds: readonly string[]): Promise<EventShiftEntity[]> {
  return entities(db, EventShiftEntity, 'SELECT * FROM event_shift WHERE event_id = ANY($1) ORDER BY starts_at, id', [
    wellFormedIds(eventIds),
  ]);
}

/** Takes one of the shift's places (false when none is left): one conditional UPDATE, as for a role's places. */
export async function takeShiftPlace(m: EntityManager, shiftId: string): Promise<boolean> {
  const n = await exec(
    m,
    'UPDATE event_shift SET deployed_count = deployed_count + 1 WHERE id = $1 AND deployed_count < places',
    [shiftId],
  );
  return n === 1;
}

/** Null when the volunteer is deployed into that shift already. */
export function insertDeployment(
  m: EntityManager,
  d: Pick<DeploymentEntity, 'shiftId' | 'eventId' | 'volunteerId'>,
): Promise<DeploymentEntity | null> {
  return maybeEntity(
    m,
    DeploymentEntity,
    `INSERT INTO deployment (shift_id, event_id, volunteer_id) VALUES ($1, $2, $3)
     ON CONFLICT (shift_id, volunteer_id) DO NOTHING RETURNING *`,
    [d.shiftId, d.eventId, d.volunteerId],
  );
}

export function deploymentById(db: Db, id: string): Promise<DeploymentEntity | null> {
  return maybeEntity(db, DeploymentEntity, 'SELECT * FROM deployment WHERE id = $1', [id]);
}

export function saveHours(m: EntityManager, id: string, hours: number): Promise<DeploymentEntity> {
  return oneEntity(m, DeploymentEntity, 'UPDATE deployment SET hours = $2 WHERE id = $1 RETURNING *', [id, hours]);
}

export function deploymentsOfShifts(db: Db, shiftIds: readonly string[]): Promise<DeploymentEntity[]> {
  return entities(db, DeploymentEntity, 'SELECT * FROM deployment WHERE shift_id = ANY($1) ORDER BY deployed_at, id', [
    wellFormedIds(shiftIds),
  ]);
}

export function deploymentsOfVolunteers(db: Db, volunteerIds: readonly string[]): Promise<DeploymentEntity[]> {
  return entities(
    db,
    DeploymentEntity,
    'SELECT * FROM deployment WHERE volunteer_id = ANY($1) ORDER BY deployed_at DESC, id',
    [wellFormedIds(volunteerIds)],
  );
}
