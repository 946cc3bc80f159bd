import type { DataSource } from 'typeorm';
import { BEGINNING, rangeParams, rollupRows } from '../../kit/runtime/monthly-rollup';
import { rows, SERIAL_PLAN } from '../../kit/runtime/sql';
import { MONTHLY_AGE_BANDS, MONTHLY_REGISTRATIONS, MONTHLY_STARS } from './rollups';

/** Registrations of a district: up to the end of the range (month null), or in one month of it. */
export interface RegistrationRow {
  districtCode: string;
  month: string | null;
  registrations: number;
}

/**
 * Registrations from the rollup `registration_daily` (migration 1764900000000) and its monthly mirror
 * (1765500000010): per district, those up to the end of a range, and those in it month by month.
 */
export async function registrationFigures(db: DataSource, from: string, to: string): Promise<RegistrationRow[]> {
  const found = await rows<{ d: string; m: string | null; n: string }>(
    db,
    `SELECT district_code AS d, NULL AS m, sum(registrations) AS n
       FROM (${rollupRows(MONTHLY_REGISTRATIONS, 1)}) r GROUP BY 1
     UNION ALL
     SELECT district_code, to_char(period, 'YYYY-MM'), sum(registrations)
       FROM (${rollupRows(MONTHLY_REGISTRATIONS, 9)}) r GROUP BY 1, 2`,
    [...rangeParams(BEGINNING, to), ...rangeParams(from, to)],
  );
  return found.map((r) => ({ districtCode: r.d, month: r.m, registrations: Number(r.n) }));
}

/**
 * One count of a district's breakdowns: `stars` volunteers at `key` stars or more at the end of the range; `ages`
 * volunteers in the age band starting at `key` (-1: no birth date) by their age on its last day; `joined` those who
 * registered within the range, by their age when they did.
 */
export interface BreakdownRow {
  kind: 'stars' | 'ages' | 'joined';
  districtCode: string;
  key: number;
  volunteers: number;
}

/**
 * The star and age breakdowns of every district over a range, from their rollups (migration 1764900300000) and
 * their monthly mirrors (1765500000010).
 */
export async function breakdownFigures(db: DataSource, from: string, to: string): Promise<BreakdownRow[]> {
  const found = await rows<{ kind: BreakdownRow['kind']; d: string; k: number; n: string }>(
    db,
    `SELECT 'stars' AS kind, district_code AS d, level AS k, sum(volunteers) AS n
       FROM (${rollupRows(MONTHLY_STARS, 1)}) r WHERE ${SERIAL_PLAN} GROUP BY 2, 3
     UNION ALL
     SELECT 'ages', district_code, band, sum(volunteers)
       FROM (${rollupRows(MONTHLY_AGE_BANDS, 1)}) r GROUP BY 2, 3
     UNION ALL
     SELECT 'joined', district_code, band, sum(registrations)
       FROM (${rollupRows(MONTHLY_AGE_BANDS, 9)}) r GROUP BY 2, 3`,
    [...rangeParams(BEGINNING, to), ...rangeParams(from, to)],
  );
  return found.map((r) => ({ kind: r.kind, districtCode: r.d, key: Number(r.k), volunteers: Number(r.n) }));
}
