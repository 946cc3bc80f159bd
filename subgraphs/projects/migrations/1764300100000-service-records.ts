import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ServiceRecords1764300100000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE service_record (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL REFERENCES project(id),
      volunteer_id uuid NOT NULL,
      served_on date NOT NULL,
      hours numeric(6,2) NOT NULL CHECK (hours > 0 AND hours <= 24),
      status varchar(16) NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'REJECTED')),
      confirmed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((status = 'CONFIRMED') = (confirmed_at IS NOT NULL))
    )`);
    await q.query('CREATE INDEX service_record_volunteer_idx ON service_record (volunteer_id, status)');
    await q.query('CREATE INDEX service_record_project_idx ON service_record (project_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE service_record');
  }
}
