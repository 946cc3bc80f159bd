import type { EntityManager } from 'typeorm';
import { entities, exec, maybeOne, hydrate } from '../../kit/runtime/sql';
import { ShiftEntity } from './shift.entity';
import { SignupEntity } from './signup.entity';
import type { ServiceRecordEntity } from './service-record.entity';

/**
 * Set-based check-in and check-out of a shift's volunteers (issue 16.2): each function is one statement whatever
 * the number of people, so a 50-person shift costs what a 5-person one does.
 */

/** The shift with its project's organization, in one statement. */
export async function shiftWithOrganization(
  m: EntityManager,
  shiftId: string,
): Promise<{ shift: ShiftEntity; organizationId: string } | null> {
  const row = await maybeOne<Record<string, unknown> & { project_organization_id: string }>(
    m,
    `SELECT sh.*, p.organization_id AS project_organization_id
       FROM shift sh JOIN project p ON p.id = sh.project_id WHERE sh.id = $1`,
    [shiftId],
  );
  return row ? { shift: hydrate(m, ShiftEntity, row), organizationId: row.project_organization_id } : null;
}

/**
 * The shift's live sign-ups named by volunteer or by sign-up id, locked in id order: two bulk calls on the same
 * people lock them in the same order (no deadlock), and the second reads what the first wrote once it commits.
 */
export function lockShiftSignups(
  m: EntityManager,
  shiftId: string,
  by: { volunteerIds: readonly string[] } | { signupIds: readonly string[] },
): Promise<SignupEntity[]> {
  const [column, ids] = 'volunteerIds' in by ? ['volunteer_id', by.volunteerIds] : ['id', by.signupIds];
  return entities(
    m,
    SignupEntity,
    `SELECT * FROM signup WHERE shift_id = $1 AND ${column} = ANY($2) AND status <> 'CANCELLED' ORDER BY id FOR UPDATE`,
    [shiftId, ids],
  );
}

/** Records arrival (`checked_in_at`) or departure (`checked_out_at`) of locked sign-ups at one time. */
export function stampSignups(
  m: EntityManager,
  ids: readonly string[],
  column: 'checked_in_at' | 'checked_out_at',
  at: Date,
): Promise<SignupEntity[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return entities(m, SignupEntity, `UPDATE signup SET ${column} = $2 WHERE id = ANY($1) RETURNING *`, [ids, at]);
}

/** Writes the PENDING records of many check-outs in one statement. */
export async function insertRecords(
  m: EntityManager,
  records: Pick<
    ServiceRecordEntity,
    'projectId' | 'volunteerId' | 'signupId' | 'shiftId' | 'servedOn' | 'hours' | 'status' | 'confirmBy'
  >[],
): Promise<void> {
  if (records.length === 0) return;
  const col = <K extends keyof (typeof records)[number]>(k: K) => records.map((r) => r[k]);
  await exec(
    m,
    `INSERT INTO service_record (project_id, volunteer_id, signup_id, shift_id, served_on, hours, status, confirm_by)
     SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::date[], $6::numeric[], $7::text[],
                          $8::date[])`,
    [
      col('projectId'),
      col('volunteerId'),
      col('signupId'),
      col('shiftId'),
      col('servedOn'),
      col('hours'),
      col('status'),
      col('confirmBy'),
    ],
  );
}
