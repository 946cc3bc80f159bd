import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Projects1764300000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE project (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title varchar(120) NOT NULL,
      status varchar(16) NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED', 'CANCELLED')),
      organization_id uuid NOT NULL,
      district_code varchar(32) NOT NULL,
      starts_on date NOT NULL,
      ends_on date NOT NULL CHECK (ends_on >= starts_on),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query("CREATE INDEX project_published_idx ON project (starts_on, id) WHERE status = 'PUBLISHED'");
    await q.query('CREATE INDEX project_organization_idx ON project (organization_id, starts_on)');
    await q.query('CREATE INDEX project_district_idx ON project (district_code)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE project');
  }
}
