import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VOLUNTEER_REPLICA_SQL } from '../../kit/district/volunteers';

/** Whether `table` (in the migration's schema) has `column`: what earlier migrations left differs by release. */
async function hasColumn(q: QueryRunner, table: string, column: string): Promise<boolean> {
  const found = await q.query(
    `SELECT 1 FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND column_name = $2`,
    [table, column],
  );
  return found.length > 0;
}

/**
 * The volunteers projects kept in `volunteer_profile` move to the kit's one replica shape (`volunteer_replica`), in
 * place: every row with all it held (account, district, birth date, skills, status, when it last changed, and the
 * consent to sharing with partner apps where PartnerConsent1764330000000 added it), then the old table goes. Hours
 * start at 0, version 0, as in any replica that has not been told a total.
 */
export class VolunteerReplica1764700000000 implements MigrationInterface {
  name = 'VolunteerReplica1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(VOLUNTEER_REPLICA_SQL);
    const consent = (await hasColumn(q, 'volunteer_profile', 'share_with_partners')) ? 'share_with_partners' : 'false';
    await q.query(`INSERT INTO volunteer_replica
        (volunteer_id, account_id, district_code, birth_date, skills, status, updated_at, share_with_partners)
      SELECT volunteer_id, account_id, district_code, birth_date, skills, status, updated_at, ${consent}
        FROM volunteer_profile`);
    await q.query('DROP TABLE volunteer_profile');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE volunteer_profile (
      volunteer_id uuid PRIMARY KEY,
      account_id varchar(128) NOT NULL UNIQUE,
      district_code varchar(32),
      birth_date date,
      skills text[] NOT NULL DEFAULT '{}',
      status varchar(16) NOT NULL,
      share_with_partners boolean NOT NULL DEFAULT false,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    // The consent is gone from the replica when ReplicaPartnerConsent1764800000000 was rolled back first.
    const consent = (await hasColumn(q, 'volunteer_replica', 'share_with_partners')) ? 'share_with_partners' : 'false';
    // The old table had no room for a volunteer known without an account (nor for hours): those rows are dropped.
    await q.query(`INSERT INTO volunteer_profile
        (volunteer_id, account_id, district_code, birth_date, skills, status, updated_at, share_with_partners)
      SELECT volunteer_id, account_id, district_code, birth_date, skills, status, updated_at, ${consent}
        FROM volunteer_replica WHERE account_id IS NOT NULL`);
    await q.query('DROP TABLE volunteer_replica');
  }
}
