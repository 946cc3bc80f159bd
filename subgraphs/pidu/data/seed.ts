import type { DataSource } from 'typeorm';
import { demoInstant } from '../../kit/city/demo-days';
import { seedDemoVolunteerReplicas } from '../../kit/district/volunteers';
import demo from './demo.json';

/**
 * Demo offers and one accepted family link, with fixed ids (a restart changes nothing). Balances are not seeded:
 * they come from the demo service history the projects subgraph announces, like real ones. Dates move to the day
 * of seeding (kit/demo-days).
 */
export async function seedPidu(db: DataSource, now = new Date()): Promise<void> {
  await seedDemoVolunteerReplicas(db);
  for (const o of demo.offers) {
    await db.query(
      `INSERT INTO service_offer (id, provider_id, title, description, place, credits, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [o.id, o.providerId, o.title, o.description, o.place, o.credits, demoInstant(o.createdAt, now)],
    );
  }
  for (const l of demo.familyLinks) {
    await db.query(
      `INSERT INTO family_link (id, volunteer_id, relative_id, relation, status, accepted_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING`,
      [l.id, l.volunteerId, l.relativeId, l.relation, l.status, demoInstant(l.acceptedAt, now)],
    );
  }
}
