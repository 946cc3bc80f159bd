import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appendOnlySql } from '../../kit/runtime/append-only';
import { VOLUNTEER_REPLICA_SQL } from '../../kit/district/volunteers';

/**
 * The points mall: points accounts (balance never negative) with an append-only ledger, the hours each service
 * record counted (so a correction applies only the difference), rewards whose stock never goes below zero, and
 * redemptions with a unique code.
 */
export class PointsMall1764300100000 implements MigrationInterface {
  name = 'PointsMall1764300100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(VOLUNTEER_REPLICA_SQL);
    await q.query(`CREATE TABLE points_account (
      volunteer_id uuid PRIMARY KEY,
      hours numeric(10,2) NOT NULL DEFAULT 0 CHECK (hours >= 0),
      balance integer NOT NULL DEFAULT 0 CHECK (balance >= 0),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE points_entry (
      id bigserial PRIMARY KEY,
      volunteer_id uuid NOT NULL REFERENCES points_account (volunteer_id),
      kind varchar(16) NOT NULL CHECK (kind IN ('EARNED', 'CORRECTED', 'REDEEMED')),
      amount integer NOT NULL CHECK (amount <> 0),
      balance_after integer NOT NULL CHECK (balance_after >= 0),
      record_id uuid,
      redemption_id uuid,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query('CREATE INDEX points_entry_account ON points_entry (volunteer_id, id DESC)');
    for (const statement of appendOnlySql('points_entry')) await q.query(statement);
    await q.query(`CREATE TABLE record_hours (
      record_id uuid PRIMARY KEY,
      volunteer_id uuid NOT NULL,
      hours numeric(10,2) NOT NULL CHECK (hours >= 0),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE reward (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      title varchar(40) NOT NULL,
      description varchar(500) NOT NULL,
      merchant_name varchar(60) NOT NULL,
      merchant_account varchar(128) NOT NULL,
      points_cost integer NOT NULL CHECK (points_cost > 0),
      stock integer NOT NULL CHECK (stock >= 0),
      redeemed_count integer NOT NULL DEFAULT 0 CHECK (redeemed_count >= 0),
      status varchar(16) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'RETIRED')),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query('CREATE INDEX reward_list ON reward (created_at DESC, id DESC)');
    await q.query(`CREATE TABLE redemption (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code varchar(16) NOT NULL UNIQUE,
      reward_id uuid NOT NULL REFERENCES reward (id),
      volunteer_id uuid NOT NULL,
      points integer NOT NULL CHECK (points > 0),
      status varchar(16) NOT NULL DEFAULT 'ISSUED' CHECK (status IN ('ISSUED', 'USED')),
      created_at timestamptz NOT NULL DEFAULT now(),
      used_at timestamptz,
      used_by varchar(128)
    )`);
    await q.query('CREATE INDEX redemption_volunteer ON redemption (volunteer_id, created_at DESC, id DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['redemption', 'reward', 'record_hours', 'points_entry', 'points_account', 'volunteer_replica'])
      await q.query(`DROP TABLE ${t}`);
    await q.query('DROP FUNCTION points_entry_append_only()');
  }
}
