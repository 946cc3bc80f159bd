import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * City-wide campaigns (issue 17.4) and insurance programs (issue 17.3).
 *
 * `campaign` is opened by the city with a target per district (`campaign_district`); a project joins one by its
 * `campaign_code`. `campaign_district` also holds the campaign's figures per district (person-times and confirmed
 * hours), kept by a statement-level trigger on service records as the statistics rollups are (migration
 * 1764900000000-statistics): in the transaction of the confirmation, ordered upserts so concurrent confirmations
 * queue on the row lock and lose nothing. A district without a target gets its row when it first serves.
 *
 * `insurance_program` is a donated (or bought) program: insurer, cover, maximum payout per person, a quota of
 * policies, a period, and the work it covers (categories, campaigns, major-event deployments). `enrolled` counts the
 * policies issued and can never pass the quota (a CHECK backs the locked count). `insurance_policy` is one per
 * program and volunteer, numbered with the program's prefix and its sequence. A risky project may name a program
 * as its cover (`project.insurance_program_id`) instead of a policy of its own.
 */
export class CampaignsInsurance1765300200000 implements MigrationInterface {
  name = 'CampaignsInsurance1765300200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE campaign (
      code varchar(40) PRIMARY KEY,
      name varchar(120) NOT NULL,
      starts_on date NOT NULL,
      ends_on date NOT NULL CHECK (ends_on >= starts_on),
      opened_by varchar(128) NOT NULL,
      opened_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE campaign_district (
      campaign_code varchar(40) NOT NULL REFERENCES campaign(code),
      district_code varchar(32) NOT NULL,
      target_person_times int CHECK (target_person_times > 0),
      target_hours numeric(12,2) CHECK (target_hours > 0),
      person_times int NOT NULL DEFAULT 0,
      confirmed_hours numeric(14,2) NOT NULL DEFAULT 0,
      PRIMARY KEY (campaign_code, district_code)
    )`);
    await q.query('ALTER TABLE project ADD COLUMN campaign_code varchar(40) REFERENCES campaign(code)');
    await q.query('CREATE INDEX project_campaign_idx ON project (campaign_code) WHERE campaign_code IS NOT NULL');

    await q.query(`CREATE FUNCTION campaign_service_records() RETURNS trigger LANGUAGE plpgsql
      SET search_path FROM CURRENT AS $fn$
    DECLARE
      d_project uuid[] := '{}'; d_n int[] := '{}'; d_h numeric[] := '{}';
    BEGIN
      -- A transition table exists only for the events that have it, so each is read under its own branch.
      IF TG_OP <> 'INSERT' THEN
        SELECT coalesce(array_agg(project_id), '{}'), coalesce(array_agg(-1), '{}'), coalesce(array_agg(-hours), '{}')
          INTO d_project, d_n, d_h FROM old_rows WHERE status = 'CONFIRMED';
      END IF;
      IF TG_OP <> 'DELETE' THEN
        SELECT d_project || coalesce(array_agg(project_id), '{}'), d_n || coalesce(array_agg(1), '{}'),
               d_h || coalesce(array_agg(hours), '{}')
          INTO d_project, d_n, d_h FROM new_rows WHERE status = 'CONFIRMED';
      END IF;
      IF cardinality(d_project) = 0 THEN RETURN NULL; END IF;
      INSERT INTO campaign_district AS f (campaign_code, district_code, person_times, confirmed_hours)
        SELECT p.campaign_code, p.district_code, sum(c.n), sum(c.h)
          FROM unnest(d_project, d_n, d_h) AS c(project_id, n, h) JOIN project p ON p.id = c.project_id
         WHERE p.campaign_code IS NOT NULL
         GROUP BY 1, 2 HAVING sum(c.n) <> 0 OR sum(c.h) <> 0 ORDER BY 1, 2
        ON CONFLICT (campaign_code, district_code) DO UPDATE
          SET person_times = f.person_times + EXCLUDED.person_times,
              confirmed_hours = f.confirmed_hours + EXCLUDED.confirmed_hours;
      RETURN NULL;
    END $fn$`);
    await q.query(`CREATE TRIGGER service_record_campaign_insert AFTER INSERT ON service_record
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION campaign_service_records()`);
    await q.query(`CREATE TRIGGER service_record_campaign_update AFTER UPDATE ON service_record
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION campaign_service_records()`);
    await q.query(`CREATE TRIGGER service_record_campaign_delete AFTER DELETE ON service_record
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION campaign_service_records()`);

    await q.query(`CREATE TABLE insurance_program (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      prefix varchar(12) NOT NULL UNIQUE,
      name varchar(120) NOT NULL,
      insurer varchar(80) NOT NULL,
      cover varchar(300) NOT NULL,
      max_payout numeric(12,2) NOT NULL CHECK (max_payout > 0),
      quota int NOT NULL CHECK (quota > 0),
      enrolled int NOT NULL DEFAULT 0 CHECK (enrolled >= 0 AND enrolled <= quota),
      starts_on date NOT NULL,
      ends_on date NOT NULL CHECK (ends_on >= starts_on),
      category_codes text[] NOT NULL DEFAULT '{}',
      campaign_codes text[] NOT NULL DEFAULT '{}',
      covers_major_events boolean NOT NULL DEFAULT false,
      created_by varchar(128) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE insurance_policy (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      program_id uuid NOT NULL REFERENCES insurance_program(id),
      volunteer_id uuid NOT NULL,
      policy_number varchar(40) NOT NULL UNIQUE,
      project_id uuid,
      deployment_id uuid,
      enrolled_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      UNIQUE (program_id, volunteer_id)
    )`);
    await q.query('CREATE INDEX insurance_policy_volunteer_idx ON insurance_policy (volunteer_id)');
    await q.query('ALTER TABLE project ADD COLUMN insurance_program_id uuid REFERENCES insurance_program(id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE project DROP COLUMN insurance_program_id, DROP COLUMN campaign_code');
    await q.query('DROP TABLE insurance_policy, insurance_program');
    for (const t of ['insert', 'update', 'delete'])
      await q.query(`DROP TRIGGER service_record_campaign_${t} ON service_record`);
    await q.query('DROP FUNCTION campaign_service_records()');
    await q.query('DROP TABLE campaign_district, campaign');
  }
}
