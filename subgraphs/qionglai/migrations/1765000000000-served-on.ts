import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The day each service record was served, so the city's statistics give a village's hours over a range of days
 * (Statistics.qionglai). Records kept before this migration carry no day (the events that brought them are not
 * kept): they count in no range until the city resends them (a correction does).
 */
export class ServedOn1765000000000 implements MigrationInterface {
  name = 'ServedOn1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE service_hours ADD COLUMN served_on date');
    await q.query('CREATE INDEX service_hours_served_on ON service_hours (served_on, project_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX service_hours_served_on');
    await q.query('ALTER TABLE service_hours DROP COLUMN served_on');
  }
}
