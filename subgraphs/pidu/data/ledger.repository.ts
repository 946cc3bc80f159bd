import { wellFormedIds } from '../../kit/runtime/ids';
import { exec, maybeOne, one, rows, type Db } from '../../kit/runtime/sql';
import type { RecordCredit } from '../rules/time-bank';

/* All SQL of the time-bank ledger. Balances change only through `post`, which appends the matching entry. */

export interface Account {
  volunteerId: string;
  balance: number;
  held: number;
}

export type EntryKind = 'EARNED' | 'CORRECTED' | 'GIFT_SENT' | 'GIFT_RECEIVED' | 'HELD' | 'PAID' | 'RELEASED';

export interface EntryRow {
  id: string;
  volunteerId: string;
  kind: EntryKind;
  amount: number;
  balanceAfter: number;
  recordId: string | null;
  counterpartId: string | null;
  bookingId: string | null;
  createdAt: Date;
}

const ACCOUNT = `volunteer_id AS "volunteerId", balance::float8 AS balance, held::float8 AS held`;

/**
 * Opens (where missing) and locks the accounts of `ids` for the rest of the transaction, always in id order so two
 * transfers between the same pair cannot deadlock. Every change to an account goes through here first.
 */
export async function lockAccounts(m: Db, ids: string[]): Promise<Map<string, Account>> {
  const sorted = [...new Set(ids)].sort();
  await exec(
    m,
    'INSERT INTO time_bank_account (volunteer_id) SELECT unnest($1::uuid[]) ORDER BY 1 ON CONFLICT DO NOTHING',
    [sorted],
  );
  const locked = await rows<Account>(
    m,
    `SELECT ${ACCOUNT} FROM time_bank_account WHERE volunteer_id = ANY($1) ORDER BY volunteer_id FOR UPDATE`,
    [sorted],
  );
  return new Map(locked.map((r) => [r.volunteerId, r]));
}

/** Changes a locked account's balance (and escrow) and appends the entry saying why; returns the new balance. */
export async function post(
  m: Db,
  volunteerId: string,
  kind: EntryKind,
  amount: number,
  refs: { heldDelta?: number; recordId?: string; counterpartId?: string; bookingId?: string } = {},
): Promise<number> {
  // The account was locked (and opened) by `lockAccounts`, so the UPDATE finds its row.
  const { balance } = await one<{ balance: number }>(
    m,
    `UPDATE time_bank_account SET balance = balance + $2, held = held + $3, updated_at = now()
      WHERE volunteer_id = $1 RETURNING balance::float8 AS balance`,
    [volunteerId, amount, refs.heldDelta ?? 0],
  );
  if (amount !== 0) {
    await exec(
      m,
      `INSERT INTO time_bank_entry (volunteer_id, kind, amount, balance_after, record_id, counterpart_id, booking_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [volunteerId, kind, amount, balance, refs.recordId ?? null, refs.counterpartId ?? null, refs.bookingId ?? null],
    );
  }
  return balance;
}

export function accountsByIds(db: Db, ids: readonly string[]): Promise<Account[]> {
  return rows(db, `SELECT ${ACCOUNT} FROM time_bank_account WHERE volunteer_id = ANY($1)`, [wellFormedIds(ids)]);
}

/** Confirmed hours that earned no credit (the account was full), per volunteer. */
export function uncreditedHours(db: Db, ids: readonly string[]): Promise<{ key: string; count: number }[]> {
  return rows(
    db,
    `SELECT volunteer_id AS key, sum(hours - credited)::float8 AS count FROM record_credit WHERE volunteer_id = ANY($1)
     GROUP BY volunteer_id`,
    [wellFormedIds(ids)],
  );
}

/** A page of each account's entries, newest first, in one statement. */
export function entriesOf(
  db: Db,
  ids: readonly string[],
  size: number,
  after: (string | number)[] | null,
): Promise<EntryRow[]> {
  return rows(
    db,
    `SELECT id, "volunteerId", kind, amount, "balanceAfter", "recordId", "counterpartId", "bookingId", "createdAt"
     FROM (
       SELECT id::text, volunteer_id AS "volunteerId", kind, amount::float8 AS amount,
              balance_after::float8 AS "balanceAfter", record_id AS "recordId", counterpart_id AS "counterpartId",
              booking_id AS "bookingId", created_at AS "createdAt",
              row_number() OVER (PARTITION BY volunteer_id ORDER BY id DESC) AS n
         FROM time_bank_entry WHERE volunteer_id = ANY($1) AND ($2::bigint IS NULL OR id < $2)
     ) e WHERE n <= $3 ORDER BY "volunteerId", id::bigint DESC`,
    [wellFormedIds(ids), after ? String(after[0]) : null, size],
  );
}

export function recordCreditFor(m: Db, recordId: string): Promise<RecordCredit | null> {
  return maybeOne(
    m,
    'SELECT hours::float8 AS hours, credited::float8 AS credited FROM record_credit WHERE record_id = $1',
    [recordId],
  );
}

export async function saveRecordCredit(m: Db, recordId: string, volunteerId: string, c: RecordCredit): Promise<void> {
  await exec(
    m,
    `INSERT INTO record_credit (record_id, volunteer_id, hours, credited) VALUES ($1, $2, $3, $4)
     ON CONFLICT (record_id) DO UPDATE SET hours = $3, credited = $4, updated_at = now()`,
    [recordId, volunteerId, c.hours, c.credited],
  );
}
