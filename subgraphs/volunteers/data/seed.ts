import type { DataSource } from 'typeorm';
import { seedRows } from '../../kit/seed';
import demo from './demo.json';
import { VolunteerEntity } from './volunteer.entity';

/**
 * Demo volunteers with full basic records. Rows seeded before the basic record existed get it filled in once
 * (only while their ID number is empty), so edits made while trying the system out survive a restart.
 */
export async function seedVolunteers(db: DataSource): Promise<void> {
  await seedRows(db, VolunteerEntity, demo.volunteers);
  for (const { id, accountId: _account, ...record } of demo.volunteers) {
    await db
      .createQueryBuilder()
      .update(VolunteerEntity)
      // Dates are ISO strings in the JSON; Postgres parses them.
      .set(record as unknown as Partial<VolunteerEntity>)
      .where('id = :id AND id_number IS NULL', { id })
      .execute();
  }
}
