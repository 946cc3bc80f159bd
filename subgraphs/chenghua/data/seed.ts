import type { DataSource } from 'typeorm';
import { replicaOfAccount, seedDemoVolunteerReplicas } from '../../kit/district/volunteers';
import { announceFamily } from '../actions/announce';
import { MAX_MEMBERS } from '../rules/family';
import { addMember, insertFamily } from './family.repository';

/**
 * One demo family, 熊猫一家: demo volunteer 05 (a Chenghua resident) its guardian, 12 (also of Chenghua, an adult)
 * a member, so `npm start` shows a family
 * (announced to projects, so 05 can sign both up together). Idempotent: nothing is written once 05 belongs to a family.
 */
export async function seedChenghua(db: DataSource): Promise<void> {
  await seedDemoVolunteerReplicas(db);
  const [guardian, member] = await Promise.all([
    replicaOfAccount(db, 'demo-volunteer-05'),
    replicaOfAccount(db, 'demo-volunteer-12'),
  ]);
  if (!guardian || !member) return;
  await db.transaction(async (m) => {
    const family = await insertFamily(m, '熊猫一家', guardian.volunteerId);
    if (!family) return;
    await addMember(m, family.id, member.volunteerId, 'ADULT', true, MAX_MEMBERS);
    // Projects learns the family as it would from the guardian's own additions.
    await announceFamily(m, family.id);
  });
}
