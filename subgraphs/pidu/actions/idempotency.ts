import type { EntityManager } from 'typeorm';
import { conflict } from '../../kit/runtime/errors';
import { lockRequestKey, requestByKey, saveRequest } from '../data/money-request.repository';

/**
 * Runs a money move at most once per (volunteer, idempotency key), inside the caller's transaction. `request`
 * describes what was asked (kind and arguments): a retry asking the same gets the first result's id back without
 * running `move`; the same key with a different request is a CONFLICT. Without a key, `move` simply runs.
 */
export async function oncePerKey(
  m: EntityManager,
  volunteerId: string,
  key: string | null,
  request: string,
  move: () => Promise<string>,
): Promise<{ resultId: string; replayed: boolean }> {
  if (!key) return { resultId: await move(), replayed: false };
  await lockRequestKey(m, volunteerId, key);
  const earlier = await requestByKey(m, volunteerId, key);
  if (earlier) {
    if (earlier.request !== request)
      throw conflict('This idempotency key was already used for a different request; use a new key for a new request.');
    return { resultId: earlier.resultId, replayed: true };
  }
  const resultId = await move();
  await saveRequest(m, volunteerId, key, request, resultId);
  return { resultId, replayed: false };
}
