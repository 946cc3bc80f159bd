import type { MigrationInterface, QueryRunner } from 'typeorm';
import { STAR_THRESHOLDS } from '../../kit/city/growth';

/**
 * The dashboard's breakdowns by star level and age band (issue 13.1), as rollups a trigger keeps in the transaction
 * that writes the volunteer, so a range's figures never scan the volunteer table (issue 13.5):
 *
 * - `volunteer.star_days`: the Beijing day the volunteer reached each star, element k for k stars (at most five),
 *   set as confirmed-hours totals arrive. A volunteer's history is this short array, so removing or moving them
 *   takes out exactly what they added.
 * - `star_daily`: volunteers who registered (level 0) or reached a star (1-5) on a day, per district; the
 *   volunteers at k stars or more at the end of a range are the sum up to it.
 * - `age_band_daily`: per day, district and age band (its lowest age; -1 without a birth date), the change in
 *   volunteers of that band, and registrations in it by age on the day of registering. A registration writes its own
 *   day and, dated ahead, each birthday on which the volunteer moves to the next band, so the sum up to any day gives
 *   every band by the age on that day with no job to run on birthdays.
 *
 * The bands' lowest ages (0, 14, 18, 25, 35, 45, 60) are `AGE_BANDS` in kit/city/age.ts; changing them needs a
 * migration that replaces `volunteer_age_band_deltas` and rebuilds `age_band_daily`. A birthday is the day the
 * whole years turn, as `ageOn` counts them (29 February counts from 1 March in other years).
 */
export class BreakdownFigures1764900300000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE volunteer ADD COLUMN star_days date[] NOT NULL DEFAULT '{}'`);
    // Stars already earned are known from today: when they were reached was never recorded.
    await q.query(
      `UPDATE volunteer SET star_days = array_fill(
         greatest((now() AT TIME ZONE 'Asia/Shanghai')::date, (created_at AT TIME ZONE 'Asia/Shanghai')::date),
         ARRAY[(SELECT count(*)::int FROM unnest($1::numeric[]) t WHERE hours_snapshot >= t)])
       WHERE hours_snapshot >= $2`,
      [STAR_THRESHOLDS, STAR_THRESHOLDS[0]],
    );
    await q.query(`CREATE TABLE star_daily (
      day date NOT NULL,
      district_code varchar(32) NOT NULL,
      level smallint NOT NULL,
      volunteers int NOT NULL,
      PRIMARY KEY (day, district_code, level)
    )`);
    await q.query(`CREATE TABLE age_band_daily (
      day date NOT NULL,
      district_code varchar(32) NOT NULL,
      band smallint NOT NULL,
      volunteers int NOT NULL,
      registrations int NOT NULL,
      PRIMARY KEY (day, district_code, band)
    )`);
    await q.query(`CREATE FUNCTION volunteer_star_deltas(created timestamptz, star_days date[])
      RETURNS TABLE (day date, level smallint, volunteers int) LANGUAGE sql STABLE AS $fn$
      SELECT (created AT TIME ZONE 'Asia/Shanghai')::date, 0::smallint, 1
      UNION ALL
      SELECT d, k::smallint, 1 FROM unnest(star_days) WITH ORDINALITY AS s (d, k)
    $fn$`);
    await q.query(`CREATE FUNCTION volunteer_age_band_deltas(created timestamptz, birth date)
      RETURNS TABLE (day date, band smallint, volunteers int, registrations int) LANGUAGE sql STABLE AS $fn$
      WITH reg AS (SELECT (created AT TIME ZONE 'Asia/Shanghai')::date AS d),
      bound AS (
        SELECT lo::smallint AS lo, (lag(lo) OVER (ORDER BY lo))::smallint AS prev,
               ((birth - 1) + make_interval(years => lo))::date + 1 AS at
          FROM unnest(ARRAY[0, 14, 18, 25, 35, 45, 60]) lo)
      SELECT reg.d,
             CASE WHEN birth IS NULL THEN -1::smallint ELSE (SELECT max(lo) FROM bound WHERE lo = 0 OR at <= reg.d) END,
             1, 1
        FROM reg
      UNION ALL
      SELECT bound.at, x.band, x.delta, 0
        FROM reg, bound, LATERAL (VALUES (bound.prev, -1), (bound.lo, 1)) x (band, delta)
       WHERE birth IS NOT NULL AND bound.lo > 0 AND bound.at > reg.d
    $fn$`);
    // One upsert per trigger: the old row's share taken off and the new row's added, summed per key first (a key
    // may appear in both), so concurrent writers only ever add to a counter row under its lock. A row without a
    // district (deregistered) counts nowhere, as in registration_daily.
    await q.query(`CREATE FUNCTION stats_star_level() RETURNS trigger LANGUAGE plpgsql
      SET search_path FROM CURRENT AS $fn$
    BEGIN
      IF TG_OP = 'UPDATE' AND OLD.district_code IS NOT DISTINCT FROM NEW.district_code
         AND OLD.star_days = NEW.star_days AND OLD.created_at = NEW.created_at THEN RETURN NULL; END IF;
      INSERT INTO star_daily AS r (day, district_code, level, volunteers)
      SELECT d.day, c.district_code, d.level, sum(c.sign * d.volunteers)
        FROM (SELECT -1, OLD.district_code, OLD.created_at, OLD.star_days
               WHERE TG_OP <> 'INSERT' AND OLD.district_code IS NOT NULL
              UNION ALL
              SELECT 1, NEW.district_code, NEW.created_at, NEW.star_days
               WHERE TG_OP <> 'DELETE' AND NEW.district_code IS NOT NULL) c (sign, district_code, created_at, star_days)
        CROSS JOIN LATERAL volunteer_star_deltas(c.created_at, c.star_days) d
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (day, district_code, level) DO UPDATE SET volunteers = r.volunteers + excluded.volunteers;
      RETURN NULL;
    END $fn$`);
    await q.query(`CREATE FUNCTION stats_age_band() RETURNS trigger LANGUAGE plpgsql
      SET search_path FROM CURRENT AS $fn$
    BEGIN
      IF TG_OP = 'UPDATE' AND OLD.district_code IS NOT DISTINCT FROM NEW.district_code
         AND OLD.birth_date IS NOT DISTINCT FROM NEW.birth_date AND OLD.created_at = NEW.created_at THEN
        RETURN NULL;
      END IF;
      INSERT INTO age_band_daily AS r (day, district_code, band, volunteers, registrations)
      SELECT d.day, c.district_code, d.band, sum(c.sign * d.volunteers), sum(c.sign * d.registrations)
        FROM (SELECT -1, OLD.district_code, OLD.created_at, OLD.birth_date
               WHERE TG_OP <> 'INSERT' AND OLD.district_code IS NOT NULL
              UNION ALL
              SELECT 1, NEW.district_code, NEW.created_at, NEW.birth_date
               WHERE TG_OP <> 'DELETE' AND NEW.district_code IS NOT NULL) c (sign, district_code, created_at, birth)
        CROSS JOIN LATERAL volunteer_age_band_deltas(c.created_at, c.birth) d
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (day, district_code, band) DO UPDATE
        SET volunteers = r.volunteers + excluded.volunteers, registrations = r.registrations + excluded.registrations;
      RETURN NULL;
    END $fn$`);
    await q.query(`CREATE TRIGGER volunteer_star_stats AFTER INSERT OR UPDATE OF district_code, star_days, created_at
      OR DELETE ON volunteer FOR EACH ROW EXECUTE FUNCTION stats_star_level()`);
    await q.query(`CREATE TRIGGER volunteer_age_stats AFTER INSERT OR UPDATE OF district_code, birth_date, created_at
      OR DELETE ON volunteer FOR EACH ROW EXECUTE FUNCTION stats_age_band()`);
    // Volunteers already registered, counted once.
    await q.query(`INSERT INTO star_daily (day, district_code, level, volunteers)
      SELECT d.day, v.district_code, d.level, sum(d.volunteers) FROM volunteer v
       CROSS JOIN LATERAL volunteer_star_deltas(v.created_at, v.star_days) d
       WHERE v.district_code IS NOT NULL GROUP BY 1, 2, 3`);
    await q.query(`INSERT INTO age_band_daily (day, district_code, band, volunteers, registrations)
      SELECT d.day, v.district_code, d.band, sum(d.volunteers), sum(d.registrations) FROM volunteer v
       CROSS JOIN LATERAL volunteer_age_band_deltas(v.created_at, v.birth_date) d
       WHERE v.district_code IS NOT NULL GROUP BY 1, 2, 3`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER volunteer_age_stats ON volunteer');
    await q.query('DROP TRIGGER volunteer_star_stats ON volunteer');
    await q.query('DROP FUNCTION stats_age_band()');
    await q.query('DROP FUNCTION stats_star_level()');
    await q.query('DROP FUNCTION volunteer_age_band_deltas(timestamptz, date)');
    await q.query('DROP FUNCTION volunteer_star_deltas(timestamptz, date[])');
    await q.query('DROP TABLE age_band_daily');
    await q.query('DROP TABLE star_daily');
    await q.query('ALTER TABLE volunteer DROP COLUMN star_days');
  }
}
