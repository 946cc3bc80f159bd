import type { DataSource } from 'typeorm';
import { demoInstant } from '../../kit/city/demo-days';
import { seedDemoVolunteerReplicas } from '../../kit/district/volunteers';
import demo from './demo.json';

/**
 * Demo rewards donated by Xinjin businesses, with fixed ids (a restart changes nothing and keeps the stock as
 * redemptions left it). Points are not seeded: they come from the demo service history, like real ones. Dates move
 * to the day of seeding (kit/demo-days).
 */
export async function seedXinjin(db: DataSource, now = new Date()): Promise<void> {
  await seedDemoVolunteerReplicas(db);
  for (const r of demo.rewards) {
    await db.query(
      `INSERT INTO reward (id, title, description, merchant_name, merchant_account, points_cost, stock, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
      [
        r.id,
        r.title,
        r.description,
        r.merchantName,
        r.merchantAccount,
        r.pointsCost,
        r.stock,
        demoInstant(r.createdAt, now),
      ],
    );
  }
}
