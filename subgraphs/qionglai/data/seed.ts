import type { DataSource } from 'typeorm';
import demo from './demo.json';
import { seedPlaces, type PlaceRow } from './place.repository';
import { rememberDistricts } from './project-facts.repository';
import { seedTags } from './tag.repository';

/** Qionglai's demo villages and project tags; idempotent like every seed (npm start runs it on every start). */
export async function seedQionglai(db: DataSource): Promise<void> {
  await seedPlaces(db, demo.places as PlaceRow[]);
  // The demo project 花楸村留守儿童陪伴与作业辅导 is Qionglai's in the projects demo data.
  await rememberDistricts(
    db,
    demo.tags.map((t) => ({ projectId: t.projectId, districtCode: 'qionglai' })),
  );
  await seedTags(db, demo.tags);
}
