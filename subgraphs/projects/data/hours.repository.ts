import type { DataSource, EntityManager } from 'typeorm';
import { rows } from '../../kit/runtime/sql';

/** What `service.confirmed` tells about a confirmed record, oldest service first. */
export interface ConfirmedRecordFacts {
  id: string;
  volunteer_id: string;
  project_id: string;
  served_on: string;
  hours: string;
  organization_id: string;
  district_code: string;
}

export function confirmedRecordFacts(m: EntityManager, recordIds: readonly string[]): Promise<ConfirmedRecordFacts[]> {
  return rows(
    m,
    `SELECT r.id, r.volunteer_id, r.project_id, to_char(r.served_on, 'YYYY-MM-DD') AS served_on, r.hours,
            p.organization_id, p.district_code
       FROM service_record r JOIN project p ON p.id = r.project_id
      WHERE r.id = ANY($1) AND r.status = 'CONFIRMED' ORDER BY r.served_on, r.id`,
    [recordIds],
  );
}

/**
 * Bumps the hours version of each volunteer (ids sorted by the caller, so locks are taken in one order), holding
 * their rows until the transaction ends; returns the new versions (bigint, as text).
 */
export function bumpHoursVersions(
  m: EntityManager,
  volunteerIds: readonly string[],
): Promise<{ volunteer_id: string; version: string }[]> {
  return rows(
    m,
    `INSERT INTO volunteer_hours_version (volunteer_id, version)
     SELECT v, 1 FROM unnest($1::uuid[]) WITH ORDINALITY AS t(v, n) ORDER BY n
     ON CONFLICT (volunteer_id) DO UPDATE SET version = volunteer_hours_version.version + 1
     RETURNING volunteer_id, version`,
    [volunteerIds],
  );
}

/** Each volunteer's confirmed total (numeric, as text); volunteers without confirmed hours are left out. */
export function confirmedTotals(
  m: EntityManager,
  volunteerIds: readonly string[],
): Promise<{ volunteer_id: string; hours: string }[]> {
  return rows(
    m,
    `SELECT volunteer_id, sum(hours) AS hours FROM service_record
      WHERE volunteer_id = ANY($1) AND status = 'CONFIRMED' GROUP BY volunteer_id ORDER BY volunteer_id`,
    [volunteerIds],
  );
}

/** Records that an announcement was made; false when it had been already (the insert is the check). */
export async function markAnnounced(m: EntityManager, name: string): Promise<boolean> {
  const inserted = await rows<{ name: string }>(
    m,
    'INSERT INTO announcement (name) VALUES ($1) ON CONFLICT DO NOTHING RETURNING name',
    [name],
  );
  return inserted.length > 0;
}

export async function confirmedRecordIds(db: DataSource | EntityManager): Promise<string[]> {
  const found = await rows<{ id: string }>(db, `SELECT id FROM service_record WHERE status = 'CONFIRMED'`);
  return found.map((r) => r.id);
}
