import type { EntityManager } from 'typeorm';
import { wellFormedIds } from '../../kit/runtime/ids';
import { exec, maybeOne, one, rows, type Db } from '../../kit/runtime/sql';

export interface FamilyLinkRow {
  id: string;
  volunteerId: string;
  relativeId: string;
  relation: string;
  status: 'PENDING' | 'ACCEPTED';
  createdAt: Date;
  acceptedAt: Date | null;
}

/** A volunteer keeps at most this many links (declared or received), so the list needs no pages. */
export const MAX_FAMILY_LINKS = 10;

const COLUMNS = `id, volunteer_id AS "volunteerId", relative_id AS "relativeId", relation, status,
  created_at AS "createdAt", accepted_at AS "acceptedAt"`;

export function linkById(m: Db, id: string, lock = false): Promise<FamilyLinkRow | null> {
  return maybeOne(m, `SELECT ${COLUMNS} FROM family_link WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
}

/** Each volunteer's links in either direction, in one statement. */
export function linksOf(db: Db, ids: readonly string[]): Promise<(FamilyLinkRow & { owner: string })[]> {
  return rows(
    db,
    `SELECT ${COLUMNS}, o.owner FROM family_link
       JOIN unnest($1::uuid[]) AS o(owner) ON o.owner IN (volunteer_id, relative_id)
      ORDER BY created_at, id`,
    [wellFormedIds(ids)],
  );
}

/** Serialises a volunteer's own declarations until the transaction ends, so the link limit holds under concurrency. */
export async function serializeDeclarations(m: EntityManager, volunteerId: string): Promise<void> {
  await exec(m, 'SELECT pg_advisory_xact_lock(hashtext($1))', [volunteerId]);
}

export async function linkCount(m: Db, volunteerId: string): Promise<number> {
  const row = await one<{ n: number }>(
    m,
    'SELECT count(*)::int AS n FROM family_link WHERE $1 IN (volunteer_id, relative_id)',
    [volunteerId],
  );
  return row.n;
}

/** Null when the two already have a link (in either direction). */
export function insertLink(
  m: Db,
  volunteerId: string,
  relativeId: string,
  relation: string,
): Promise<FamilyLinkRow | null> {
  return maybeOne(
    m,
    `INSERT INTO family_link (volunteer_id, relative_id, relation) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING
     RETURNING ${COLUMNS}`,
    [volunteerId, relativeId, relation],
  );
}

/** The caller holds the link's row (`linkById(m, id, true)`), so the UPDATE finds it. */
export function acceptLink(m: Db, id: string): Promise<FamilyLinkRow> {
  return one(m, `UPDATE family_link SET status = 'ACCEPTED', accepted_at = now() WHERE id = $1 RETURNING ${COLUMNS}`, [
    id,
  ]);
}

export async function deleteLink(m: Db, id: string): Promise<void> {
  await exec(m, 'DELETE FROM family_link WHERE id = $1', [id]);
}

/** Whether the two volunteers have an accepted link, either way round. */
export async function areFamily(m: Db, a: string, b: string): Promise<boolean> {
  const found = await rows<{ one: number }>(
    m,
    `SELECT 1 AS one FROM family_link WHERE status = 'ACCEPTED'
        AND LEAST(volunteer_id, relative_id) = LEAST($1::uuid, $2::uuid)
        AND GREATEST(volunteer_id, relative_id) = GREATEST($1::uuid, $2::uuid)`,
    [a, b],
  );
  return found.length > 0;
}
