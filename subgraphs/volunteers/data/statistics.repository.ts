import type { DataSource } from 'typeorm';
import { rows } from '../../kit/runtime/sql';

/** Registrations of a district: up to the end of the range (month null), or in one month of it. */
export interface RegistrationRow {
  districtCode: string;
  month: string | null;
  registrations: number;
}

/**
 * Registrations from the rollup `registration_daily` (migration 1764900000000): per district, those up to the end
 * of a range, and those in it month by month.
 */
export async function registrationFigures(db: DataSource, from: string, to: string): Promise<RegistrationRow[]> {
  const found = await rows<{ d: string; m: string | null; n: string }>(
    db,
    `SELECT district_code AS d, NULL AS m, sum(registrations) AS n FROM registration_daily WHERE day <= $2 GROUP BY 1
     UNION ALL
     SELECT district_code, to_char(day, 'YYYY-MM'), sum(registrations) FROM registration_daily
      WHERE day BETWEEN $1 AND $2 GROUP BY 1, 2`,
    [from, to],
  );
  return found.map((r) => ({ districtCode: r.d, month: r.m, registrations: Number(r.n) }));
}
