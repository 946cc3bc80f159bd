import type { DataSource } from 'typeorm';
import { exec, maybeOne, rows, type Db } from '../../kit/runtime/sql';

/** A city-wide campaign (issue 17.4). */
export interface CampaignRow {
  code: string;
  name: string;
  startsOn: string;
  endsOn: string;
  openedAt: Date;
}

/** A campaign's target and figures in one district (counters kept by the service-record trigger). */
export interface CampaignDistrictRow {
  campaignCode: string;
  district: string;
  targetPersonTimes: number | null;
  targetHours: number | null;
  personTimes: number;
  hours: number;
  /** Distinct volunteers behind the figures: under five and they are withheld, as statistics' are. */
  people: number;
}

const CAMPAIGN_COLUMNS = `code, name, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn",
  to_char(ends_on, 'YYYY-MM-DD') AS "endsOn", opened_at AS "openedAt"`;

/** Opens a campaign with its district targets; null when the code is taken. */
export async function insertCampaign(
  db: Db,
  c: Omit<CampaignRow, 'openedAt'> & { openedBy: string },
  targets: { district: string; personTimes: number | null; hours: number | null }[],
): Promise<CampaignRow | null> {
  const row = await maybeOne<CampaignRow>(
    db,
    `INSERT INTO campaign (code, name, starts_on, ends_on, opened_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (code) DO NOTHING RETURNING ${CAMPAIGN_COLUMNS}`,
    [c.code, c.name, c.startsOn, c.endsOn, c.openedBy],
  );
  if (row && targets.length)
    await exec(
      db,
      `INSERT INTO campaign_district (campaign_code, district_code, target_person_times, target_hours)
       SELECT $1, * FROM unnest($2::text[], $3::int[], $4::numeric[])`,
      [c.code, targets.map((t) => t.district), targets.map((t) => t.personTimes), targets.map((t) => t.hours)],
    );
  return row;
}

/** Every campaign, the latest first (a city opens a few a year). */
export function allCampaigns(db: DataSource): Promise<CampaignRow[]> {
  return rows(db, `SELECT ${CAMPAIGN_COLUMNS} FROM campaign ORDER BY starts_on DESC, code LIMIT 500`);
}

export function campaignsByCodes(db: Db, codes: readonly string[]): Promise<CampaignRow[]> {
  return rows(db, `SELECT ${CAMPAIGN_COLUMNS} FROM campaign WHERE code = ANY($1)`, [[...codes]]);
}

/**
 * The districts of many campaigns: those with a target, and those that served without one. The people behind each
 * are counted here rather than kept by the trigger: a distinct count cannot be kept as a sum, and the read goes
 * through the campaign's projects (project_campaign_idx) and their records (service_record_project_idx) only, in
 * the same one statement for every campaign of the page.
 */
export function districtsOfCampaigns(db: DataSource, codes: readonly string[]): Promise<CampaignDistrictRow[]> {
  return rows(
    db,
    `SELECT d.campaign_code AS "campaignCode", d.district_code AS district,
            d.target_person_times AS "targetPersonTimes", d.target_hours::float8 AS "targetHours",
            d.person_times AS "personTimes", d.confirmed_hours::float8 AS hours, coalesce(n.people, 0)::int AS people
       FROM campaign_district d
       LEFT JOIN (SELECT p.campaign_code, p.district_code, count(DISTINCT r.volunteer_id) AS people
                    FROM project p JOIN service_record r ON r.project_id = p.id AND r.status = 'CONFIRMED'
                   WHERE p.campaign_code = ANY($1) GROUP BY 1, 2) n
         ON n.campaign_code = d.campaign_code AND n.district_code = d.district_code
      WHERE d.campaign_code = ANY($1) ORDER BY d.campaign_code, d.district_code`,
    [[...codes]],
  );
}

/** Whether a project has service records (its figures are counted under its campaign as they are confirmed). */
export async function projectHasRecords(db: Db, projectId: string): Promise<boolean> {
  return !!(await maybeOne(db, 'SELECT 1 AS x FROM service_record WHERE project_id = $1 LIMIT 1', [projectId]));
}
