import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DISTRICTS } from '../../kit/city/districts';

/** The district list (from the kit's data file) and the first organization table. */
export class DistrictsAndOrganizations1764300000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE district (
      code varchar(32) PRIMARY KEY,
      name varchar(32) NOT NULL,
      division_code char(6),
      kind varchar(24) NOT NULL,
      position smallint NOT NULL
    )`);
    for (const [i, d] of DISTRICTS.entries()) {
      await q.query('INSERT INTO district (code, name, division_code, kind, position) VALUES ($1, $2, $3, $4, $5)', [
        d.code,
        d.name,
        d.divisionCode,
        d.kind,
        i,
      ]);
    }
    await q.query(`CREATE TABLE organization (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name varchar(120) NOT NULL,
      type varchar(32) NOT NULL,
      district_code varchar(32) NOT NULL REFERENCES district(code),
      verified_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query('CREATE INDEX organization_district_idx ON organization (district_code)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE organization');
    await q.query('DROP TABLE district');
  }
}
