import type { DataSource } from 'typeorm';
import { seedDemoVolunteerReplicas } from '../../kit/district-volunteers';
import demo from './demo.json';

/**
 * Demo offers and one accepted family link, with fixed ids (a restart changes nothing). Balances are not seeded:
 * they come from the demo service history the projects subgraph announces, like real ones.
 */
export async function seedPidu(db: DataSource): Promise<void> {
  await seedDemoVolunteerReplicas(db);
  for (const o of demo.offers) {
    await db.query(
      `INSERT INTO service_offer (id, provider_id, title, description, place, credits, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, '2021-06-01T09:00:00+08:00'::timestamptz + $7 * interval '1 day') ON CONFLICT DO NOTHING`,
      [o.id, o.providerId, o.title, o.description, o.place, o.credits, demo.offers.indexOf(o)],
    );
  }
  for (const l of demo.familyLinks) {
    await db.query(
      `INSERT INTO family_link (id, volunteer_id, relative_id, relation, status, accepted_at) VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT DO NOTHING`,
      [l.id, l.volunteerId, l.relativeId, l.relation, l.status],
    );
  }
}
