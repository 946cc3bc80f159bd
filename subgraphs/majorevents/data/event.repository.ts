import type { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, toConnection, type Connection } from '../../kit/runtime/connection';
import { wellFormedIds } from '../../kit/runtime/ids';
import { entities, maybeEntity, oneEntity, type Db } from '../../kit/runtime/sql';
import { MajorEventEntity } from './event.entity';
import { RoleNeedEntity } from './need.entity';
import { NeedsRoundEntity } from './round.entity';

export type NewEvent = Omit<MajorEventEntity, 'id' | 'createdAt'>;

export function insertEvent(m: EntityManager, e: NewEvent): Promise<MajorEventEntity> {
  return oneEntity(
    m,
    MajorEventEntity,
    `INSERT INTO major_event (name, kind, starts_on, ends_on, venue, district_code, host_organization_id,
       campaign_code, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
    [e.name, e.kind, e.startsOn, e.endsOn, e.venue, e.districtCode, e.hostOrganizationId, e.campaignCode, e.createdBy],
  );
}

export function eventsByIds(db: Db, ids: readonly string[]): Promise<MajorEventEntity[]> {
  return entities(db, MajorEventEntity, 'SELECT * FROM major_event WHERE id = ANY($1)', [wellFormedIds(ids)]);
}

/** Events hosted by the given organizations, soonest first. */
export function eventsOfHosts(db: Db, organizationIds: readonly string[]): Promise<MajorEventEntity[]> {
  return entities(
    db,
    MajorEventEntity,
    'SELECT * FROM major_event WHERE host_organization_id = ANY($1) ORDER BY starts_on, id',
    [wellFormedIds(organizationIds)],
  );
}

export function eventsOfDistricts(db: Db, codes: readonly string[]): Promise<MajorEventEntity[]> {
  return entities(
    db,
    MajorEventEntity,
    'SELECT * FROM major_event WHERE district_code = ANY($1) ORDER BY starts_on, id',
    [codes],
  );
}

/** A page of events, soonest first, optionally those starting in `year`. */
export async function eventsPage(
  db: DataSource,
  year: number | null,
  size: number,
  after?: string | null,
): Promise<Connection<MajorEventEntity>> {
  const cursor = decodeCursor(after, ['date', 'uuid']);
  const params: unknown[] = [size + 1];
  const where: string[] = [];
  if (year !== null) where.push(`extract(year FROM starts_on) = $${params.push(year)}`);
  if (cursor) where.push(`(starts_on, id) > ($${params.push(cursor[0])}::date, $${params.push(cursor[1])}::uuid)`);
  const found = await entities(
    db,
    MajorEventEntity,
    `SELECT * FROM major_event ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY starts_on, id LIMIT $1`,
    params,
  );
  return toConnection(found, size, (e) => [e.startsOn, e.id]);
}

export function insertRound(
  m: EntityManager,
  r: Pick<NeedsRoundEntity, 'eventId' | 'title' | 'deadline'>,
): Promise<NeedsRoundEntity> {
  return oneEntity(
    m,
    NeedsRoundEntity,
    'INSERT INTO needs_round (event_id, title, deadline) VALUES ($1, $2, $3) RETURNING *',
    [r.eventId, r.title, r.deadline],
  );
}

export function roundsOfEvents(db: Db, eventIds: readonly string[]): Promise<NeedsRoundEntity[]> {
  return entities(db, NeedsRoundEntity, 'SELECT * FROM needs_round WHERE event_id = ANY($1) ORDER BY created_at, id', [
    wellFormedIds(eventIds),
  ]);
}

export function roundById(db: Db, id: string): Promise<NeedsRoundEntity | null> {
  return maybeEntity(db, NeedsRoundEntity, 'SELECT * FROM needs_round WHERE id = $1', [id]);
}

/**
 * Records a unit's need, or replaces its earlier one for the same kind of role, only while the round is open: the
 * deadline is compared with the database's clock in the statement itself, so a need arriving a moment late is
 * refused even if the check before it passed. Null when the round had closed.
 */
export function upsertNeedBeforeDeadline(
  m: EntityManager,
  n: Pick<RoleNeedEntity, 'roundId' | 'organizationId' | 'roleKind' | 'places' | 'note' | 'submittedBy'>,
): Promise<RoleNeedEntity | null> {
  return maybeEntity(
    m,
    RoleNeedEntity,
    `INSERT INTO role_need (round_id, event_id, organization_id, role_kind, places, note, submitted_by)
     SELECT r.id, r.event_id, $2, $3, $4, $5, $6 FROM needs_round r WHERE r.id = $1 AND r.deadline > now()
     ON CONFLICT (round_id, organization_id, role_kind) DO UPDATE SET places = EXCLUDED.places, note = EXCLUDED.note,
       submitted_by = EXCLUDED.submitted_by, submitted_at = now()
     RETURNING *`,
    [n.roundId, n.organizationId, n.roleKind, n.places, n.note, n.submittedBy],
  );
}

export function needsOfRounds(db: Db, roundIds: readonly string[]): Promise<RoleNeedEntity[]> {
  return entities(db, RoleNeedEntity, 'SELECT * FROM role_need WHERE round_id = ANY($1) ORDER BY submitted_at, id', [
    wellFormedIds(roundIds),
  ]);
}

export function needsOfOrganizations(db: Db, organizationIds: readonly string[]): Promise<RoleNeedEntity[]> {
  return entities(
    db,
    RoleNeedEntity,
    'SELECT * FROM role_need WHERE organization_id = ANY($1) ORDER BY submitted_at DESC, id',
    [wellFormedIds(organizationIds)],
  );
}
