import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VOLUNTEER_REPLICA_SQL } from '../../kit/district/volunteers';

/**
 * The volunteers the needs board kept in `volunteer_profile` move to the kit's one replica shape
 * (`volunteer_replica`), in place: every row with all it held (account, district, status, when it last changed),
 * then the old table goes. Wuhou keeps no birth dates, skills or hours: those stay empty.
 */
export class VolunteerReplica1764700000000 implements MigrationInterface {
  name = 'VolunteerReplica1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(VOLUNTEER_REPLICA_SQL);
    await q.query(`INSERT INTO volunteer_replica (volunteer_id, account_id, district_code, status, updated_at)
      SELECT volunteer_id, account_id, district_code, status, updated_at FROM volunteer_profile`);
    await q.query('DROP TABLE volunteer_profile');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE volunteer_profile (
      volunteer_id uuid PRIMARY KEY,
      account_id varchar(128) NOT NULL UNIQUE,
      district_code varchar(32),
      status varchar(16) NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    // The old table had no room for a volunteer known without an account: those rows are dropped.
    await q.query(`INSERT INTO volunteer_profile (volunteer_id, account_id, district_code, status, updated_at)
      SELECT volunteer_id, account_id, district_code, status, updated_at
        FROM volunteer_replica WHERE account_id IS NOT NULL`);
    await q.query('DROP TABLE volunteer_replica');
  }
}
