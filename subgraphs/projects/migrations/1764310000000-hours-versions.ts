import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hour totals that consumers can order, and a durable record of one-time announcements.
 * - `volunteer_hours_version`: one row per volunteer whose total was announced, counting those announcements. A
 *   confirming transaction bumps it before summing, so the row lock serialises the volunteer's confirmations and
 *   the version orders their totals (see actions/hours-events.ts).
 * - `announcement`: what was announced once (the demo history). The outbox cannot tell: delivered rows are pruned.
 *   A database where the previous code already announced it is marked: that code announced it at the first start
 *   that emitted anything, and projects emits nothing but hours, so any number the outbox has handed out says so.
 * Every total announced before versions existed may have gone stale at a consumer; each volunteer's current total
 * is announced once more, as version 1, so every copy is repaired.
 */
export class HoursVersions1764310000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE volunteer_hours_version (
      volunteer_id uuid PRIMARY KEY,
      version bigint NOT NULL
    )`);
    await q.query(`CREATE TABLE announcement (
      name varchar(64) PRIMARY KEY,
      announced_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`INSERT INTO announcement (name)
      SELECT 'demo-history'
      WHERE pg_sequence_last_value(pg_get_serial_sequence('outbox', 'seq')::regclass) IS NOT NULL`);
    await q.query(`INSERT INTO volunteer_hours_version (volunteer_id, version)
      SELECT DISTINCT volunteer_id, 1 FROM service_record WHERE status = 'CONFIRMED'`);
    await q.query(`INSERT INTO outbox (id, type, payload)
      SELECT gen_random_uuid(), 'volunteer.hours',
             jsonb_build_object('volunteerId', volunteer_id, 'confirmedHours', sum(hours), 'version', 1)
        FROM service_record WHERE status = 'CONFIRMED' GROUP BY volunteer_id ORDER BY volunteer_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE announcement');
    await q.query('DROP TABLE volunteer_hours_version');
  }
}
