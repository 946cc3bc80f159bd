import type { DataSource } from 'typeorm';
import { rows } from '../../kit/runtime/sql';

export interface OrganizationFigureRow {
  districtCode: string;
  total: number;
  registered: number;
  verified: number;
}

/**
 * Organizations per district: registered by the end of the range, registered within it, verified within it. Read
 * from the organization table itself, not a rollup: the city has about 2,000 organizations, and a grouped count of
 * them (by the district index) costs less than keeping counters would.
 */
export async function organizationFigures(db: DataSource, from: string, to: string): Promise<OrganizationFigureRow[]> {
  const found = await rows<{ d: string; t: string; r: string; v: string }>(
    db,
    `SELECT district_code AS d,
            count(*) FILTER (WHERE (created_at AT TIME ZONE 'Asia/Shanghai')::date <= $2) AS t,
            count(*) FILTER (WHERE (created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2) AS r,
            count(*) FILTER (WHERE (verified_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2) AS v
       FROM organization GROUP BY 1`,
    [from, to],
  );
  return found.map((x) => ({ districtCode: x.d, total: Number(x.t), registered: Number(x.r), verified: Number(x.v) }));
}
