import { In, type DataSource, type EntityManager } from 'typeorm';
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
  const rows: Record<string, string | null>[] = await db.query(
    `SELECT r.volunteer_id, sum(r.hours) AS hours, count(*) AS records,
            count(DISTINCT r.project_id) AS projects, count(DISTINCT p.organization_id) AS organizations,
            to_char(min(r.served_on), 'YYYY-MM-DD') AS first_on, to_char(max(r.served_on), 'YYYY-MM-DD') AS last_on
       FROM service_record r JOIN project p ON p.id = r.project_id
      WHERE r.volunteer_id = ANY($1) AND r.status = 'CONFIRMED'
      GROUP BY r.volunteer_id`,
    [wellFormedIds(volunteerIds)],
  );
  return rows.map((r) => ({
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

const records = (db: DataSource | EntityManager) => db.getRepository(ServiceRecordEntity);

export function recordsByIds(db: DataSource, ids: readonly string[]): Promise<ServiceRecordEntity[]> {
  return records(db).findBy({ id: In(wellFormedIds(ids)) });
}

export function saveRecord(m: EntityManager, row: Partial<ServiceRecordEntity>): Promise<ServiceRecordEntity> {
  return records(m).save(records(m).create(row));
}

/** Records locked for review, with the organization of their project. */
export async function lockRecords(
  m: EntityManager,
  ids: string[],
): Promise<(ServiceRecordEntity & { organizationId: string })[]> {
  const found = await records(m)
    .createQueryBuilder('r')
    .setLock('pessimistic_write', undefined, ['r'])
    .innerJoin('project', 'p', 'p.id = r.project_id')
    .addSelect('p.organization_id', 'organization_id')
    .where('r.id = ANY(:ids)', { ids })
    .getRawAndEntities();
  return found.entities.map((e) => ({ ...e, organizationId: found.raw.find((r) => r.r_id === e.id)!.organization_id }));
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
  const q = records(db)
    .createQueryBuilder('r')
    .innerJoin('project', 'p', 'p.id = r.project_id')
    .where('p.organization_id = :organizationId AND r.status = :status', { organizationId, status });
  if (overdueOn) q.andWhere('r.confirm_by < :overdueOn', { overdueOn });
  if (after) q.andWhere('(r.served_on, r.id) > (:on, :id)', { on: after[0], id: after[1] });
  return q.orderBy('r.served_on').addOrderBy('r.id').limit(limit).getMany();
}

/** One page of a volunteer's records, latest first. */
export function recordsOfVolunteer(
  db: DataSource,
  volunteerId: string,
  limit: number,
  after: (string | number)[] | null,
): Promise<ServiceRecordEntity[]> {
  const q = records(db).createQueryBuilder('r').where('r.volunteer_id = :volunteerId', { volunteerId });
  if (after) q.andWhere('(r.served_on, r.id) < (:on, :id)', { on: after[0], id: after[1] });
  return q.orderBy('r.served_on', 'DESC').addOrderBy('r.id', 'DESC').limit(limit).getMany();
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
  const rows: Record<string, string>[] = await db.query(
    `SELECT r.volunteer_id, r.project_id, p.organization_id, sum(r.hours) AS hours, count(*) AS records,
            to_char(min(r.served_on), 'YYYY-MM-DD') AS first_on, to_char(max(r.served_on), 'YYYY-MM-DD') AS last_on
       FROM service_record r JOIN project p ON p.id = r.project_id
      WHERE r.volunteer_id = ANY($1) AND r.status = 'CONFIRMED'
      GROUP BY r.volunteer_id, r.project_id, p.organization_id
      ORDER BY sum(r.hours) DESC, r.project_id`,
    [wellFormedIds(volunteerIds)],
  );
  return rows.map((r) => ({
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
  const ranked: { id: string }[] = await db.query(
    `SELECT id FROM (
       SELECT id, row_number() OVER (PARTITION BY volunteer_id ORDER BY served_on DESC, id DESC) AS n
         FROM service_record WHERE volunteer_id = ANY($1)
     ) r WHERE n <= $2`,
    [wellFormedIds(volunteerIds), limit],
  );
  if (ranked.length === 0) return [];
  return records(db).find({ where: { id: In(ranked.map((r) => r.id)) }, order: { servedOn: 'DESC', id: 'DESC' } });
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

export async function insertCorrection(
  m: EntityManager,
  c: { recordId: string; volunteerId: string; requestedHours: number; previousHours: string; reason: string },
): Promise<CorrectionRow> {
  const [row] = await m.query(
    `INSERT INTO correction_request (record_id, volunteer_id, requested_hours, previous_hours, reason, status)
     VALUES ($1, $2, $3, $4, $5, 'OPEN') RETURNING ${CORRECTION_COLUMNS}`,
    [c.recordId, c.volunteerId, c.requestedHours, c.previousHours, c.reason],
  );
  return row;
}

export async function lockCorrection(m: EntityManager, id: string): Promise<CorrectionRow | null> {
  const [row] = await m.query(`SELECT ${CORRECTION_COLUMNS} FROM correction_request WHERE id = $1 FOR UPDATE`, [id]);
  return row ?? null;
}

export async function resolveCorrectionRow(
  m: EntityManager,
  id: string,
  status: string,
  response: string | null,
): Promise<CorrectionRow> {
  const [[row]] = await m.query(
    `UPDATE correction_request SET status = $2, response = $3, resolved_at = now() WHERE id = $1
     RETURNING ${CORRECTION_COLUMNS}`,
    [id, status, response],
  );
  return row;
}

/** Correction requests of many records, newest first. */
export function correctionsOfRecords(db: DataSource, recordIds: readonly string[]): Promise<CorrectionRow[]> {
  return db.query(
    `SELECT ${CORRECTION_COLUMNS} FROM correction_request WHERE record_id = ANY($1) ORDER BY created_at DESC, id DESC`,
    [wellFormedIds(recordIds)],
  );
}
