import type DataLoader from 'dataloader';
import { rowLoader } from '../runtime/loaders';
import type { ReplicaVolunteer } from './volunteer-replica.repository';

/**
 * A DataLoader of the calling volunteer's own row under each key of a page (their offer of each alert, their shift
 * on each slot): one statement per page, and nothing at all for a caller who is not a registered volunteer.
 * `me` is the request's `callerVolunteer`.
 */
export function callerRowLoader<V>(
  me: () => Promise<ReplicaVolunteer | null>,
  fetch: (volunteerId: string, keys: readonly string[]) => Promise<V[]>,
  keyOf: (row: V) => string,
): DataLoader<string, V | null> {
  return rowLoader(async (keys: readonly string[]) => {
    const volunteer = await me();
    return volunteer ? fetch(volunteer.volunteerId, keys) : [];
  }, keyOf);
}
