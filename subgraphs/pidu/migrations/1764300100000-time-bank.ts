import type { MigrationInterface, QueryRunner } from 'typeorm';
import { appendOnlySql } from '../../kit/runtime/append-only';
import { VOLUNTEER_REPLICA_SQL } from '../../kit/district/volunteers';

/**
 * The time bank: accounts with a balance that can never go below zero nor, together with credits held in escrow,
 * above the 1,500-credit cap (CHECK constraints back up the conditional updates), an append-only ledger, the hours
 * each service record has earned (so a correction applies only the difference), family links, offers and bookings.
 */
export class TimeBank1764300100000 implements MigrationInterface {
  name = 'TimeBank1764300100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(VOLUNTEER_REPLICA_SQL);
    await q.query(`CREATE TABLE time_bank_account (
      volunteer_id uuid PRIMARY KEY,
      balance numeric(10,2) NOT NULL DEFAULT 0 CHECK (balance >= 0),
      held numeric(10,2) NOT NULL DEFAULT 0 CHECK (held >= 0),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT time_bank_cap CHECK (balance + held <= 1500)
    )`);
    await q.query(`CREATE TABLE time_bank_entry (
      id bigserial PRIMARY KEY,
      volunteer_id uuid NOT NULL REFERENCES time_bank_account (volunteer_id),
      kind varchar(16) NOT NULL CHECK (kind IN ('EARNED', 'CORRECTED', 'GIFT_SENT', 'GIFT_RECEIVED', 'HELD', 'PAID',
      'RELEASED')),
      amount numeric(10,2) NOT NULL CHECK (amount <> 0),
      balance_after numeric(10,2) NOT NULL CHECK (balance_after >= 0),
      record_id uuid,
      counterpart_id uuid,
      booking_id uuid,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query('CREATE INDEX time_bank_entry_account ON time_bank_entry (volunteer_id, id DESC)');
    for (const statement of appendOnlySql('time_bank_entry')) await q.query(statement);
    await q.query(`CREATE TABLE record_credit (
      record_id uuid PRIMARY KEY,
      volunteer_id uuid NOT NULL,
      hours numeric(10,2) NOT NULL,
      credited numeric(10,2) NOT NULL CHECK (credited >= 0),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query('CREATE INDEX record_credit_volunteer ON record_credit (volunteer_id)');
    await q.query(`CREATE TABLE family_link (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      volunteer_id uuid NOT NULL,
      relative_id uuid NOT NULL,
      relation varchar(16) NOT NULL,
      status varchar(16) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACCEPTED')),
      created_at timestamptz NOT NULL DEFAULT now(),
      accepted_at timestamptz,
      CHECK (volunteer_id <> relative_id)
    )`);
    await q.query(
      `CREATE UNIQUE INDEX family_link_pair
       ON family_link (LEAST(volunteer_id, relative_id), GREATEST(volunteer_id, relative_id))`,
    );
    await q.query('CREATE INDEX family_link_relative ON family_link (relative_id)');
    await q.query(`CREATE TABLE service_offer (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      provider_id uuid NOT NULL,
      title varchar(40) NOT NULL,
      description varchar(500) NOT NULL,
      place varchar(100) NOT NULL,
      credits numeric(6,2) NOT NULL CHECK (credits > 0 AND credits <= 100),
      status varchar(16) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'WITHDRAWN')),
      created_at timestamptz NOT NULL DEFAULT now(),
      withdrawn_at timestamptz
    )`);
    await q.query('CREATE INDEX service_offer_list ON service_offer (created_at DESC, id DESC)');
    await q.query('CREATE INDEX service_offer_provider ON service_offer (provider_id)');
    await q.query(`CREATE TABLE booking (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      offer_id uuid NOT NULL REFERENCES service_offer (id),
      buyer_id uuid NOT NULL,
      provider_id uuid NOT NULL,
      credits numeric(6,2) NOT NULL CHECK (credits > 0),
      status varchar(16) NOT NULL DEFAULT 'HELD' CHECK (status IN ('HELD', 'COMPLETED', 'CANCELLED')),
      created_at timestamptz NOT NULL DEFAULT now(),
      settled_at timestamptz
    )`);
    await q.query('CREATE INDEX booking_buyer ON booking (buyer_id, created_at DESC, id DESC)');
    await q.query('CREATE INDEX booking_provider ON booking (provider_id, created_at DESC, id DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'booking',
      'service_offer',
      'family_link',
      'record_credit',
      'time_bank_entry',
      'time_bank_account',
      'volunteer_replica',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query('DROP FUNCTION time_bank_entry_append_only()');
  }
}
