import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The basic record national rules require (name, sex, birth date, ID number, contact, skills, categories) with
 * the consents it was given under, the public card code, and the proofs of service issued.
 * Columns are nullable because volunteer rows from before this migration have no personal record yet.
 */
export class PersonalData1764300200000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE volunteer
      ADD COLUMN real_name varchar(40),
      ADD COLUMN sex varchar(6) CHECK (sex IN ('MALE', 'FEMALE')),
      ADD COLUMN birth_date date,
      ADD COLUMN id_number varchar(18) UNIQUE,
      ADD COLUMN phone varchar(11),
      ADD COLUMN skills text[] NOT NULL DEFAULT '{}',
      ADD COLUMN service_categories text[] NOT NULL DEFAULT '{}',
      ADD COLUMN card_code varchar(16) UNIQUE,
      ADD COLUMN consented_at timestamptz,
      ADD COLUMN share_with_partners boolean NOT NULL DEFAULT false,
      ADD COLUMN share_with_partners_at timestamptz,
      ADD COLUMN guardian_name varchar(40),
      ADD COLUMN guardian_relation varchar(20),
      ADD COLUMN guardian_phone varchar(11),
      ADD COLUMN guardian_consented_at timestamptz,
      ADD COLUMN hours_snapshot numeric(10, 2) NOT NULL DEFAULT 0,
      ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    // Millisecond precision, so a registration time survives the round trip through a JavaScript Date in cursors.
    await q.query(`UPDATE volunteer SET created_at = date_trunc('milliseconds', created_at)`);
    await q.query(`ALTER TABLE volunteer ALTER COLUMN created_at SET DEFAULT date_trunc('milliseconds', now())`);
    await q.query('CREATE INDEX volunteer_district_created_idx ON volunteer (district_code, created_at DESC, id DESC)');
    await q.query('CREATE INDEX volunteer_created_idx ON volunteer (created_at DESC, id DESC)');
    await q.query('CREATE INDEX volunteer_skills_idx ON volunteer USING gin (skills)');
    await q.query(`CREATE TABLE service_proof (
      code varchar(16) PRIMARY KEY,
      volunteer_id uuid NOT NULL REFERENCES volunteer (id),
      holder_name varchar(40) NOT NULL,
      confirmed_hours numeric(10, 2) NOT NULL,
      record_count integer NOT NULL,
      project_count integer NOT NULL,
      organization_count integer NOT NULL,
      served_from date,
      served_to date,
      issued_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query('CREATE INDEX service_proof_volunteer_idx ON service_proof (volunteer_id, issued_at DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE service_proof');
    await q.query(`ALTER TABLE volunteer ALTER COLUMN created_at SET DEFAULT now()`);
    await q.query(`ALTER TABLE volunteer
      DROP COLUMN real_name, DROP COLUMN sex, DROP COLUMN birth_date, DROP COLUMN id_number, DROP COLUMN phone,
      DROP COLUMN skills, DROP COLUMN service_categories, DROP COLUMN card_code, DROP COLUMN consented_at,
      DROP COLUMN share_with_partners, DROP COLUMN share_with_partners_at, DROP COLUMN guardian_name,
      DROP COLUMN guardian_relation, DROP COLUMN guardian_phone, DROP COLUMN guardian_consented_at,
      DROP COLUMN hours_snapshot, DROP COLUMN updated_at`);
  }
}
