import type { DataSource, EntityManager } from 'typeorm';
import type { Sex } from '../../kit/city/idcard';
import { wellFormedIds } from '../../kit/runtime/ids';
import { maybeOne, one, rows, type Db } from '../../kit/runtime/sql';

/** A request to correct the fields fixed at registration, and its outcome. */
export interface RecordCorrectionRow {
  id: string;
  volunteerId: string;
  realName: string | null;
  sex: Sex | null;
  birthDate: string | null;
  idNumber: string | null;
  reason: string;
  status: 'PENDING' | 'ACCEPTED' | 'REJECTED';
  note: string | null;
  decidedBy: string | null;
  requestedAt: Date;
  decidedAt: Date | null;
}

const columns = (t: string) => `${t}.id, ${t}.volunteer_id AS "volunteerId", ${t}.real_name AS "realName", ${t}.sex,
  to_char(${t}.birth_date, 'YYYY-MM-DD') AS "birthDate", ${t}.id_number AS "idNumber", ${t}.reason, ${t}.status,
  ${t}.note, ${t}.decided_by AS "decidedBy", ${t}.requested_at AS "requestedAt", ${t}.decided_at AS "decidedAt"`;
const COLUMNS = columns('record_correction');

/** Files a request; the open-request index turns a second open one into a unique violation (23505). */
export function insertCorrection(
  m: EntityManager,
  c: Pick<RecordCorrectionRow, 'volunteerId' | 'realName' | 'sex' | 'birthDate' | 'idNumber' | 'reason'>,
): Promise<RecordCorrectionRow> {
  return one(
    m,
    `INSERT INTO record_correction (volunteer_id, real_name, sex, birth_date, id_number, reason)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
    [c.volunteerId, c.realName, c.sex, c.birthDate, c.idNumber, c.reason],
  );
}

export function openCorrectionOf(m: EntityManager, volunteerId: string): Promise<RecordCorrectionRow | null> {
  return maybeOne(m, `SELECT ${COLUMNS} FROM record_correction WHERE volunteer_id = $1 AND status = 'PENDING'`, [
    volunteerId,
  ]);
}

export function correctionById(db: Db, id: string): Promise<RecordCorrectionRow | null> {
  return maybeOne(db, `SELECT ${COLUMNS} FROM record_correction WHERE id = $1`, [id]);
}

export function lockCorrection(m: EntityManager, id: string): Promise<RecordCorrectionRow | null> {
  return maybeOne(m, `SELECT ${COLUMNS} FROM record_correction WHERE id = $1 FOR UPDATE`, [id]);
}

export function decideCorrection(
  m: EntityManager,
  id: string,
  status: 'ACCEPTED' | 'REJECTED',
  note: string,
  decidedBy: string,
): Promise<RecordCorrectionRow> {
  return one(
    m,
    `UPDATE record_correction SET status = $2, note = $3, decided_by = $4, decided_at = now() WHERE id = $1
     RETURNING ${COLUMNS}`,
    [id, status, note, decidedBy],
  );
}

/** Every request of these volunteers, newest first (the volunteer's history; the export). */
export function correctionsOf(db: Db, volunteerIds: readonly string[]): Promise<RecordCorrectionRow[]> {
  return rows(
    db,
    `SELECT ${COLUMNS} FROM record_correction WHERE volunteer_id = ANY($1) ORDER BY requested_at DESC, id DESC`,
    [wellFormedIds(volunteerIds)],
  );
}

/** Open requests of active volunteers in `district` (every district when null), oldest first, at most `limit`. */
export function pendingCorrections(db: DataSource, district: string | null, limit: number) {
  return rows<RecordCorrectionRow>(
    db,
    `SELECT ${columns('c')} FROM record_correction c
       JOIN volunteer v ON v.id = c.volunteer_id AND v.status = 'ACTIVE'
      WHERE c.status = 'PENDING' AND ($1::text IS NULL OR v.district_code = $1)
      ORDER BY c.requested_at, c.id LIMIT $2`,
    [district, limit],
  );
}
