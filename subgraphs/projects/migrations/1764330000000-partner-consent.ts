import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The volunteer's consent to sharing with partner apps, kept with the rest of the profile replica (event
 * `volunteer.profile`): a partner app reads its citizen's sign-ups, records and notifications here only while it
 * stands (the visibility table's partner columns). Rows kept so far start without consent: nothing is shared until
 * the volunteers subgraph says so.
 */
export class PartnerConsent1764330000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE volunteer_profile ADD COLUMN IF NOT EXISTS share_with_partners boolean NOT NULL DEFAULT false',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE volunteer_profile DROP COLUMN share_with_partners');
  }
}
