import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Serving and hours: check-in attempts, service records made at check-out (linked to their sign-up), the deadline
 * for confirming them (10 working days, DOMAIN.md), and volunteers' correction requests.
 */
export class Serving1764300500000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    // Wrong check-in codes per sign-up, so six digits cannot be guessed by trying them all.
    await q.query('ALTER TABLE signup ADD COLUMN checkin_failures int NOT NULL DEFAULT 0');
    await q.query(`ALTER TABLE service_record
      ADD COLUMN signup_id uuid UNIQUE REFERENCES signup(id),
      ADD COLUMN shift_id uuid REFERENCES shift(id),
      ADD COLUMN confirm_by date,
      ADD COLUMN reviewed_by varchar(128),
      ADD COLUMN reject_reason varchar(200)`);
    await q.query(
      `CREATE INDEX service_record_pending_idx ON service_record (confirm_by, project_id) WHERE status = 'PENDING'`,
    );
    await q.query(`CREATE TABLE correction_request (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      record_id uuid NOT NULL REFERENCES service_record(id),
      volunteer_id uuid NOT NULL,
      requested_hours numeric(6,2) NOT NULL CHECK (requested_hours > 0 AND requested_hours <= 24),
      previous_hours numeric(6,2) NOT NULL,
      reason varchar(500) NOT NULL,
      status varchar(16) NOT NULL CHECK (status IN ('OPEN', 'ACCEPTED', 'REJECTED')),
      response varchar(500),
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      resolved_at timestamptz
    )`);
    // One open request per record at a time.
    await q.query(`CREATE UNIQUE INDEX correction_open_idx ON correction_request (record_id) WHERE status = 'OPEN'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE correction_request');
    await q.query(`ALTER TABLE service_record DROP COLUMN signup_id, DROP COLUMN shift_id, DROP COLUMN confirm_by,
      DROP COLUMN reviewed_by, DROP COLUMN reject_reason`);
    await q.query('ALTER TABLE signup DROP COLUMN checkin_failures');
  }
}
