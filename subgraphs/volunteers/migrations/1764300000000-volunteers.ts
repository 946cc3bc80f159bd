import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Volunteers1764300000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE volunteer (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      account_id varchar(64) NOT NULL UNIQUE,
      display_name varchar(40) NOT NULL,
      district_code varchar(32) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query('CREATE INDEX volunteer_district_idx ON volunteer (district_code)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE volunteer');
  }
}
