import type { DataSource } from 'typeorm';
import { one, rows, type Db } from '../../kit/runtime/sql';

/**
 * Reads of the statistics rollups (daily_figures, service_day_people: kept by triggers, migration
 * 1764900000000-statistics) and of the wage-rate table. None reads raw sign-ups or records, except the count of
 * active projects, which reads the project table by its date range (a few thousand rows a year city-wide).
 */

/** Counters of one district, category ('' for none) and month (YYYY-MM) within a range. */
export interface RollupCell {
  districtCode: string;
  categoryCode: string;
  month: string;
  signups: number;
  personTimes: number;
  hours: number;
  published: number;
}

export async function rollupCells(db: DataSource, from: string, to: string): Promise<RollupCell[]> {
  const found = await rows<{ d: string; c: string; m: string; s: string; p: string; h: string; pub: string }>(
    db,
    `SELECT district_code AS d, category_code AS c, to_char(day, 'YYYY-MM') AS m, sum(signups) AS s,
            sum(person_times) AS p, sum(confirmed_hours) AS h, sum(projects_published) AS pub
       FROM daily_figures WHERE day BETWEEN $1 AND $2
      GROUP BY 1, 2, 3`,
    [from, to],
  );
  return found.map((r) => ({
    districtCode: r.d,
    categoryCode: r.c,
    month: r.m,
    signups: Number(r.s),
    personTimes: Number(r.p),
    hours: Number(r.h),
    published: Number(r.pub),
  }));
}

/**
 * Distinct people with confirmed service in a range, for every cell a dashboard shows: the whole range, each
 * district, category and month, and each district's categories and months. null marks the dimension not grouped.
 */
export interface PeopleCount {
  districtCode: string | null;
  categoryCode: string | null;
  month: string | null;
  people: number;
}

export async function peopleCounts(db: DataSource, from: string, to: string): Promise<PeopleCount[]> {
  const found = await rows<{ d: string | null; c: string | null; m: string | null; n: string }>(
    db,
    `SELECT district_code AS d, category_code AS c, to_char(day, 'YYYY-MM') AS m, count(DISTINCT volunteer_id) AS n
       FROM service_day_people WHERE day BETWEEN $1 AND $2 AND records > 0
      GROUP BY GROUPING SETS ((), (district_code), (category_code), (to_char(day, 'YYYY-MM')),
                              (district_code, category_code), (district_code, to_char(day, 'YYYY-MM')))`,
    [from, to],
  );
  return found.map((r) => ({ districtCode: r.d, categoryCode: r.c, month: r.m, people: Number(r.n) }));
}

/** Published or closed projects whose dates overlap the range, per district and category. */
export async function activeProjects(
  db: DataSource,
  from: string,
  to: string,
): Promise<{ districtCode: string; categoryCode: string; count: number }[]> {
  const found = await rows<{ d: string; c: string; n: string }>(
    db,
    `SELECT district_code AS d, coalesce(category_code, '') AS c, count(*) AS n FROM project
      WHERE status IN ('PUBLISHED', 'CLOSED') AND starts_on <= $2 AND ends_on >= $1
      GROUP BY 1, 2`,
    [from, to],
  );
  return found.map((r) => ({ districtCode: r.d, categoryCode: r.c, count: Number(r.n) }));
}

export interface WageRateRow {
  id: string;
  categoryCode: string;
  year: number;
  rate: number;
  source: string;
  setAt: Date;
  /** False once a newer row for the same category and year exists. */
  current: boolean;
}

const WAGE_RATE_COLUMNS = `id, category_code AS "categoryCode", year, rate::float8 AS rate, source, set_at AS "setAt",
  row_number() OVER (PARTITION BY category_code, year ORDER BY set_at DESC, id DESC) = 1 AS current`;

/** Every rate ever set (a few per category and year), newest first within a category and year. */
export async function allWageRates(db: Db): Promise<WageRateRow[]> {
  return rows<WageRateRow>(
    db,
    `SELECT ${WAGE_RATE_COLUMNS} FROM wage_rate ORDER BY category_code, year, set_at DESC, id DESC`,
  );
}

/** Records a rate; earlier rates for the same category and year stay, superseded. */
export async function insertWageRate(
  db: Db,
  r: { categoryCode: string; year: number; rate: number; source: string; setBy: string },
): Promise<string> {
  const { id } = await one<{ id: string }>(
    db,
    `INSERT INTO wage_rate (category_code, year, rate, source, set_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [r.categoryCode, r.year, r.rate, r.source, r.setBy],
  );
  return id;
}
