import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deregistration (issue 11.3) empties a volunteer's district code, which the registration rollup's trigger
 * (issue 13) wrote as a NULL district and so failed every deregistration. A volunteer without a district counts
 * nowhere: leaving takes them off their former district's day, as removing them did, and nothing is added.
 */
export class RegistrationFiguresDeregistered1764970000000 implements MigrationInterface {
  name = 'RegistrationFiguresDeregistered1764970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      this.fn('IS NOT DISTINCT FROM', 'AND OLD.district_code IS NOT NULL', 'AND NEW.district_code IS NOT NULL'),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(this.fn('=', '', ''));
  }

  /** The trigger function, with how an unchanged district is told and the guards on each side. */
  private fn(same: string, oldGuard: string, newGuard: string): string {
    return `CREATE OR REPLACE FUNCTION stats_registration() RETURNS trigger LANGUAGE plpgsql
      SET search_path FROM CURRENT AS $fn$
    BEGIN
      IF TG_OP = 'UPDATE' AND OLD.district_code ${same} NEW.district_code THEN RETURN NULL; END IF;
      IF TG_OP <> 'INSERT' ${oldGuard} THEN
        INSERT INTO registration_daily AS r (day, district_code, registrations)
          VALUES ((OLD.created_at AT TIME ZONE 'Asia/Shanghai')::date, OLD.district_code, -1)
          ON CONFLICT (day, district_code) DO UPDATE SET registrations = r.registrations - 1;
      END IF;
      IF TG_OP <> 'DELETE' ${newGuard} THEN
        INSERT INTO registration_daily AS r (day, district_code, registrations)
          VALUES ((NEW.created_at AT TIME ZONE 'Asia/Shanghai')::date, NEW.district_code, 1)
          ON CONFLICT (day, district_code) DO UPDATE SET registrations = r.registrations + 1;
      END IF;
      RETURN NULL;
    END $fn$`;
  }
}
