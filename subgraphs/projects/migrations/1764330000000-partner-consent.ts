import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The volunteer's consent to sharing with partner apps, kept with the rest of the profile replica (event
 * `volunteer.profile`): a partner app reads its citizen's sign-ups, records and notifications here only while it
 * stands (the visibility table's partner columns). Rows kept so far start without consent: nothing is shared until
 * the volunteers subgraph says so.
 *
 * `volunteer_profile` is gone once VolunteerReplica1764700000000 has run, which carries this column into the kit's
 * replica. A database that ran that migration before this one was written meets this one afterwards (TypeORM runs
 * every pending migration, whatever its timestamp): then there is no table to change, and the kit's
 * ReplicaPartnerConsent1764800000000 gives the replica the column instead.
 */
export class PartnerConsent1764330000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE IF EXISTS volunteer_profile
      ADD COLUMN IF NOT EXISTS share_with_partners boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE IF EXISTS volunteer_profile DROP COLUMN IF EXISTS share_with_partners');
  }
}
