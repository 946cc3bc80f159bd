import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VOLUNTEER_REPLICA_SQL } from '../../kit/district/volunteers';

/**
 * Longquanyi's star scheme: per volunteer, the hours served on Longquanyi's projects (from `service.confirmed`,
 * each record's hours kept so a correction applies its difference), points awarded by Longquanyi's admins, hours
 * called in (never more than served: the CHECK stands behind the conditional update), and no-shows by sign-up.
 */
export class StarScheme1764950000000 implements MigrationInterface {
  name = 'StarScheme1764950000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(VOLUNTEER_REPLICA_SQL);
    await q.query(`CREATE TABLE star_account (
      volunteer_id uuid PRIMARY KEY,
      hours numeric(10,2) NOT NULL DEFAULT 0 CHECK (hours >= 0),
      awarded_points integer NOT NULL DEFAULT 0 CHECK (awarded_points >= 0),
      called_in numeric(10,2) NOT NULL DEFAULT 0 CHECK (called_in >= 0 AND called_in <= hours)
    )`);
    await q.query(`CREATE TABLE record_hours (
      record_id uuid PRIMARY KEY,
      volunteer_id uuid NOT NULL,
      hours numeric(6,2) NOT NULL CHECK (hours >= 0)
    )`);
    await q.query(`CREATE TABLE point_award (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      volunteer_id uuid NOT NULL,
      points integer NOT NULL CHECK (points > 0),
      reason varchar(100) NOT NULL,
      awarded_by varchar(128) NOT NULL,
      idempotency_key varchar(64) NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`);
    await q.query(`CREATE TABLE call_in (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      volunteer_id uuid NOT NULL,
      hours numeric(4,1) NOT NULL CHECK (hours > 0),
      service varchar(60) NOT NULL,
      idempotency_key varchar(64) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      UNIQUE (volunteer_id, idempotency_key)
    )`);
    await q.query('CREATE INDEX call_in_volunteer ON call_in (volunteer_id, created_at DESC, id DESC)');
    await q.query(`CREATE TABLE no_show (
      signup_id uuid PRIMARY KEY,
      volunteer_id uuid NOT NULL,
      shift_day date NOT NULL
    )`);
    await q.query('CREATE INDEX no_show_volunteer ON no_show (volunteer_id, shift_day DESC)');
    await q.query(
      `UPDATE platform SET features = array_append(features, '龙泉驿星级·积分与时长') WHERE code = 'longquanyi'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE platform SET features = array_remove(features, '龙泉驿星级·积分与时长') WHERE code = 'longquanyi'`,
    );
    for (const t of ['no_show', 'call_in', 'point_award', 'record_hours', 'star_account', 'volunteer_replica'])
      await q.query(`DROP TABLE ${t}`);
  }
}
