import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Citizens' rights (issue 11.3): a registration's status (ACTIVE, or DEREGISTERED once its personal data is erased;
 * the row stays for the proofs issued under it), the account and district left empty after deregistration so the
 * same person may register anew, and the requests to correct the fields fixed at registration, kept as history.
 */
export class Rights1764900100000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE volunteer
      ADD COLUMN status varchar(16) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DEREGISTERED')),
      ADD COLUMN deregistered_at timestamptz,
      ALTER COLUMN account_id DROP NOT NULL,
      ALTER COLUMN district_code DROP NOT NULL,
      ADD CONSTRAINT volunteer_active_has_account
        CHECK (status = 'DEREGISTERED' OR (account_id IS NOT NULL AND district_code IS NOT NULL))`);
    await q.query(`CREATE TABLE record_correction (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      volunteer_id uuid NOT NULL REFERENCES volunteer (id),
      real_name varchar(40),
      sex varchar(6) CHECK (sex IN ('MALE', 'FEMALE')),
      birth_date date,
      id_number varchar(18),
      reason varchar(500) NOT NULL,
      status varchar(16) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED', 'REJECTED')),
      note varchar(500),
      decided_by varchar(128),
      requested_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
      decided_at timestamptz,
      CHECK ((status = 'PENDING') = (decided_at IS NULL))
    )`);
    // One open request at a time per volunteer: a second one would race the first when decided.
    await q.query(
      `CREATE UNIQUE INDEX record_correction_open ON record_correction (volunteer_id) WHERE status = 'PENDING'`,
    );
    await q.query('CREATE INDEX record_correction_volunteer ON record_correction (volunteer_id, requested_at DESC)');
    await q.query(
      `CREATE INDEX record_correction_pending ON record_correction (requested_at) WHERE status = 'PENDING'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE record_correction');
    await q.query(`DELETE FROM service_proof p USING volunteer v WHERE v.id = p.volunteer_id AND v.status <> 'ACTIVE'`);
    await q.query(`DELETE FROM volunteer WHERE status <> 'ACTIVE'`);
    await q.query(`ALTER TABLE volunteer DROP CONSTRAINT volunteer_active_has_account,
      ALTER COLUMN account_id SET NOT NULL, ALTER COLUMN district_code SET NOT NULL,
      DROP COLUMN status, DROP COLUMN deregistered_at`);
  }
}
