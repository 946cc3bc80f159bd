import type { DataSource } from 'typeorm';
import { exec, rows } from '../../../subgraphs/kit/runtime/sql';

/** One partner call as recorded: `outcome` is OK or the error codes of the answer, comma-separated. */
export interface PartnerCallRow {
  id: string;
  appId: string;
  accountId: string;
  operation: string;
  at: Date;
  outcome: string;
}

export async function insertPartnerCall(db: DataSource, c: Omit<PartnerCallRow, 'id' | 'at'>): Promise<void> {
  await exec(db, 'INSERT INTO partner_call (app_id, account_id, operation, outcome) VALUES ($1, $2, $3, $4)', [
    c.appId,
    c.accountId,
    c.operation,
    c.outcome,
  ]);
}

/** An app's calls in [from, to), newest first, after the cursor (at, id); `limit` rows. */
export function partnerCallsOfApp(
  db: DataSource,
  appId: string,
  from: Date | null,
  to: Date | null,
  limit: number,
  after: readonly [string, string] | null,
): Promise<PartnerCallRow[]> {
  return rows<PartnerCallRow>(
    db,
    `SELECT id::text AS id, app_id AS "appId", account_id AS "accountId", operation, at, outcome
       FROM partner_call
      WHERE app_id = $1 AND ($2::timestamptz IS NULL OR at >= $2) AND ($3::timestamptz IS NULL OR at < $3)
        AND ($4::timestamptz IS NULL OR (at, id) < ($4, $5::bigint))
      ORDER BY at DESC, id DESC LIMIT $6`,
    [appId, from, to, after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}
