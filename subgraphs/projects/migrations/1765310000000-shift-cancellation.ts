import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An organizer cancels one shift of a project (issue 16.1): the shift stays, so the volunteers who held a place on
 * it still see what was cancelled and why, but it takes no sign-ups and counts no places. The console lists an
 * organization's projects newest first, drafts included.
 */
export class ShiftCancellation1765310000000 implements MigrationInterface {
  name = 'ShiftCancellation1765310000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE shift ADD COLUMN cancelled_at timestamptz, ADD COLUMN cancel_reason varchar(200)`);
    await q.query('CREATE INDEX project_console ON project (organization_id, created_at DESC, id DESC)');
    await q.query(`CREATE INDEX project_converted_needs ON project (district_code, created_at DESC, id DESC)
      WHERE need_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX project_converted_needs');
    await q.query('DROP INDEX project_console');
    await q.query('ALTER TABLE shift DROP COLUMN cancel_reason, DROP COLUMN cancelled_at');
  }
}
