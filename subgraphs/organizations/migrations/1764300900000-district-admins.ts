import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who administers each district. A district-admin token used to be trusted by its claim alone; now only an account
 * on this list acts for the district, here and (through `district.admins`) in every subgraph that checks it. The
 * list starts empty: city admins fill it (the demo seed lists `demo-district-admin-<code>`).
 */
export class DistrictAdmins1764300900000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE district_admin (
      district_code varchar(32) NOT NULL REFERENCES district(code),
      account_id varchar(64) NOT NULL,
      added_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (district_code, account_id)
    )`);
    await q.query('ALTER TABLE district ADD COLUMN admins_version integer NOT NULL DEFAULT 0');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE district DROP COLUMN admins_version');
    await q.query('DROP TABLE district_admin');
  }
}
