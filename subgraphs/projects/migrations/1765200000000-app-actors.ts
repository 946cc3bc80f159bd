import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which partner app signed a volunteer up or cancelled for them (issue 12.5), by its id and its name as the registry
 * gave it at that moment: the volunteer and the organizers read "via 天府市民云" on the sign-up, and a later rename
 * of the app does not rewrite what was done under the old name. Null when the volunteer acted in person.
 */
export class AppActors1765200000000 implements MigrationInterface {
  name = 'AppActors1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE signup
      ADD COLUMN signed_up_via_app text,
      ADD COLUMN signed_up_via_name text,
      ADD COLUMN cancelled_via_app text,
      ADD COLUMN cancelled_via_name text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE signup DROP COLUMN signed_up_via_app, DROP COLUMN signed_up_via_name,
      DROP COLUMN cancelled_via_app, DROP COLUMN cancelled_via_name`);
  }
}
