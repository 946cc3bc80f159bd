import type { EntityManager } from 'typeorm';
import { exec, maybeOne } from '../../kit/runtime/sql';

/**
 * Holds one volunteer's requests under one key in line until the transaction ends: a concurrent retry waits for
 * the first attempt, then finds its record instead of moving credits a second time.
 */
export async function lockRequestKey(m: EntityManager, volunteerId: string, key: string): Promise<void> {
  await exec(m, 'SELECT pg_advisory_xact_lock(hashtext($1))', [`pidu-money:${volunteerId}:${key}`]);
}

export function requestByKey(
  m: EntityManager,
  volunteerId: string,
  key: string,
): Promise<{ request: string; resultId: string } | null> {
  return maybeOne(
    m,
    'SELECT request, result_id AS "resultId" FROM money_request WHERE volunteer_id = $1 AND idempotency_key = $2',
    [volunteerId, key],
  );
}

export async function saveRequest(
  m: EntityManager,
  volunteerId: string,
  key: string,
  request: string,
  resultId: string,
): Promise<void> {
  await exec(
    m,
    'INSERT INTO money_request (volunteer_id, idempotency_key, request, result_id) VALUES ($1, $2, $3, $4)',
    [volunteerId, key, request, resultId],
  );
}
