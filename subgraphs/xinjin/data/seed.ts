import type { DataSource } from 'typeorm';
import { seedDemoVolunteerReplicas } from '../../kit/district-volunteers';
import demo from './demo.json';

/**
 * Demo rewards donated by Xinjin businesses, with fixed ids (a restart changes nothing and keeps the stock as
 * redemptions left it). Points are not seeded: they come from the demo service history, like real ones.
 */
export async function seedXinjin(db: DataSource): Promise<void> {
  await seedDemoVolunteerReplicas(db);
  for (const [i, r] of demo.rewards.entries()) {
    await db.query(
      `INSERT INTO reward (id, title, description, merchant_name, merchant_account, points_cost, stock, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, '2021-05-01T09:00:00+08:00'::timestamptz + $8 * interval '1 day') ON CONFLICT DO NOTHING`,
      [r.id, r.title, r.description, r.merchantName, r.merchantAccount, r.pointsCost, r.stock, i],
    );
  }
}
