import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Distinct people behind the dashboard's service figures without counting distinct volunteers over raw rows
 * (issue 14: `count(DISTINCT volunteer_id)` over a year of `service_day_people`, 700,000 rows at city size, took
 * seconds per dashboard).
 *
 * A volunteer stands behind a figure of a range when one of their service days falls in it. Of each volunteer's
 * days, per cell (the city, a district, a category, a district's category: `*` for "all"), only the first and the
 * last matter for two kinds of range, and `people_marks` counts them per day:
 *
 * - span `ever`: the volunteer's first and last day in the cell over all time. When no one served after a range's
 *   last day (a range ending today), the people of the range are those whose last day falls in it; when no one
 *   served before its first day, those whose first day does.
 * - span `month`: the first and last day within the day's month (city and districts). A month cut by the range's
 *   first day counts the lasts from that day to the month's end, one cut by its last day the firsts up to it, a
 *   whole month either.
 *
 * So a dashboard's year sums counters (a few thousand rows, with the monthly mirror of migration 1765500000020)
 * instead of sorting every volunteer-day; a range that fits neither case (cut on both sides with service on both)
 * falls back to counting distinct rows.
 *
 * The marks follow `service_day_people` (whose rows the record trigger of migration 1764900000000 adds and deletes
 * as confirmed records come and go): a statement-level trigger on its inserts and deletes recomputes the marks of
 * the volunteers it touched before and after, and adds the difference in one ordered upsert. Before that it locks
 * each volunteer's row in `service_people` in id order, so two transactions changing one volunteer's days queue and
 * the second sees the first's days (a fresh snapshot per statement under READ COMMITTED); otherwise both could take
 * the same "before" and count a first day twice. The marks are computed by `people_marks_deltas`, which the
 * backfill below uses too.
 */
export class PeopleMarks1765500000010 implements MigrationInterface {
  name = 'PeopleMarks1765500000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE IF NOT EXISTS people_marks (
      day date NOT NULL,
      span varchar(5) NOT NULL CHECK (span IN ('ever', 'month')),
      district_code varchar(32) NOT NULL,
      category_code varchar(32) NOT NULL,
      firsts int NOT NULL DEFAULT 0,
      lasts int NOT NULL DEFAULT 0,
      PRIMARY KEY (day, span, district_code, category_code)
    )`);
    await q.query(`CREATE TABLE IF NOT EXISTS service_people (volunteer_id uuid PRIMARY KEY)`);
    await q.query(
      'CREATE INDEX IF NOT EXISTS service_day_people_volunteer_idx ON service_day_people (volunteer_id, day)',
    );

    // +sign for each first and last day of each volunteer's rows given, per cell and span.
    await q.query(`CREATE FUNCTION people_marks_deltas(sign int, days date[], districts text[], categories text[],
        volunteers uuid[])
      RETURNS TABLE (day date, span text, district_code text, category_code text, firsts int, lasts int)
      LANGUAGE sql IMMUTABLE AS $fn$
      WITH r AS (
        SELECT * FROM unnest(days, districts, categories, volunteers)
                   AS r(day, district_code, category_code, volunteer_id)
      ), m AS (
        SELECT 'ever' AS span, coalesce(district_code, '*') AS district_code,
               coalesce(category_code, '*') AS category_code, min(day) AS first_day, max(day) AS last_day
          FROM r
         GROUP BY GROUPING SETS ((volunteer_id), (volunteer_id, district_code), (volunteer_id, category_code),
                                 (volunteer_id, district_code, category_code))
        UNION ALL
        SELECT 'month', coalesce(district_code, '*'), '*', min(day), max(day)
          FROM r
         GROUP BY GROUPING SETS ((volunteer_id, date_trunc('month', day::timestamp)),
                                 (volunteer_id, district_code, date_trunc('month', day::timestamp)))
      )
      SELECT first_day, span, district_code, category_code, sign, 0 FROM m
      UNION ALL
      SELECT last_day, span, district_code, category_code, 0, sign FROM m
    $fn$`);

    await q.query(`CREATE FUNCTION stats_people_marks() RETURNS trigger LANGUAGE plpgsql
      SET search_path FROM CURRENT AS $fn$
    DECLARE
      vs uuid[];
      n_day date[]; n_district text[]; n_category text[]; n_volunteer uuid[];
      o_day date[]; o_district text[]; o_category text[]; o_volunteer uuid[];
    BEGIN
      IF TG_OP = 'INSERT' THEN
        SELECT array_agg(DISTINCT volunteer_id ORDER BY volunteer_id) INTO vs FROM changed_new;
      ELSE
        SELECT array_agg(DISTINCT volunteer_id ORDER BY volunteer_id) INTO vs FROM changed_old;
      END IF;
      IF vs IS NULL THEN RETURN NULL; END IF;
      INSERT INTO service_people (volunteer_id) SELECT v FROM unnest(vs) AS v ORDER BY 1 ON CONFLICT DO NOTHING;
      PERFORM 1 FROM service_people WHERE volunteer_id = ANY(vs) ORDER BY volunteer_id FOR UPDATE;
      -- Their days now (this statement's change included), and before it.
      SELECT coalesce(array_agg(day), '{}'), coalesce(array_agg(district_code), '{}'),
             coalesce(array_agg(category_code), '{}'), coalesce(array_agg(volunteer_id), '{}')
        INTO n_day, n_district, n_category, n_volunteer
        FROM service_day_people WHERE volunteer_id = ANY(vs);
      IF TG_OP = 'INSERT' THEN
        SELECT coalesce(array_agg(day), '{}'), coalesce(array_agg(district_code), '{}'),
               coalesce(array_agg(category_code), '{}'), coalesce(array_agg(volunteer_id), '{}')
          INTO o_day, o_district, o_category, o_volunteer
          FROM (SELECT * FROM unnest(n_day, n_district, n_category, n_volunteer)
                EXCEPT ALL
                SELECT day, district_code, category_code, volunteer_id FROM changed_new) x (day, district_code,
                category_code, volunteer_id);
      ELSE
        SELECT coalesce(array_agg(day), '{}'), coalesce(array_agg(district_code), '{}'),
               coalesce(array_agg(category_code), '{}'), coalesce(array_agg(volunteer_id), '{}')
          INTO o_day, o_district, o_category, o_volunteer
          FROM (SELECT * FROM unnest(n_day, n_district, n_category, n_volunteer)
                UNION ALL
                SELECT day, district_code, category_code, volunteer_id FROM changed_old) x (day, district_code,
                category_code, volunteer_id);
      END IF;
      INSERT INTO people_marks AS k (day, span, district_code, category_code, firsts, lasts)
      SELECT day, span, district_code, category_code, sum(firsts), sum(lasts)
        FROM (SELECT * FROM people_marks_deltas(1, n_day, n_district, n_category, n_volunteer)
              UNION ALL
              SELECT * FROM people_marks_deltas(-1, o_day, o_district, o_category, o_volunteer)) d
       GROUP BY 1, 2, 3, 4 HAVING sum(firsts) <> 0 OR sum(lasts) <> 0 ORDER BY 1, 2, 3, 4
      ON CONFLICT (day, span, district_code, category_code) DO UPDATE
        SET firsts = k.firsts + EXCLUDED.firsts, lasts = k.lasts + EXCLUDED.lasts;
      RETURN NULL;
    END $fn$`);
    await q.query(`CREATE TRIGGER service_day_people_marks_insert AFTER INSERT ON service_day_people
      REFERENCING NEW TABLE AS changed_new FOR EACH STATEMENT EXECUTE FUNCTION stats_people_marks()`);
    await q.query(`CREATE TRIGGER service_day_people_marks_delete AFTER DELETE ON service_day_people
      REFERENCING OLD TABLE AS changed_old FOR EACH STATEMENT EXECUTE FUNCTION stats_people_marks()`);

    // Days confirmed before the marks existed, counted once (locked first, so no confirmation slips in between).
    await q.query('LOCK TABLE service_day_people IN SHARE MODE');
    await q.query('INSERT INTO service_people (volunteer_id) SELECT DISTINCT volunteer_id FROM service_day_people');
    await q.query(`INSERT INTO people_marks (day, span, district_code, category_code, firsts, lasts)
      SELECT d.day, d.span, d.district_code, d.category_code, sum(d.firsts), sum(d.lasts)
        FROM (SELECT array_agg(day) AS days, array_agg(district_code::text) AS districts,
                     array_agg(category_code::text) AS categories, array_agg(volunteer_id) AS volunteers
                FROM service_day_people) r,
             LATERAL people_marks_deltas(1, r.days, r.districts, r.categories, r.volunteers) d
       GROUP BY 1, 2, 3, 4`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER service_day_people_marks_delete ON service_day_people');
    await q.query('DROP TRIGGER service_day_people_marks_insert ON service_day_people');
    await q.query('DROP FUNCTION stats_people_marks()');
    await q.query('DROP FUNCTION people_marks_deltas(int, date[], text[], text[], uuid[])');
    await q.query('DROP INDEX service_day_people_volunteer_idx');
    await q.query('DROP TABLE people_marks, service_people');
  }
}
