import type { EntityManager } from 'typeorm';
import { exec, rows } from '../../kit/runtime/sql';

/** Keeps a volunteer's card digest; a replay changes nothing, a new card replaces the old one. */
export async function saveCardDigest(m: EntityManager, volunteerId: string, digest: string): Promise<void> {
  await exec(m, 'DELETE FROM volunteer_card WHERE volunteer_id = $1 AND card_digest <> $2', [volunteerId, digest]);
  await exec(
    m,
    `INSERT INTO volunteer_card (card_digest, volunteer_id) VALUES ($1, $2)
     ON CONFLICT (card_digest) DO UPDATE SET volunteer_id = $2`,
    [digest, volunteerId],
  );
}

export async function eraseCardDigest(m: EntityManager, volunteerId: string): Promise<void> {
  await exec(m, 'DELETE FROM volunteer_card WHERE volunteer_id = $1', [volunteerId]);
}

/** The volunteers behind many card digests, in one statement; unknown digests are absent. */
export function volunteersByCardDigests(
  m: EntityManager,
  digests: readonly string[],
): Promise<{ digest: string; volunteerId: string }[]> {
  return rows(
    m,
    `SELECT card_digest AS digest, volunteer_id AS "volunteerId" FROM volunteer_card WHERE card_digest = ANY($1)`,
    [digests],
  );
}
