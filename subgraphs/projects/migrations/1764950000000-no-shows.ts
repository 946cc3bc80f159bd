import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A no-show: the organizer marks a confirmed place on a shift that has ended, where the volunteer never checked in.
 * The CHECK keeps the two facts apart for good (a volunteer who checked in was there).
 */
export class NoShows1764950000000 implements MigrationInterface {
  name = 'NoShows1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE signup ADD COLUMN no_show_at timestamptz,
      ADD CONSTRAINT signup_no_show_absent CHECK (no_show_at IS NULL OR checked_in_at IS NULL)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE signup DROP COLUMN no_show_at');
  }
}
