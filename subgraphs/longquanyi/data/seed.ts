import type { DataSource } from 'typeorm';
import { replicaOfAccount, seedDemoVolunteerReplicas } from '../../kit/district/volunteers';
import demo from './demo.json';
import { seedAccount } from './stars.repository';

/**
 * Two demo volunteers with standing in Longquanyi (01 at two stars; 06, a Longquanyi resident, at three), so
 * `npm start` shows the scheme. Idempotent: an account is written only where the volunteer has none.
 */
export async function seedLongquanyi(db: DataSource): Promise<void> {
  await seedDemoVolunteerReplicas(db);
  for (const a of demo.accounts) {
    const v = await replicaOfAccount(db, a.account);
    if (v) await seedAccount(db, { volunteerId: v.volunteerId, hours: a.hours, awardedPoints: a.awardedPoints });
  }
}
