import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One-tap sign-up: sign-ups with their waitlist, and notifications left for volunteers. */
export class Signups1764300400000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE signup (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      shift_id uuid NOT NULL REFERENCES shift(id),
      project_id uuid NOT NULL REFERENCES project(id),
      volunteer_id uuid NOT NULL,
      status varchar(16) NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
      idempotency_key varchar(64),
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      promoted_at timestamptz,
      cancelled_at timestamptz,
      checked_in_at timestamptz,
      checked_out_at timestamptz,
      CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL))
    )`);
    // The last line of defence against a double sign-up: one live sign-up per volunteer and shift.
    await q.query(`CREATE UNIQUE INDEX signup_live_idx ON signup (shift_id, volunteer_id) WHERE status <> 'CANCELLED'`);
    await q.query(
      `CREATE UNIQUE INDEX signup_idempotency_idx ON signup (volunteer_id, idempotency_key)
       WHERE idempotency_key IS NOT NULL`,
    );
    await q.query('CREATE INDEX signup_shift_idx ON signup (shift_id, status, created_at, id)');
    await q.query('CREATE INDEX signup_volunteer_idx ON signup (volunteer_id, status)');
    await q.query('CREATE INDEX signup_project_idx ON signup (project_id, status)');

    await q.query(`CREATE TABLE notification (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      volunteer_id uuid NOT NULL,
      project_id uuid NOT NULL REFERENCES project(id),
      kind varchar(32) NOT NULL,
      message varchar(500) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`);
    await q.query('CREATE INDEX notification_volunteer_idx ON notification (volunteer_id, created_at DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE notification');
    await q.query('DROP TABLE signup');
  }
}
