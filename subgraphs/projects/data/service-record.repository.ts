import type { DataSource, EntityManager } from 'typeorm';
import { entities, exec, hydrate, maybeOne, one, oneEntity, rows } from '../../kit/runtime/sql';
import { ServiceRecordEntity } from './service-record.entity';
import { wellFormedIds } from '../../kit/runtime/ids';

export interface ServiceSummaryRow {
  volunteerId: string;
  confirmedHours: number;
  recordCount: number;
  projectCount: number;
  organizationCount: number;
  firstServedOn: string | null;
  lastServedOn: string | null;
}

/** Confirmed-service figures for many volunteers in one statement. */
export async function serviceSummaries(db: DataSource, volunteerIds: readonly string[]): Promise<ServiceSummaryRow[]> {
  const found = await rows<Record<string, string | null>>(
    db,
    `SELECT r.volunteer_id, sum(r.hours) AS hours, count(*) AS records,
            count(DISTINCT r.project_id) AS projects, count(DISTINCT p.organization_id) AS organizations,
            to_char(min(r.served_on), 'YYYY-MM-DD') AS first_on, to_char(max(r.served_on), 'YYYY-MM-DD') AS last_on
       FROM service_record r JOIN project p ON p.id = r.project_id
      WHERE r.volunteer_id = ANY($1) AND r.status = 'CONFIRMED'
      GROUP BY r.volunteer_id`,
    [wellFormedIds(volunteerIds)],
  );
  return found.map((r) => ({
    volunteerId: r.volunteer_id!,
    confirmedHours: Number(r.hours),
    recordCount: Number(r.records),
    projectCount: Number(r.projects),
    organizationCount: Number(r.organizations),
    firstServedOn: r.first_on,
    lastServedOn: r.last_on,
  }));
}

/** The summary of a volunteer with no confirmed service yet. */
export function emptySummary(volunteerId: string): ServiceSummaryRow {
  return {
    volunteerId,
    confirmedHours: 0,
    recordCount: 0,
    projectCount: 0,
    organizationCount: 0,
    firstServedOn: null,
    lastServedOn: null,
  };
}

export function recordsByIds(db: DataSource, ids: readonly string[]): Promise<ServiceRecordEntity[]> {
  return entities(db, ServiceRecordEntity, 'SELECT * FROM service_record WHERE id = ANY($1)', [wellFormedIds(ids)]);
}

/** The record a check-out makes: PENDING until the organization reviews it. */
export function insertRecord(
  m: EntityManager,
  r: Pick<
    ServiceRecordEntity,
    'projectId' | 'volunteerId' | 'signupId' | 'shiftId' | 'servedOn' | 'hours' | 'status' | 'confirmBy'
  >,
): Promise<ServiceRecordEntity> {
  return oneEntity(
    m,
    ServiceRecordEntity,
    `INSERT INTO service_record (project_id, volunteer_id, signup_id, shift_id, served_on, hours, status, confirm_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
    [r.projectId, r.volunteerId, r.signupId, r.shiftId, r.servedOn, r.hours, r.status, r.confirmBy],
  );
}

/** Writes back a locked record's review: hours, status and who decided, when and why. */
export function updateRecord(m: EntityManager, r: ServiceRecordEntity): Promise<ServiceRecordEntity> {
  return oneEntity(
    m,
    ServiceRecordEntity,
    `UPDATE service_record SET hours = $2, status = $3, confirmed_at = $4, reviewed_by = $5, reject_reason = $6
     WHERE id = $1 RETURNING *`,
    [r.id, r.hours, r.status, r.confirmedAt, r.reviewedBy, r.rejectReason],
  );
}

/** Confirms many records at once (already locked and checked by the caller). */
export async function confirmRecordRows(
  m: EntityManager,
  ids: readonly string[],
  at: Date,
  by: string | null,
): Promise<void> {
  await exec(
    m,
    `UPDATE service_record SET status = 'CONFIRMED', confirmed_at = $2, reviewed_by = $3 WHERE id = ANY($1)`,
    [ids, at, by],
  );
}

/** Records locked for review, with the organization of their project. */
export async function lockRecords(
  m: EntityManager,
  ids: string[],
): Promise<(ServiceRecordEntity & { organizationId: string })[]> {
  const found = await rows<Record<string, unknown> & { project_organization_id: string }>(
    m,
    `SELECT r.*, p.organization_id AS project_organization_id
       FROM service_record r JOIN project p ON p.id = r.project_id WHERE r.id = ANY($1) FOR UPDATE OF r`,
    [ids],
  );
  return found.map((row) => ({
    ...hydrate(m, ServiceRecordEntity, row),
    organizationId: row.project_organization_id,
  }));
}

/** One page of an organization's records, oldest deadline first; `overdueOn` keeps only those past it. */
export function recordsOfOrganization(
  db: DataSource,
  organizationId: string,
  status: string,
  overdueOn: string | null,
  limit: number,
  after: (string | number)[] | null,
): Promise<ServiceRecordEntity[]> {
  const params: unknown[] = [organizationId, status];
  const overdue = overdueOn ? ` AND r.confirm_by < $${params.push(overdueOn)}` : '';
  const page = after ? ` AND (r.served_on, r.id) > ($${params.push(after[0])}, $${params.push(after[1])})` : '';
  return entities(
    db,
    ServiceRecordEntity,
    `SELECT r.* FROM service_record r JOIN project p ON p.id = r.project_id
      WHERE p.organization_id = $1 AND r.status = $2${overdue}${page}
      ORDER BY r.served_on, r.id LIMIT $${params.push(limit)}`,
    params,
  );
}

/** One page of a volunteer's records, latest first. */
export function recordsOfVolunteer(
  db: DataSource,
  volunteerId: string,
  limit: number,
  after: (string | number)[] | null,
): Promise<ServiceRecordEntity[]> {
  const params: unknown[] = [volunteerId];
  const page = after ? ` AND (r.served_on, r.id) < ($${params.push(after[0])}, $${params.push(after[1])})` : '';
  return entities(
    db,
    ServiceRecordEntity,
    `SELECT r.* FROM service_record r WHERE r.volunteer_id = $1${page}
      ORDER BY r.served_on DESC, r.id DESC LIMIT $${params.push(limit)}`,
    params,
  );
}

export interface ServiceSummaryLine {
  volunteerId: string;
  projectId: string;
  organizationId: string;
  hours: number;
  recordCount: number;
  firstServedOn: string;
  lastServedOn: string;
}

/** Confirmed service per volunteer and project, for many volunteers in one statement. */
export async function serviceLines(db: DataSource, volunteerIds: readonly string[]): Promise<ServiceSummaryLine[]> {
  const found = await rows<Record<string, string>>(
    db,
    `SELECT r.volunteer_id, r.project_id, p.organization_id, sum(r.hours) AS hours, count(*) AS records,
            to_char(min(r.served_on), 'YYYY-MM-DD') AS first_on, to_char(max(r.served_on), 'YYYY-MM-DD') AS last_on
       FROM service_record r JOIN project p ON p.id = r.project_id
      WHERE r.volunteer_id = ANY($1) AND r.status = 'CONFIRMED'
      GROUP BY r.volunteer_id, r.project_id, p.organization_id
      ORDER BY sum(r.hours) DESC, r.project_id`,
    [wellFormedIds(volunteerIds)],
  );
  return found.map((r) => ({
    volunteerId: r.volunteer_id,
    projectId: r.project_id,
    organizationId: r.organization_id,
    hours: Number(r.hours),
    recordCount: Number(r.records),
    firstServedOn: r.first_on,
    lastServedOn: r.last_on,
  }));
}

/** The first `limit` records (latest first) of each of many volunteers, in one statement. */
export async function firstRecordsOfVolunteers(
  db: DataSource,
  volunteerIds: readonly string[],
  limit: number,
): Promise<ServiceRecordEntity[]> {
  const ranked = await rows<{ id: string }>(
    db,
    `SELECT id FROM (
       SELECT id, row_number() OVER (PARTITION BY volunteer_id ORDER BY served_on DESC, id DESC) AS n
         FROM service_record WHERE volunteer_id = ANY($1)
     ) r WHERE n <= $2`,
    [wellFormedIds(volunteerIds), limit],
  );
  if (ranked.length === 0) return [];
  return entities(
    db,
    ServiceRecordEntity,
    'SELECT * FROM service_record WHERE id = ANY($1) ORDER BY served_on DESC, id DESC',
    [ranked.map((r) => r.id)],
  );
}

export interface CorrectionRow {
  id: string;
  recordId: string;
  volunteerId: string;
  requestedHours: string;
  previousHours: string;
  reason: string;
  status: string;
  response: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
}

const CORRECTION_COLUMNS = `id, record_id AS "recordId", volunteer_id AS "volunteerId",
  requested_hours AS "requestedHours", previous_hours AS "previousHours", reason, status, response,
  created_at AS "createdAt", resolved_at AS "resolvedAt"`;

export function insertCorrection(
  m: EntityManager,
  c: { recordId: string; volunteerId: string; requestedHours: number; previousHours: string; reason: string },
): Promise<CorrectionRow> {
  return one<CorrectionRow>(
    m,
    `INSERT INTO correction_request (record_id, volunteer_id, requested_hours, previous_hours, reason, status)
     VALUES ($1, $2, $3, $4, $5, 'OPEN') RETURNING ${CORRECTION_COLUMNS}`,
    [c.recordId, c.volunteerId, c.requestedHours, c.previousHours, c.reason],
  );
}

export function lockCorrection(m: EntityManager, id: string): Promise<CorrectionRow | null> {
  return maybeOne(m, `SELECT ${CORRECTION_COLUMNS} FROM correction_request WHERE id = $1 FOR UPDATE`, [id]);
}

/** Whether a correction of the record is waiting for the organization. */
export async function hasOpenCorrection(m: EntityManager, recordId: string): Promise<boolean> {
  const found = await maybeOne<{ one: number }>(
    m,
    `SELECT 1 AS one FROM correction_request WHERE record_id = $1 AND status = 'OPEN'`,
    [recordId],
  );
  return found !== null;
}

export function resolveCorrectionRow(
  m: EntityManager,
  id: string,
  status: string,
  response: string | null,
): Promise<CorrectionRow> {
  return one<CorrectionRow>(
    m,
    `UPDATE correction_request SET status = $2, response = $3, resolved_at = now() WHERE id = $1
     RETURNING ${CORRECTION_COLUMNS}`,
    [id, status, response],
  );
}

/** Correction requests of many records, newest first. */
export function correctionsOfRecords(db: DataSource, recordIds: readonly string[]): Promise<CorrectionRow[]> {
  return rows(
    db,
    `SELECT ${CORRECTION_COLUMNS} FROM correction_request WHERE record_id = ANY($1) ORDER BY created_at DESC, id DESC`,
    [wellFormedIds(recordIds)],
  );
}
