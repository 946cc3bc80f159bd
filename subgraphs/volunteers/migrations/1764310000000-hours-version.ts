import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The version of the hours total the snapshot holds, so a total delivered after a newer one cannot replace it.
 * Snapshots kept so far start at 0, below the first versioned total the projects subgraph sends.
 */
export class HoursVersion1764310000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE volunteer ADD COLUMN hours_version bigint NOT NULL DEFAULT 0');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE volunteer DROP COLUMN hours_version');
  }
}
