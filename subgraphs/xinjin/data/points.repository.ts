import { wellFormedIds } from '../../kit/runtime/ids';
import { exec, maybeOne, one, rows, type Db } from '../../kit/runtime/sql';

/* Points accounts and their append-only ledger. Balances change only through `post`. */

export interface PointsAccount {
  volunteerId: string;
  hours: number;
  balance: number;
}

const ACCOUNT = `volunteer_id AS "volunteerId", hours::float8 AS hours, balance`;

/** Opens (where missing) and locks a volunteer's account for the rest of the transaction. */
export async function lockAccount(m: Db, volunteerId: string): Promise<PointsAccount> {
  await exec(m, 'INSERT INTO points_account (volunteer_id) VALUES ($1) ON CONFLICT DO NOTHING', [volunteerId]);
  return one(m, `SELECT ${ACCOUNT} FROM points_account WHERE volunteer_id = $1 FOR UPDATE`, [volunteerId]);
}

/** Changes a locked account and appends the entry saying why. */
export async function post(
  m: Db,
  volunteerId: string,
  kind: 'EARNED' | 'CORRECTED' | 'REDEEMED',
  amount: number,
  refs: { hoursDelta?: number; recordId?: string; redemptionId?: string } = {},
): Promise<number> {
  // The account was opened and locked by `lockAccount`, so the UPDATE finds its row.
  const row = await one<{ balance: number }>(
    m,
    `UPDATE points_account SET balance = balance + $2, hours = hours + $3, updated_at = now() WHERE volunteer_id = $1
     RETURNING balance`,
    [volunteerId, amount, refs.hoursDelta ?? 0],
  );
  if (amount !== 0) {
    await exec(
      m,
      `INSERT INTO points_entry (volunteer_id, kind, amount, balance_after, record_id, redemption_id)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [volunteerId, kind, amount, row.balance, refs.recordId ?? null, refs.redemptionId ?? null],
    );
  }
  return row.balance;
}

export function accountsByIds(db: Db, ids: readonly string[]): Promise<PointsAccount[]> {
  return rows(db, `SELECT ${ACCOUNT} FROM points_account WHERE volunteer_id = ANY($1)`, [wellFormedIds(ids)]);
}

export async function recordHours(m: Db, recordId: string): Promise<number | null> {
  const row = await maybeOne<{ hours: number }>(
    m,
    'SELECT hours::float8 AS hours FROM record_hours WHERE record_id = $1',
    [recordId],
  );
  return row ? row.hours : null;
}

export async function saveRecordHours(m: Db, recordId: string, volunteerId: string, hours: number): Promise<void> {
  await exec(
    m,
    `INSERT INTO record_hours (record_id, volunteer_id, hours) VALUES ($1, $2, $3)
     ON CONFLICT (record_id) DO UPDATE SET hours = $3, updated_at = now()`,
    [recordId, volunteerId, hours],
  );
}
