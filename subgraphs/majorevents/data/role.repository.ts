import type { EntityManager } from 'typeorm';
import { wellFormedIds } from '../../kit/runtime/ids';
import { entities, exec, maybeEntity, type Db } from '../../kit/runtime/sql';
import { EventRoleEntity } from './role.entity';

export type NewRole = Pick<EventRoleEntity, 'eventId' | 'name' | 'kind' | 'description' | 'places' | 'requiredCourse'>;

/** Null when the event already has a role of that name. */
export function insertRole(m: EntityManager, r: NewRole): Promise<EventRoleEntity | null> {
  return maybeEntity(
    m,
    EventRoleEntity,
    `INSERT INTO event_role (event_id, name, kind, description, places, required_course)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (event_id, name) DO NOTHING RETURNING *`,
    [r.eventId, r.name, r.kind, r.description, r.places, r.requiredCourse],
  );
}

export function rolesByIds(db: Db, ids: readonly string[]): Promise<EventRoleEntity[]> {
  return entities(db, EventRoleEntity, 'SELECT * FROM event_role WHERE id = ANY($1)', [wellFormedIds(ids)]);
}

export function rolesOfEvents(db: Db, eventIds: readonly string[]): Promise<EventRoleEntity[]> {
  return entities(db, EventRoleEntity, 'SELECT * FROM event_role WHERE event_id = ANY($1) ORDER BY name, id', [
    wellFormedIds(eventIds),
  ]);
}

/**
 * Takes one of the role's places; false when none is left. One conditional UPDATE: concurrent selections queue on
 * the role's row and each sees the count the one before it left, so exactly `places` succeed.
 */
export async function takeRolePlace(m: EntityManager, roleId: string): Promise<boolean> {
  const n = await exec(
    m,
    'UPDATE event_role SET selected_count = selected_count + 1 WHERE id = $1 AND selected_count < places',
    [roleId],
  );
  return n === 1;
}

export async function releaseRolePlaces(m: EntityManager, roleId: string, count = 1): Promise<void> {
  await exec(m, 'UPDATE event_role SET selected_count = selected_count - $2 WHERE id = $1', [roleId, count]);
}
