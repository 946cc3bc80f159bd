import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The community needs board and the volunteer facts (from volunteer.profile) it checks takers against. */
export class NeedsBoard1764400000000 implements MigrationInterface {
  name = 'NeedsBoard1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE volunteer_profile (
      volunteer_id uuid PRIMARY KEY,
      account_id varchar(128) NOT NULL UNIQUE,
      district_code varchar(32),
      status varchar(16) NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE need (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      resident_account varchar(128) NOT NULL,
      title varchar(40) NOT NULL,
      details varchar(300) NOT NULL DEFAULT '',
      street varchar(20) NOT NULL,
      community varchar(30) NOT NULL,
      needed_at timestamptz NOT NULL,
      estimated_hours numeric(3, 1) NOT NULL CHECK (estimated_hours > 0 AND estimated_hours <= 8),
      urgency varchar(8) NOT NULL CHECK (urgency IN ('LOW', 'NORMAL', 'URGENT')),
      phone varchar(11) NOT NULL,
      address_detail varchar(80) NOT NULL,
      status varchar(12) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'TAKEN', 'DONE', 'CANCELLED')),
      taker_volunteer_id uuid,
      taken_at timestamptz,
      done_at timestamptz,
      honor_hours numeric(3, 1) CHECK (honor_hours > 0 AND honor_hours <= 8),
      hidden boolean NOT NULL DEFAULT false,
      hidden_reason varchar(200),
      hidden_by varchar(128),
      posted_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
      CHECK ((status IN ('TAKEN', 'DONE')) = (taker_volunteer_id IS NOT NULL)),
      CHECK ((status = 'DONE') = (honor_hours IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX need_board ON need (needed_at, id) WHERE status = 'OPEN' AND NOT hidden`);
    await q.query('CREATE INDEX need_resident ON need (resident_account, posted_at DESC, id DESC)');
    await q.query('CREATE INDEX need_taker ON need (taker_volunteer_id, taken_at DESC, id DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE need');
    await q.query('DROP TABLE volunteer_profile');
  }
}
