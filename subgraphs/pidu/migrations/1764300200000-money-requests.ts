import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Money moves (gifts, bookings) remember the client's idempotency key with what was asked and what it made, so a
 * retried request (a lost answer, a double tap) replays the first result instead of moving credits again.
 */
export class MoneyRequests1764300200000 implements MigrationInterface {
  name = 'MoneyRequests1764300200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE money_request (
      volunteer_id uuid NOT NULL,
      idempotency_key varchar(64) NOT NULL,
      request varchar(200) NOT NULL,
      result_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (volunteer_id, idempotency_key)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE money_request');
  }
}
