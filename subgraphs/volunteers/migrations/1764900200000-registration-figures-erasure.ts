import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deregistration (issue 11.3) empties a volunteer's district, which the registration rollup's trigger (issue 13)
 * tried to count under a NULL district and so failed every deregistration. A row without a district is counted
 * nowhere: deregistering takes the registration off its day and district, as removing a volunteer does.
 */
export class RegistrationFiguresErasure1764900200000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION stats_registration() RETURNS trigger LANGUAGE plpgsql
      SET search_path FROM CURRENT AS $fn$
    BEGIN
      IF TG_OP = 'UPDATE' AND OLD.district_code IS NOT DISTINCT FROM NEW.district_code THEN RETURN NULL; END IF;
      IF TG_OP <> 'INSERT' AND OLD.district_code IS NOT NULL THEN
        INSERT INTO registration_daily AS r (day, district_code, registrations)
          VALUES ((OLD.created_at AT TIME ZONE 'Asia/Shanghai')::date, OLD.district_code, -1)
          ON CONFLICT (day, district_code) DO UPDATE SET registrations = r.registrations - 1;
      END IF;
      IF TG_OP <> 'DELETE' AND NEW.district_code IS NOT NULL THEN
        INSERT INTO registration_daily AS r (day, district_code, registrations)
          VALUES ((NEW.created_at AT TIME ZONE 'Asia/Shanghai')::date, NEW.district_code, 1)
          ON CONFLICT (day, district_code) DO UPDATE SET registrations = r.registrations + 1;
      END IF;
      RETURN NULL;
    END $fn$`);
  }

  async down(): Promise<void> {
    // The earlier function fails every deregistration; going back keeps this one.
  }
}
