import type { EntityManager } from 'typeorm';

/**
 * Holds one volunteer's requests under one key in line until the transaction ends: a concurrent retry waits for
 * the first attempt, then finds its record instead of moving credits a second time.
 */
export async function lockRequestKey(m: EntityManager, volunteerId: string, key: string): Promise<void> {
  await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`pidu-money:${volunteerId}:${key}`]);
}

export async function requestByKey(
  m: EntityManager,
  volunteerId: string,
  key: string,
): Promise<{ request: string; resultId: string } | null> {
  const [row] = await m.query(
    'SELECT request, result_id AS "resultId" FROM money_request WHERE volunteer_id = $1 AND idempotency_key = $2',
    [volunteerId, key],
  );
  return row ?? null;
}

export async function saveRequest(
  m: EntityManager,
  volunteerId: string,
  key: string,
  request: string,
  resultId: string,
): Promise<void> {
  await m.query(
    'INSERT INTO money_request (volunteer_id, idempotency_key, request, result_id) VALUES ($1, $2, $3, $4)',
    [volunteerId, key, request, resultId],
  );
}
