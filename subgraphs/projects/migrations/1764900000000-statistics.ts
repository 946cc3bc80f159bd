import type { MigrationInterface, QueryRunner } from 'typeorm';
import defaults from '../data/wage-rates.json';

/**
 * The city's figures (issue 13) as rollups, and the wage-rate table that values confirmed hours.
 *
 * `daily_figures` holds counters per Beijing day, district and category ('' for a project without one): live
 * sign-ups (by the day they were made), person-times (人次: confirmed records, by the day served), confirmed hours
 * and publications. `service_day_people` counts each volunteer's confirmed records per day and cell, so a figure
 * can tell how many distinct people stand behind it (the suppression rule) without reading raw records.
 *
 * Triggers keep both in the same transaction as the row that changes them, whatever path writes it (a mutation,
 * a bulk confirmation, a correction, the demo seed), so no write can forget them. Counter rows are upserted in key
 * order, one statement per change (functions pinned to the subgraph's schema), so concurrent confirmations queue
 * on the row lock and never lose an increment, and two bulk confirmations cannot wait on each other in a cycle.
 * A project's district and category are read when its rows change: moving a project later does not move figures
 * already counted.
 *
 * `wage_rate` keeps every rate ever set (rows are never updated): the newest row for a category and year is the
 * rate, older ones stay readable as history. Defaults for 2021 come from the data file.
 */
export class Statistics1764900000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE wage_rate (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      category_code varchar(32) NOT NULL REFERENCES service_category(code),
      year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      rate numeric(8,2) NOT NULL CHECK (rate > 0),
      source varchar(300) NOT NULL,
      set_by varchar(128) NOT NULL,
      set_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`);
    await q.query('CREATE INDEX wage_rate_lookup_idx ON wage_rate (category_code, year, set_at DESC)');
    const codes = Object.keys(defaults.rates);
    await q.query(
      `INSERT INTO wage_rate (category_code, year, rate, source, set_by)
       SELECT code, $2, rate, $3, 'default' FROM unnest($1::text[], $4::numeric[]) AS r(code, rate)`,
      [codes, defaults.year, defaults.source, codes.map((c) => defaults.rates[c as keyof typeof defaults.rates])],
    );

    await q.query(`CREATE TABLE daily_figures (
      day date NOT NULL,
      district_code varchar(32) NOT NULL,
      category_code varchar(32) NOT NULL,
      signups int NOT NULL DEFAULT 0,
      person_times int NOT NULL DEFAULT 0,
      confirmed_hours numeric(14,2) NOT NULL DEFAULT 0,
      projects_published int NOT NULL DEFAULT 0,
      PRIMARY KEY (day, district_code, category_code)
    )`);
    await q.query(`CREATE TABLE service_day_people (
      day date NOT NULL,
      district_code varchar(32) NOT NULL,
      category_code varchar(32) NOT NULL,
      volunteer_id uuid NOT NULL,
      records int NOT NULL,
      PRIMARY KEY (day, district_code, category_code, volunteer_id)
    )`);

    // Confirmed records: statement-level, so a bulk confirmation adds its counters in one ordered upsert.
    await q.query(`CREATE FUNCTION stats_service_records() RETURNS trigger LANGUAGE plpgsql
      SET search_path FROM CURRENT AS $fn$
    DECLARE
      d_day date[] := '{}'; d_project uuid[] := '{}'; d_volunteer uuid[] := '{}';
      d_n int[] := '{}'; d_h numeric[] := '{}';
      c_day date[]; c_district text[]; c_category text[]; c_volunteer uuid[]; c_n int[]; c_h numeric[];
    BEGIN
      IF TG_OP <> 'INSERT' THEN
        SELECT coalesce(array_agg(served_on), '{}'), coalesce(array_agg(project_id), '{}'),
               coalesce(array_agg(volunteer_id), '{}'), coalesce(array_agg(-1), '{}'), coalesce(array_agg(-hours), '{}')
          INTO d_day, d_project, d_volunteer, d_n, d_h FROM old_rows WHERE status = 'CONFIRMED';
      END IF;
      IF TG_OP <> 'DELETE' THEN
        SELECT d_day || coalesce(array_agg(served_on), '{}'), d_project || coalesce(array_agg(project_id), '{}'),
               d_volunteer || coalesce(array_agg(volunteer_id), '{}'), d_n || coalesce(array_agg(1), '{}'),
               d_h || coalesce(array_agg(hours), '{}')
          INTO d_day, d_project, d_volunteer, d_n, d_h FROM new_rows WHERE status = 'CONFIRMED';
      END IF;
      IF cardinality(d_day) = 0 THEN RETURN NULL; END IF;
      -- The change per day, cell and volunteer, once; both upserts read it.
      SELECT array_agg(day), array_agg(district_code), array_agg(category_code), array_agg(volunteer_id),
             array_agg(n), array_agg(h)
        INTO c_day, c_district, c_category, c_volunteer, c_n, c_h
        FROM (SELECT c.day, p.district_code, coalesce(p.category_code, '') AS category_code, c.volunteer_id,
                     sum(c.n)::int AS n, sum(c.h) AS h
                FROM unnest(d_day, d_project, d_volunteer, d_n, d_h) AS c(day, project_id, volunteer_id, n, h)
                JOIN project p ON p.id = c.project_id
               GROUP BY 1, 2, 3, 4) x;
      INSERT INTO daily_figures AS f (day, district_code, category_code, person_times, confirmed_hours)
        SELECT day, district_code, category_code, sum(n), sum(h)
          FROM unnest(c_day, c_district, c_category, c_n, c_h) AS c(day, district_code, category_code, n, h)
         GROUP BY 1, 2, 3 HAVING sum(n) <> 0 OR sum(h) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (day, district_code, category_code) DO UPDATE
          SET person_times = f.person_times + EXCLUDED.person_times,
              confirmed_hours = f.confirmed_hours + EXCLUDED.confirmed_hours;
      INSERT INTO service_day_people AS s (day, district_code, category_code, volunteer_id, records)
        SELECT day, district_code, category_code, volunteer_id, n
          FROM unnest(c_day, c_district, c_category, c_volunteer, c_n)
               AS c(day, district_code, category_code, volunteer_id, n)
         WHERE n <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT (day, district_code, category_code, volunteer_id) DO UPDATE
          SET records = s.records + EXCLUDED.records;
      DELETE FROM service_day_people s
        USING unnest(c_day, c_district, c_category, c_volunteer) AS c(day, district_code, category_code, volunteer_id)
       WHERE s.records <= 0 AND s.day = c.day AND s.district_code = c.district_code
         AND s.category_code = c.category_code AND s.volunteer_id = c.volunteer_id;
      RETURN NULL;
    END $fn$`);
    await q.query(`CREATE TRIGGER service_record_stats_insert AFTER INSERT ON service_record
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_service_records()`);
    await q.query(`CREATE TRIGGER service_record_stats_update AFTER UPDATE ON service_record
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION stats_service_records()`);
    await q.query(`CREATE TRIGGER service_record_stats_delete AFTER DELETE ON service_record
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION stats_service_records()`);

    // Sign-ups (one row per statement): a live sign-up counts on the Beijing day it was made until cancelled.
    await q.query(`CREATE FUNCTION stats_signup() RETURNS trigger LANGUAGE plpgsql
      SET search_path FROM CURRENT AS $fn$
    DECLARE
      was boolean := TG_OP <> 'INSERT' AND OLD.status <> 'CANCELLED';
      live boolean := TG_OP <> 'DELETE' AND NEW.status <> 'CANCELLED';
      r record;
    BEGIN
      IF was = live THEN RETURN NULL; END IF;
      IF live THEN r := NEW; ELSE r := OLD; END IF;
      INSERT INTO daily_figures AS f (day, district_code, category_code, signups)
        SELECT (r.created_at AT TIME ZONE 'Asia/Shanghai')::date, p.district_code, coalesce(p.category_code, ''),
               CASE WHEN live THEN 1 ELSE -1 END
          FROM project p WHERE p.id = r.project_id
        ON CONFLICT (day, district_code, category_code) DO UPDATE SET signups = f.signups + EXCLUDED.signups;
      RETURN NULL;
    END $fn$`);
    await q.query(`CREATE TRIGGER signup_stats AFTER INSERT OR UPDATE OF status OR DELETE ON signup
      FOR EACH ROW EXECUTE FUNCTION stats_signup()`);

    // Publications: a project counts once, on the Beijing day it was first published.
    await q.query(`CREATE FUNCTION stats_project() RETURNS trigger LANGUAGE plpgsql
      SET search_path FROM CURRENT AS $fn$
    BEGIN
      IF NEW.published_at IS NULL OR (TG_OP = 'UPDATE' AND OLD.published_at IS NOT NULL) THEN RETURN NULL; END IF;
      INSERT INTO daily_figures AS f (day, district_code, category_code, projects_published)
        VALUES ((NEW.published_at AT TIME ZONE 'Asia/Shanghai')::date, NEW.district_code,
                coalesce(NEW.category_code, ''), 1)
        ON CONFLICT (day, district_code, category_code) DO UPDATE
          SET projects_published = f.projects_published + 1;
      RETURN NULL;
    END $fn$`);
    await q.query(`CREATE TRIGGER project_stats AFTER INSERT OR UPDATE OF published_at ON project
      FOR EACH ROW EXECUTE FUNCTION stats_project()`);

    // Rows written before the rollups existed are counted once here.
    await q.query(`INSERT INTO daily_figures AS f (day, district_code, category_code, signups, person_times,
                     confirmed_hours, projects_published)
      SELECT day, district_code, category_code, sum(signups), sum(person_times), sum(hours), sum(published)
        FROM (
          SELECT (g.created_at AT TIME ZONE 'Asia/Shanghai')::date AS day, p.district_code,
                 coalesce(p.category_code, '') AS category_code, 1 AS signups, 0 AS person_times, 0 AS hours,
                 0 AS published
            FROM signup g JOIN project p ON p.id = g.project_id WHERE g.status <> 'CANCELLED'
          UNION ALL
          SELECT r.served_on, p.district_code, coalesce(p.category_code, ''), 0, 1, r.hours, 0
            FROM service_record r JOIN project p ON p.id = r.project_id WHERE r.status = 'CONFIRMED'
          UNION ALL
          SELECT (published_at AT TIME ZONE 'Asia/Shanghai')::date, district_code, coalesce(category_code, ''),
                 0, 0, 0, 1
            FROM project WHERE published_at IS NOT NULL
        ) x
       GROUP BY 1, 2, 3`);
    await q.query(`INSERT INTO service_day_people (day, district_code, category_code, volunteer_id, records)
      SELECT r.served_on, p.district_code, coalesce(p.category_code, ''), r.volunteer_id, count(*)
        FROM service_record r JOIN project p ON p.id = r.project_id WHERE r.status = 'CONFIRMED'
       GROUP BY 1, 2, 3, 4`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER project_stats ON project');
    await q.query('DROP TRIGGER signup_stats ON signup');
    for (const t of ['insert', 'update', 'delete'])
      await q.query(`DROP TRIGGER service_record_stats_${t} ON service_record`);
    await q.query('DROP FUNCTION stats_project(), stats_signup(), stats_service_records()');
    await q.query('DROP TABLE service_day_people, daily_figures, wage_rate');
  }
}
