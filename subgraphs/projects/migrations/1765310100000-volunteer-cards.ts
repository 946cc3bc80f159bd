import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The digest of each volunteer's card code (`volunteer.card`), so an organizer's scan at a site finds the volunteer;
 * the code itself never reaches this subgraph.
 */
export class VolunteerCards1765310100000 implements MigrationInterface {
  name = 'VolunteerCards1765310100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE volunteer_card (
      card_digest char(64) PRIMARY KEY,
      volunteer_id uuid NOT NULL UNIQUE
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE volunteer_card');
  }
}
