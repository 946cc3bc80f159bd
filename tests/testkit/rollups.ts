import { createLedgerFigures, type LedgerFigures } from '../../subgraphs/kit/district/ledger-figures.repository';
import type { MonthlyMirror } from '../../subgraphs/kit/runtime/monthly-rollup';
import { TIME_BANK_FIGURES } from '../../subgraphs/pidu/data/ledger-figures';
import { MONTHLY_FIGURES, MONTHLY_PEOPLE_MARKS } from '../../subgraphs/projects/data/rollups';
import { MONTHLY_AGE_BANDS, MONTHLY_REGISTRATIONS, MONTHLY_STARS } from '../../subgraphs/volunteers/data/rollups';
import { POINTS_FIGURES } from '../../subgraphs/xinjin/data/ledger-figures';
import type { City } from './city';

/**
 * The dashboard's maintained counters recomputed from what they count (issue 14), for tests that write through every
 * path and for the city seed: each entry names a table and how many of its rows differ from a recomputation (rows in
 * one and not the other, zero rows aside). All zero when the triggers kept them exactly.
 */
type Query = (sql: string) => Promise<{ n: number }[]>;

const differing = (kept: string, fresh: string) =>
  `SELECT (SELECT count(*) FROM ((${kept}) EXCEPT (${fresh})) a)::int
        + (SELECT count(*) FROM ((${fresh}) EXCEPT (${kept})) b)::int AS n`;

function mirrorDrift(m: MonthlyMirror): string {
  const keys = m.keys.map((k) => k.split(' ')[0]).join(', ');
  const values = m.values.map((v) => v.split(' ')[0]!);
  const nonZero = values.map((v) => `${v} <> 0`).join(' OR ');
  return differing(
    `SELECT month, ${keys}, ${values.join(', ')} FROM ${m.monthly} WHERE ${nonZero}`,
    `SELECT date_trunc('month', day::timestamp)::date, ${keys}, ${values.map((v) => `sum(${v})`).join(', ')}
       FROM ${m.daily} GROUP BY 1, ${keys} HAVING ${values.map((v) => `sum(${v}) <> 0`).join(' OR ')}`,
  );
}

const PEOPLE_MARKS_DRIFT = differing(
  `SELECT day, span::text, district_code::text, category_code::text, firsts::bigint, lasts::bigint FROM people_marks
    WHERE firsts <> 0 OR lasts <> 0`,
  `SELECT d.day, d.span, d.district_code, d.category_code, sum(d.firsts), sum(d.lasts)
     FROM (SELECT array_agg(day) AS days, array_agg(district_code::text) AS districts,
                  array_agg(category_code::text) AS categories, array_agg(volunteer_id) AS volunteers
             FROM service_day_people) r,
          LATERAL people_marks_deltas(1, r.days, r.districts, r.categories, r.volunteers) d
    GROUP BY 1, 2, 3, 4`,
);

/** The ledger's rollups as its migration's backfill would write them now. */
function ledgerDrift(l: LedgerFigures): string[] {
  const backfill = createLedgerFigures(l).slice(-2);
  const people = backfill[0]!.slice(backfill[0]!.indexOf('SELECT'));
  const daily = backfill[1]!
    .slice(backfill[1]!.indexOf('SELECT'))
    .replace(new RegExp(`FROM ${l.ledger}_people`, 'g'), `FROM (${people}) p (grp, person, first_day, last_day)`);
  return [
    differing(`SELECT grp::text, person, first_day, last_day FROM ${l.ledger}_people`, people),
    differing(
      `SELECT day, grp::text, amount, firsts::bigint, lasts::bigint FROM ${l.ledger}_daily
        WHERE amount <> 0 OR firsts <> 0 OR lasts <> 0`,
      `SELECT * FROM (${daily}) d (day, grp, amount, firsts, lasts) WHERE amount <> 0 OR firsts <> 0 OR lasts <> 0`,
    ),
  ];
}

const CHECKS: Record<string, [subgraph: string, sql: string][]> = {
  'projects.people_marks': [['projects', PEOPLE_MARKS_DRIFT]],
  'projects.monthly_figures': [['projects', mirrorDrift(MONTHLY_FIGURES)]],
  'projects.people_marks_monthly': [['projects', mirrorDrift(MONTHLY_PEOPLE_MARKS)]],
  'volunteers.registration_monthly': [['volunteers', mirrorDrift(MONTHLY_REGISTRATIONS)]],
  'volunteers.star_monthly': [['volunteers', mirrorDrift(MONTHLY_STARS)]],
  'volunteers.age_band_monthly': [['volunteers', mirrorDrift(MONTHLY_AGE_BANDS)]],
  'pidu.time_bank_entry rollups': ledgerDrift(TIME_BANK_FIGURES).map((sql) => ['pidu', sql]),
  'xinjin.points_entry rollups': ledgerDrift(POINTS_FIGURES).map((sql) => ['xinjin', sql]),
};

/** Rows of each maintained counter that differ from a recomputation; `{}`-like all zeros when none do. */
export async function rollupDrift(city: City): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, checks] of Object.entries(CHECKS)) {
    out[name] = 0;
    for (const [subgraph, sql] of checks) {
      const query: Query = (text) => city.subgraphs.get(subgraph)!.db.query(text);
      out[name] += (await query(sql))[0]!.n;
    }
  }
  return out;
}

/** What `rollupDrift` gives when every counter is exact. */
export const NO_DRIFT = Object.fromEntries(Object.keys(CHECKS).map((name) => [name, 0]));
