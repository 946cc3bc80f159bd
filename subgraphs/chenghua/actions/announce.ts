import type { EntityManager } from 'typeorm';
import { emit } from '../../kit/runtime/event-catalogue';
import { nextFamilyAnnouncement } from '../data/family-friendly.repository';

/**
 * Tells projects who a family is now (guardian and active members), in the transaction that changed it, so the
 * guardian can sign them up together there.
 */
export async function announceFamily(m: EntityManager, familyId: string): Promise<void> {
  const family = await nextFamilyAnnouncement(m, familyId);
  await emit(m, 'family.members', { familyId, ...family });
}
