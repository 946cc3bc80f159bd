import type { DataSource } from 'typeorm';
import { rows } from '../../kit/runtime/sql';

export interface DistrictFigures {
  code: string;
  shiftCount: number;
  signupCount: number;
  confirmedHours: number;
}

/** Shifts, live sign-ups and confirmed hours of many districts, in one statement. */
export async function districtFigures(db: DataSource, codes: readonly string[]): Promise<DistrictFigures[]> {
  // count(*) is bigint and sum(numeric) numeric: pg hands both over as text.
  const found = await rows<{ code: string; shifts: string; signups: string; hours: string }>(
    db,
    `SELECT d.code,
            (SELECT count(*) FROM shift s JOIN project p ON p.id = s.project_id
              WHERE p.district_code = d.code AND p.status IN ('PUBLISHED', 'CLOSED')) AS shifts,
            (SELECT count(*) FROM signup g JOIN project p ON p.id = g.project_id
              WHERE p.district_code = d.code AND g.status <> 'CANCELLED') AS signups,
            (SELECT coalesce(sum(r.hours), 0) FROM service_record r JOIN project p ON p.id = r.project_id
              WHERE p.district_code = d.code AND r.status = 'CONFIRMED') AS hours
       FROM unnest($1::text[]) AS d(code)`,
    [[...codes]],
  );
  return found.map((r) => ({
    code: r.code,
    shiftCount: Number(r.shifts),
    signupCount: Number(r.signups),
    confirmedHours: Number(r.hours),
  }));
}
