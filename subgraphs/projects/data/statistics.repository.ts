import type { DataSource } from 'typeorm';
import { rangeParams, rollupRows } from '../../kit/runtime/monthly-rollup';
import { one, rows, type Db } from '../../kit/runtime/sql';
import { MONTHLY_FIGURES, MONTHLY_PEOPLE_MARKS } from './rollups';

/**
 * Reads of the statistics rollups (daily_figures, service_day_people: kept by triggers, migration
 * 1764900000000-statistics; people_marks, 1765500000010; their monthly mirrors, 1765500000020) and of the wage-rate
 * table. None reads raw sign-ups or records, except the count of active projects, which reads the project table by
 * its date range, and the distinct people of a range the marks cannot tell (`peopleCounts`).
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
    `SELECT district_code AS d, category_code AS c, to_char(period, 'YYYY-MM') AS m, sum(signups) AS s,
            sum(person_times) AS p, sum(confirmed_hours) AS h, sum(projects_published) AS pub
       FROM (${rollupRows(MONTHLY_FIGURES)}) r
      GROUP BY 1, 2, 3`,
    rangeParams(from, to),
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

/**
 * The first and last service days counted in `people_marks` (migration 1765500000010) on the days of a range, per
 * span, cell and month, and whether any volunteer's first day city-wide falls before the range (`before`) or last
 * day after it (`after`): which of the sums tell the people of the range.
 */
export interface PeopleMarks {
  cells: {
    span: 'ever' | 'month';
    /** null for every district (or category). */
    districtCode: string | null;
    categoryCode: string | null;
    month: string;
    firsts: number;
    lasts: number;
  }[];
  before: boolean;
  after: boolean;
}

export async function peopleMarks(db: DataSource, from: string, to: string): Promise<PeopleMarks> {
  const found = await rows<{ s: string; d: string | null; c: string | null; m: string | null; f: string; l: string }>(
    db,
    `SELECT span AS s, district_code AS d, category_code AS c, to_char(period, 'YYYY-MM') AS m,
            sum(firsts) AS f, sum(lasts) AS l
       FROM (${rollupRows(MONTHLY_PEOPLE_MARKS)}) r
      GROUP BY 1, 2, 3, 4
     UNION ALL
     SELECT 'before', NULL, NULL, NULL, count(*), 0 FROM (
       SELECT 1 FROM people_marks
        WHERE day < $1 AND span = 'ever' AND district_code = '*' AND category_code = '*' AND firsts > 0 LIMIT 1) b
     UNION ALL
     SELECT 'after', NULL, NULL, NULL, count(*), 0 FROM (
       SELECT 1 FROM people_marks
        WHERE day > $2 AND span = 'ever' AND district_code = '*' AND category_code = '*' AND lasts > 0 LIMIT 1) a`,
    rangeParams(from, to),
  );
  const all = (code: string | null) => (code === '*' ? null : code);
  return {
    cells: found
      .filter((r) => r.s === 'ever' || r.s === 'month')
      .map((r) => ({
        span: r.s as 'ever' | 'month',
        districtCode: all(r.d),
        categoryCode: all(r.c),
        month: r.m!,
        firsts: Number(r.f),
        lasts: Number(r.l),
      })),
    before: found.some((r) => r.s === 'before' && Number(r.f) > 0),
    after: found.some((r) => r.s === 'after' && Number(r.f) > 0),
  };
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
