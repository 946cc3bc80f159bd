import type { DataSource } from 'typeorm';
import { demoInstant } from '../../kit/city/demo-days';
import { seedDemoVolunteerReplicas } from '../../kit/district/volunteers';
import demo from './demo.json';
import { seedNeeds } from './need.repository';

/** Wuhou's demo volunteers and needs board; idempotent like every seed (npm start runs it on every start). */
export async function seedWuhou(db: DataSource): Promise<void> {
  // The demo volunteers' registrations are seeded, not announced, in the volunteers subgraph.
  await seedDemoVolunteerReplicas(db);
  await seedNeeds(
    db,
    demo.needs.map((n) => ({
      ...n,
      urgency: n.urgency as 'LOW' | 'NORMAL' | 'URGENT',
      status: (n.status ?? 'OPEN') as 'OPEN' | 'DONE',
      // Dates move to the day of seeding (kit/demo-days): open needs in the coming weeks, one done weeks ago.
      neededAt: demoInstant(n.neededAt),
      takenAt: n.takenAt ? demoInstant(n.takenAt) : null,
      doneAt: n.doneAt ? demoInstant(n.doneAt) : null,
    })),
  );
}
