import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per day (Beijing time) of the gateway's request counts; every gateway replica adds its increments to the
 * day's row (data/traffic-day.repository.ts). bigint: a day's row only grows, and at 38,964 requests in flight a
 * day's count is not bounded by anything we control.
 */
export class TrafficDays1765100000000 implements MigrationInterface {
  name = 'TrafficDays1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE traffic_day (
      day date PRIMARY KEY,
      requests bigint NOT NULL DEFAULT 0,
      queries bigint NOT NULL DEFAULT 0,
      mutations bigint NOT NULL DEFAULT 0,
      refused bigint NOT NULL DEFAULT 0,
      peak_concurrency integer NOT NULL DEFAULT 0
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE traffic_day');
  }
}
