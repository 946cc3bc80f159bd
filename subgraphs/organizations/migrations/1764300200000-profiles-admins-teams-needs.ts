import type { MigrationInterface, QueryRunner } from 'typeorm';
import { emit } from '../../kit/runtime/event-catalogue';
import demo from '../data/demo.json';

/**
 * What registration needs (credit code, address, contact, standing), who administers an organization, its teams
 * and members, and the needs communities and venues file. Organizations that exist already can only be demo rows
 * (registration arrives with this migration), so their new columns are filled from the demo data before the
 * columns become required.
 */
export class ProfilesAdminsTeamsNeeds1764300200000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE organization
      ADD COLUMN credit_code char(18),
      ADD COLUMN address varchar(200),
      ADD COLUMN contact_name varchar(40),
      ADD COLUMN contact_phone varchar(32),
      ADD COLUMN status varchar(24) NOT NULL DEFAULT 'PENDING_VERIFICATION'
        CHECK (status IN ('PENDING_VERIFICATION', 'VERIFIED', 'SUSPENDED')),
      ADD COLUMN suspension_reason varchar(500),
      ADD COLUMN status_changed_at timestamptz`);
    await q.query(`UPDATE organization SET status = 'VERIFIED' WHERE verified_at IS NOT NULL`);
    for (const o of demo.organizations) {
      await q.query(
        'UPDATE organization SET credit_code = $2, address = $3, contact_name = $4, contact_phone = $5 WHERE id = $1',
        [o.id, o.creditCode, o.address, o.contactName, o.contactPhone],
      );
    }
    for (const column of ['credit_code', 'address', 'contact_name', 'contact_phone']) {
      await q.query(`ALTER TABLE organization ALTER COLUMN ${column} SET NOT NULL`);
    }
    await q.query('CREATE UNIQUE INDEX organization_credit_code_key ON organization (credit_code)');
    // Lists page by (time, id) with cursors made in JavaScript, whose dates hold milliseconds: keep no finer time.
    await q.query('ALTER TABLE organization ALTER COLUMN created_at TYPE timestamptz(3)');
    // Who verified, suspended or reactivated an organization, when and why.
    await q.query(`CREATE TABLE organization_standing_log (
      id bigserial PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      status varchar(24) NOT NULL,
      reason varchar(500),
      changed_by varchar(64) NOT NULL,
      changed_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query('CREATE INDEX organization_standing_log_org_idx ON organization_standing_log (organization_id)');
    await q.query('CREATE INDEX organization_listing_idx ON organization (created_at, id)');

    await q.query(`CREATE TABLE organization_admin (
      organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
      account_id varchar(64) NOT NULL,
      added_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (organization_id, account_id)
    )`);
    await q.query('CREATE INDEX organization_admin_account_idx ON organization_admin (account_id)');

    await q.query(`CREATE TABLE team (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid NOT NULL REFERENCES organization(id),
      name varchar(60) NOT NULL,
      kind varchar(16) NOT NULL CHECK (kind IN ('PROFESSIONAL', 'FEATURED')),
      specialty varchar(24) NOT NULL,
      description varchar(1000) NOT NULL DEFAULT '',
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      UNIQUE (organization_id, name)
    )`);
    await q.query('CREATE INDEX team_listing_idx ON team (created_at, id)');

    // Membership is keyed by the account that asked (the only identity this subgraph can check); the volunteer id
    // is filled in when known, from volunteer_account below.
    await q.query(`CREATE TABLE team_member (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      team_id uuid NOT NULL REFERENCES team(id),
      account_id varchar(64) NOT NULL,
      volunteer_id uuid,
      role varchar(8) NOT NULL CHECK (role IN ('LEADER', 'MEMBER')),
      status varchar(12) NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'DECLINED')),
      note varchar(300),
      decline_reason varchar(300),
      requested_at timestamptz(3) NOT NULL DEFAULT now(),
      decided_at timestamptz,
      UNIQUE (team_id, account_id)
    )`);
    await q.query('CREATE INDEX team_member_account_idx ON team_member (account_id)');

    // A local projection of account → volunteer id, fed by the volunteers subgraph's events (and the demo data).
    await q.query(`CREATE TABLE volunteer_account (
      account_id varchar(64) PRIMARY KEY,
      volunteer_id uuid NOT NULL
    )`);

    await q.query(`CREATE TABLE need (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organization_id uuid NOT NULL REFERENCES organization(id),
      district_code varchar(32) NOT NULL REFERENCES district(code),
      title varchar(80) NOT NULL,
      description varchar(2000) NOT NULL,
      category_code varchar(32) NOT NULL,
      address varchar(200) NOT NULL,
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      volunteers_needed integer NOT NULL CHECK (volunteers_needed > 0),
      status varchar(12) NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED',
      'CONVERTED')),
      rejection_reason varchar(500),
      converted_organization_id uuid REFERENCES organization(id),
      filed_by varchar(64) NOT NULL,
      filed_at timestamptz(3) NOT NULL DEFAULT now(),
      triaged_at timestamptz,
      CHECK (ends_on >= starts_on)
    )`);
    await q.query('CREATE INDEX need_listing_idx ON need (filed_at, id)');
    await q.query('CREATE INDEX need_district_idx ON need (district_code, status)');
    await q.query('CREATE INDEX need_organization_idx ON need (organization_id)');

    // Organizations that exist already were never announced; announce their standing once, as registration now does.
    const existing: { id: string; name: string; district_code: string; verified: boolean }[] = await q.query(
      'SELECT id, name, district_code, verified_at IS NOT NULL AS verified FROM organization ORDER BY id',
    );
    for (const o of existing) {
      await emit(q.manager, 'organization.standing', {
        organizationId: o.id,
        name: o.name,
        districtCode: o.district_code,
        verified: o.verified,
        suspended: false,
      });
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'need',
      'volunteer_account',
      'team_member',
      'team',
      'organization_admin',
      'organization_standing_log',
    ])
      await q.query(`DROP TABLE ${t}`);
    await q.query('DROP INDEX organization_listing_idx');
    await q.query('DROP INDEX organization_credit_code_key');
    await q.query('ALTER TABLE organization ALTER COLUMN created_at TYPE timestamptz');
    await q.query(`ALTER TABLE organization DROP COLUMN credit_code, DROP COLUMN address, DROP COLUMN contact_name,
      DROP COLUMN contact_phone, DROP COLUMN status, DROP COLUMN suspension_reason, DROP COLUMN status_changed_at`);
  }
}
