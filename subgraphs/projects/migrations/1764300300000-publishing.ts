import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Publishing: the full project record, its shifts, the replicas of other subgraphs' facts it depends on, and
 * keyword search over Chinese text.
 *
 * Search: pg_trgm is installed into `public` (shared by the database, and never dropped with a subgraph schema).
 * Under a UTF-8 ctype (C.UTF-8 here and in the embedded server) pg_trgm does make trigrams of CJK characters, but
 * a LIKE pattern of one or two characters yields no trigram at all, so the GIN index cannot narrow the scan; and
 * two-character words (敬老, 环保, 图书) are the common case in Chinese. So every searchable text also gets an array
 * of its single characters and character pairs (`short_grams`) with its own GIN index: keywords of one or two
 * characters use that, longer ones the trigram index. Both then recheck with LIKE, so results are exact.
 */
export class Publishing1764300300000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
    await q.query(`CREATE FUNCTION short_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
        SELECT substr(t, i, 1) AS g FROM generate_series(1, char_length(t)) AS i
        UNION ALL
        SELECT substr(t, i, 2) FROM generate_series(1, char_length(t) - 1) AS i
      ) s WHERE g !~ '\\s'
    $$`);

    await q.query(`ALTER TABLE project
      ADD COLUMN description text NOT NULL DEFAULT '',
      ADD COLUMN category_code varchar(32) REFERENCES service_category(code),
      ADD COLUMN subcategory_code varchar(64) REFERENCES service_subcategory(code),
      ADD COLUMN address varchar(200) NOT NULL DEFAULT '',
      ADD COLUMN latitude numeric(9,6),
      ADD COLUMN longitude numeric(9,6),
      ADD COLUMN contact_name varchar(40) NOT NULL DEFAULT '',
      ADD COLUMN contact_phone varchar(20) NOT NULL DEFAULT '',
      ADD COLUMN min_age int CHECK (min_age BETWEEN 0 AND 100),
      ADD COLUMN required_skills text[] NOT NULL DEFAULT '{}',
      ADD COLUMN risk_level varchar(8) NOT NULL DEFAULT 'LOW' CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH')),
      ADD COLUMN insurer varchar(80),
      ADD COLUMN insurance_policy_no varchar(64),
      ADD COLUMN insurance_covers_from date,
      ADD COLUMN insurance_covers_until date,
      ADD COLUMN need_id uuid UNIQUE,
      ADD COLUMN share_code varchar(16) UNIQUE,
      ADD COLUMN cover_image_url varchar(500),
      ADD COLUMN published_at timestamptz,
      ADD COLUMN cancel_reason varchar(200),
      ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
      ADD COLUMN search_text text GENERATED ALWAYS AS (lower(title || ' ' || description)) STORED`);
    // Projects that existed before share codes get a stable one derived from their id.
    await q.query('UPDATE project SET share_code = substr(md5(id::text), 1, 8) WHERE share_code IS NULL');
    await q.query('ALTER TABLE project ALTER COLUMN share_code SET NOT NULL');
    await q.query('CREATE INDEX project_search_trgm_idx ON project USING gin (search_text gin_trgm_ops)');
    await q.query('CREATE INDEX project_search_grams_idx ON project USING gin (short_grams(search_text))');
    await q.query("CREATE INDEX project_newest_idx ON project (created_at DESC, id DESC) WHERE status = 'PUBLISHED'");
    await q.query('CREATE INDEX project_category_idx ON project (category_code, subcategory_code)');

    await q.query(`CREATE TABLE shift (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL REFERENCES project(id),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
      capacity int NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
      waitlist_capacity int NOT NULL DEFAULT 0 CHECK (waitlist_capacity BETWEEN 0 AND 10000),
      -- Kept in the sign-up transaction under the shift's row lock; the checks make overbooking impossible
      -- even for a bug in the code.
      signed_up int NOT NULL DEFAULT 0 CHECK (signed_up BETWEEN 0 AND capacity),
      waitlisted int NOT NULL DEFAULT 0 CHECK (waitlisted BETWEEN 0 AND waitlist_capacity),
      checkin_code varchar(8) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query('CREATE INDEX shift_project_idx ON shift (project_id, starts_at)');
    await q.query('CREATE INDEX shift_starts_idx ON shift (starts_at)');

    await q.query(`CREATE TABLE organization_standing (
      organization_id uuid PRIMARY KEY,
      name varchar(120) NOT NULL,
      district_code varchar(32) NOT NULL,
      verified boolean NOT NULL,
      suspended boolean NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      search_name text GENERATED ALWAYS AS (lower(name)) STORED
    )`);
    await q.query(
      'CREATE INDEX organization_standing_trgm_idx ON organization_standing USING gin (search_name gin_trgm_ops)',
    );
    await q.query(
      'CREATE INDEX organization_standing_grams_idx ON organization_standing USING gin (short_grams(search_name))',
    );

    await q.query(`CREATE TABLE volunteer_profile (
      volunteer_id uuid PRIMARY KEY,
      account_id varchar(128) NOT NULL UNIQUE,
      district_code varchar(32),
      birth_date date,
      skills text[] NOT NULL DEFAULT '{}',
      status varchar(16) NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE volunteer_profile');
    await q.query('DROP TABLE organization_standing');
    await q.query('DROP TABLE shift');
    await q.query(`ALTER TABLE project DROP COLUMN search_text, DROP COLUMN description, DROP COLUMN category_code,
      DROP COLUMN subcategory_code, DROP COLUMN address, DROP COLUMN latitude, DROP COLUMN longitude,
      DROP COLUMN contact_name, DROP COLUMN contact_phone, DROP COLUMN min_age, DROP COLUMN required_skills,
      DROP COLUMN risk_level, DROP COLUMN insurer, DROP COLUMN insurance_policy_no, DROP COLUMN insurance_covers_from,
      DROP COLUMN insurance_covers_until, DROP COLUMN need_id, DROP COLUMN share_code, DROP COLUMN cover_image_url,
      DROP COLUMN published_at, DROP COLUMN cancel_reason, DROP COLUMN updated_at`);
    await q.query('DROP FUNCTION short_grams(text)');
  }
}
