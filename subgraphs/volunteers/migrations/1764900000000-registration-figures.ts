import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registrations per Beijing day and district (issue 13), the rollup behind the dashboard's volunteer figures: a
 * trigger keeps it in the transaction that registers, moves or removes a volunteer, so the figures never need a
 * scan of the volunteer table (a million rows city-wide). Volunteers already registered are counted once here.
 */
export class RegistrationFigures1764900000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE registration_daily (
      day date NOT NULL,
      district_code varchar(32) NOT NULL,
      registrations int NOT NULL,
      PRIMARY KEY (day, district_code)
    )`);
    await q.query(`CREATE FUNCTION stats_registration() RETURNS trigger LANGUAGE plpgsql
      SET search_path FROM CURRENT AS $fn$
    BEGIN
      IF TG_OP = 'UPDATE' AND OLD.district_code = NEW.district_code THEN RETURN NULL; END IF;
      IF TG_OP <> 'INSERT' THEN
        INSERT INTO registration_daily AS r (day, district_code, registrations)
          VALUES ((OLD.created_at AT TIME ZONE 'Asia/Shanghai')::date, OLD.district_code, -1)
          ON CONFLICT (day, district_code) DO UPDATE SET registrations = r.registrations - 1;
      END IF;
      IF TG_OP <> 'DELETE' THEN
        INSERT INTO registration_daily AS r (day, district_code, registrations)
          VALUES ((NEW.created_at AT TIME ZONE 'Asia/Shanghai')::date, NEW.district_code, 1)
          ON CONFLICT (day, district_code) DO UPDATE SET registrations = r.registrations + 1;
      END IF;
      RETURN NULL;
    END $fn$`);
    await q.query(`CREATE TRIGGER volunteer_registration_stats AFTER INSERT OR UPDATE OF district_code OR DELETE
      ON volunteer FOR EACH ROW EXECUTE FUNCTION stats_registration()`);
    await q.query(`INSERT INTO registration_daily (day, district_code, registrations)
      SELECT (created_at AT TIME ZONE 'Asia/Shanghai')::date, district_code, count(*) FROM volunteer GROUP BY 1, 2`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TRIGGER volunteer_registration_stats ON volunteer');
    await q.query('DROP FUNCTION stats_registration()');
    await q.query('DROP TABLE registration_daily');
  }
}
