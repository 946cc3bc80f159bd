import type { DataSource } from 'typeorm';
import { exec, maybeOne, one, rows, type Db } from '../../kit/runtime/sql';

/** The registered documents of many apps (hashes, oldest first), in one statement. */
export function documentsOfApps(db: DataSource, clientIds: readonly string[]) {
  return rows<{ clientId: string; hash: string }>(
    db,
    `SELECT client_id AS "clientId", hash FROM partner_app_document WHERE client_id = ANY($1)
     ORDER BY registered_at, hash`,
    [[...clientIds]],
  );
}

export async function documentOfApp(db: Db, clientId: string, hash: string): Promise<string | null> {
  const found = await maybeOne<{ body: string }>(
    db,
    'SELECT body FROM partner_app_document WHERE client_id = $1 AND hash = $2',
    [clientId, hash],
  );
  return found?.body ?? null;
}

export async function countDocuments(db: Db, clientId: string): Promise<number> {
  const { n } = await one<{ n: number }>(
    db,
    'SELECT count(*)::int AS n FROM partner_app_document WHERE client_id = $1',
    [clientId],
  );
  return n;
}

/** Adds documents; one already registered for the app stays as it was (same hash, same text). */
export async function insertDocuments(
  db: Db,
  clientId: string,
  documents: readonly { hash: string; body: string }[],
  registeredBy: string,
): Promise<void> {
  await exec(
    db,
    `INSERT INTO partner_app_document (client_id, hash, body, registered_by)
     SELECT $1, d.hash, d.body, $4 FROM unnest($2::text[], $3::text[]) AS d(hash, body)
     ON CONFLICT (client_id, hash) DO NOTHING`,
    [clientId, documents.map((d) => d.hash), documents.map((d) => d.body), registeredBy],
  );
}

export async function deleteDocuments(db: Db, clientId: string, hashes: readonly string[]): Promise<void> {
  await exec(db, 'DELETE FROM partner_app_document WHERE client_id = $1 AND hash = ANY($2)', [clientId, [...hashes]]);
}
