import {
  CityStatisticsDocument,
  DistrictStatisticsDocument,
  type CityStatisticsQuery,
} from '../../gateway/operations/generated/graphql';
import { seedCrowdVolunteers } from '../../subgraphs/volunteers/data/seed';
import { seedCrowd } from '../../subgraphs/projects/data/seed';
import { DISTRICTS } from '../../subgraphs/kit/city/districts';
import { expectNoErrors, startCity, type City } from '../testkit/city';
import { dayFromNow } from '../testkit/days';
import { statisticsViewerToken } from '../testkit/tokens';

/**
 * Issue 13, done when: the dashboard's figures on the demo data (the hand-written demo and the generated crowd,
 * kit/city/demo-crowd.ts) equal sums computed here directly in the database, for the last 24 months and for this
 * year, for the city, every district's headline and a few districts' drill-downs. A figure the API withholds must
 * have fewer than five people behind it in the database, or be the one extra cell a breakdown withholds so that its
 * single small cell cannot be had by subtraction.
 */
let city: City;
let viewer: string;
let startMs: number;
beforeAll(async () => {
  const t0 = Date.now();
  city = await startCity({ crowd: true });
  startMs = Date.now() - t0;
  viewer = await statisticsViewerToken(city);
}, 600_000);
afterAll(() => city?.stop());

const db = (name: string) => city.subgraphs.get(name)!.db;
const TODAY = dayFromNow(0);

/** The day 24 months before today (the same day of the month, or the month's last). */
function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const last = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(index / 12)}-${two((index % 12) + 1)}-${two(Math.min(d, last))}`;
}
const LAST_24_MONTHS = { from: monthsBefore(TODAY, 24), to: TODAY };
const THIS_YEAR = { from: `${TODAY.slice(0, 4)}-01-01`, to: TODAY };

interface Cell {
  value: number | null;
  suppressed: string | null;
}
/** A figure as the database has it: its value and the distinct people behind it. */
interface Truth {
  value: number;
  people: number;
}

const money = (n: number) => Math.round(n * 100) / 100;

/**
 * One breakdown (or a lone headline): every figure shown equals the database's; every cell with one to four people
 * behind it is withheld; a cell withheld with five or more (or none) is allowed only as the single secondary cell of a
 * breakdown with exactly one small cell.
 */
function expectBreakdown(label: string, cells: { api: Cell; truth: Truth }[]) {
  const small = cells.filter((c) => c.truth.people > 0 && c.truth.people < 5).length;
  let secondary = 0;
  for (const [i, { api, truth }] of cells.entries()) {
    const where = `${label} [${i}]`;
    if (truth.people > 0 && truth.people < 5) {
      expect({ where, value: api.value }).toEqual({ where, value: null });
      continue;
    }
    if (api.value === null) {
      secondary++;
      expect({ where, small, secondary }).toEqual({ where, small: 1, secondary: 1 });
      continue;
    }
    expect({ where, value: money(api.value) }).toEqual({ where, value: money(truth.value) });
  }
}

interface Range {
  from: string;
  to: string;
}

/** Service figures per district, category and month, from the raw rows (not the rollups the API reads). */
async function serviceTruth({ from, to }: Range) {
  const found: {
    d: string;
    c: string;
    m: string;
    v: string;
    n: string;
    h: string;
    val: string;
  }[] = await db('projects').query(
    `SELECT p.district_code AS d, p.category_code AS c, to_char(r.served_on, 'YYYY-MM') AS m, r.volunteer_id AS v,
            count(*) AS n, sum(r.hours) AS h,
            sum(r.hours * (SELECT w.rate FROM wage_rate w WHERE w.category_code = p.category_code
                            ORDER BY (w.year <= extract(year FROM r.served_on)) DESC,
                                     CASE WHEN w.year <= extract(year FROM r.served_on) THEN -w.year ELSE w.year END,
                                     w.set_at DESC
                            LIMIT 1)) AS val
       FROM service_record r JOIN project p ON p.id = r.project_id
      WHERE r.status = 'CONFIRMED' AND r.served_on BETWEEN $1 AND $2
      GROUP BY 1, 2, 3, 4`,
    [from, to],
  );
  const signups: { d: string; c: string; m: string; n: string }[] = await db('projects').query(
    `SELECT p.district_code AS d, p.category_code AS c,
            to_char((s.created_at AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM') AS m, count(*) AS n
       FROM signup s JOIN project p ON p.id = s.project_id
      WHERE s.status <> 'CANCELLED' AND (s.created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2
      GROUP BY 1, 2, 3`,
    [from, to],
  );
  const published: { d: string; c: string; m: string; n: string }[] = await db('projects').query(
    `SELECT district_code AS d, category_code AS c,
            to_char((published_at AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM') AS m, count(*) AS n
       FROM project WHERE (published_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2 GROUP BY 1, 2, 3`,
    [from, to],
  );
  const active: { d: string; n: string }[] = await db('projects').query(
    `SELECT district_code AS d, count(*) AS n FROM project
      WHERE status IN ('PUBLISHED', 'CLOSED') AND starts_on <= $2 AND ends_on >= $1 GROUP BY 1`,
    [from, to],
  );
  type Keep = (x: { d: string; c: string; m: string }) => boolean;
  return {
    /** Person-times, hours, value and people of the rows kept. */
    service(keep: Keep) {
      const rows = found.filter(keep);
      return {
        personTimes: { value: rows.reduce((a, r) => a + Number(r.n), 0), people: new Set(rows.map((r) => r.v)).size },
        hours: { value: rows.reduce((a, r) => a + Number(r.h), 0), people: new Set(rows.map((r) => r.v)).size },
        value: { value: rows.reduce((a, r) => a + Number(r.val), 0), people: new Set(rows.map((r) => r.v)).size },
      };
    },
    /** Live sign-ups made in the range: each one person's act, so the count is its own number of people. */
    signups(keep: Keep): Truth {
      const n = signups.filter(keep).reduce((a, r) => a + Number(r.n), 0);
      return { value: n, people: n };
    },
    published: (keep: Keep) => published.filter(keep).reduce((a, r) => a + Number(r.n), 0),
    active: (district: string | null) =>
      active.filter((a) => district === null || a.d === district).reduce((n, a) => n + Number(a.n), 0),
  };
}

/** Registrations (volunteers with a district) up to the end of the range and within it, per district and month. */
async function volunteerTruth({ from, to }: Range) {
  const found: { d: string; m: string; n: string }[] = await db('volunteers').query(
    `SELECT district_code AS d, to_char((created_at AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM') AS m, count(*) AS n
       FROM volunteer WHERE district_code IS NOT NULL AND (created_at AT TIME ZONE 'Asia/Shanghai')::date <= $1
      GROUP BY 1, 2`,
    [to],
  );
  const newIn: { d: string; m: string; n: string }[] = await db('volunteers').query(
    `SELECT district_code AS d, to_char((created_at AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM') AS m, count(*) AS n
       FROM volunteer WHERE district_code IS NOT NULL
        AND (created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $1 AND $2 GROUP BY 1, 2`,
    [from, to],
  );
  const count = (rows: typeof found, keep: (r: { d: string; m: string }) => boolean): Truth => {
    const n = rows.filter(keep).reduce((a, r) => a + Number(r.n), 0);
    return { value: n, people: n };
  };
  return {
    total: (d: string | null) => count(found, (r) => d === null || r.d === d),
    new: (d: string | null) => count(newIn, (r) => d === null || r.d === d),
    month: (d: string | null, m: string) => count(newIn, (r) => (d === null || r.d === d) && r.m === m),
  };
}

async function organizationTruth({ from, to }: Range) {
  return (await db('organizations').query(
    `SELECT district_code AS d, count(*) FILTER (WHERE created <= $2)::int AS total,
            count(*) FILTER (WHERE created BETWEEN $1 AND $2)::int AS registered,
            count(*) FILTER (WHERE verified BETWEEN $1 AND $2)::int AS verified
       FROM (SELECT district_code, (created_at AT TIME ZONE 'Asia/Shanghai')::date AS created,
                    (verified_at AT TIME ZONE 'Asia/Shanghai')::date AS verified FROM organization) o
      GROUP BY 1`,
    [from, to],
  )) as { d: string; total: number; registered: number; verified: number }[];
}

type Stats = CityStatisticsQuery['statistics'];
type Headline = Pick<
  Stats,
  | 'volunteersTotal'
  | 'volunteersNew'
  | 'organizationsTotal'
  | 'organizationsRegistered'
  | 'organizationsVerified'
  | 'projectsPublished'
  | 'projectsActive'
  | 'signups'
  | 'personTimes'
  | 'confirmedHours'
  | 'serviceValue'
>;

/** The headlines of the city (district null) or of the districts, one breakdown. */
async function expectHeadlines(range: Range, scopes: { district: string | null; api: Headline }[]) {
  const [service, volunteers, orgs] = await Promise.all([
    serviceTruth(range),
    volunteerTruth(range),
    organizationTruth(range),
  ]);
  const mine = (d: string | null) => (x: { d: string }) => d === null || x.d === d;
  const label = (d: string | null) => `${range.from}..${range.to} ${d ?? 'city'}`;
  for (const { district, api } of scopes) {
    const o = orgs.filter(mine(district));
    expect({
      scope: label(district),
      orgs: [api.organizationsTotal, api.organizationsRegistered, api.organizationsVerified],
    }).toEqual({
      scope: label(district),
      orgs: [
        o.reduce((n, r) => n + r.total, 0),
        o.reduce((n, r) => n + r.registered, 0),
        o.reduce((n, r) => n + r.verified, 0),
      ],
    });
    expect({ scope: label(district), projects: [api.projectsPublished, api.projectsActive] }).toEqual({
      scope: label(district),
      projects: [service.published(mine(district)), service.active(district)],
    });
  }
  const truths = scopes.map(({ district }) => ({
    service: service.service(mine(district)),
    signups: service.signups(mine(district)),
    total: volunteers.total(district),
    new: volunteers.new(district),
  }));
  const each = (name: string, get: (i: number) => { api: Cell; truth: Truth }) =>
    expectBreakdown(
      `${range.from}..${range.to} ${name}`,
      scopes.map((_, i) => get(i)),
    );
  each('volunteersTotal', (i) => ({ api: scopes[i]!.api.volunteersTotal, truth: truths[i]!.total }));
  each('volunteersNew', (i) => ({ api: scopes[i]!.api.volunteersNew, truth: truths[i]!.new }));
  each('signups', (i) => ({ api: scopes[i]!.api.signups, truth: truths[i]!.signups }));
  each('personTimes', (i) => ({ api: scopes[i]!.api.personTimes, truth: truths[i]!.service.personTimes }));
  each('confirmedHours', (i) => ({ api: scopes[i]!.api.confirmedHours, truth: truths[i]!.service.hours }));
  each('serviceValue', (i) => ({ api: scopes[i]!.api.serviceValue, truth: truths[i]!.service.value }));
}

/** A scope's monthly series and categories against the database. */
interface Series {
  months: { month: string; personTimes: Cell; confirmedHours: Cell; serviceValue: Cell; signups?: Cell }[];
  volunteerMonths: { month: string; newVolunteers: Cell }[];
  categories: { code: string; personTimes: Cell; confirmedHours: Cell; serviceValue: Cell }[];
}

async function expectSeries(range: Range, district: string | null, api: Series) {
  const [service, volunteers] = await Promise.all([serviceTruth(range), volunteerTruth(range)]);
  const inScope = (x: { d: string }) => district === null || x.d === district;
  const at = `${range.from}..${range.to} ${district ?? 'city'}`;
  const months = api.months.map((m) => ({ m, t: service.service((x) => inScope(x) && x.m === m.month) }));
  expectBreakdown(
    `${at} months personTimes`,
    months.map(({ m, t }) => ({ api: m.personTimes, truth: t.personTimes })),
  );
  expectBreakdown(
    `${at} months hours`,
    months.map(({ m, t }) => ({ api: m.confirmedHours, truth: t.hours })),
  );
  expectBreakdown(
    `${at} months value`,
    months.map(({ m, t }) => ({ api: m.serviceValue, truth: t.value })),
  );
  // The city's operation asks for sign-ups by month too.
  if (district === null)
    expectBreakdown(
      `${at} months signups`,
      api.months.map((m) => ({ api: m.signups!, truth: service.signups((x) => x.m === m.month) })),
    );
  expectBreakdown(
    `${at} new volunteers by month`,
    api.volunteerMonths.map((m) => ({ api: m.newVolunteers, truth: volunteers.month(district, m.month) })),
  );
  const categories = api.categories.map((c) => ({ c, t: service.service((x) => inScope(x) && x.c === c.code) }));
  expectBreakdown(
    `${at} categories personTimes`,
    categories.map(({ c, t }) => ({ api: c.personTimes, truth: t.personTimes })),
  );
  expectBreakdown(
    `${at} categories hours`,
    categories.map(({ c, t }) => ({ api: c.confirmedHours, truth: t.hours })),
  );
  expectBreakdown(
    `${at} categories value`,
    categories.map(({ c, t }) => ({ api: c.serviceValue, truth: t.value })),
  );
  return months;
}

const cityFigures = async (range?: Range) =>
  expectNoErrors(await city.query(CityStatisticsDocument, range ?? {}, viewer)).statistics;

test.each([
  ['the last 24 months', LAST_24_MONTHS],
  ['this year', THIS_YEAR],
])("the city's figures for %s equal the database's sums, every district's headline too", async (_, range) => {
  // This year is the default range: asked for without arguments.
  const stats = await cityFigures(range === THIS_YEAR ? undefined : range);
  expect([stats.from, stats.to]).toEqual([range.from, range.to]);
  await expectHeadlines(range, [{ district: null, api: stats }]);
  await expectHeadlines(
    range,
    stats.districts.map((d) => ({ district: d.district!.code, api: d })),
  );
  await expectSeries(range, null, stats);
});

test.each(['chenghua', 'pidu', 'dayi'])(
  "%s's drill-down for the last 24 months and this year equals the database's sums",
  async (district) => {
    for (const range of [LAST_24_MONTHS, THIS_YEAR]) {
      const stats = expectNoErrors(
        await city.query(DistrictStatisticsDocument, { district, ...range }, viewer),
      ).statistics;
      await expectSeries(range, district, stats);
    }
  },
);

test('with the crowd, every district shows its volunteers and the city shows a trend in every month', async () => {
  const stats = await cityFigures(LAST_24_MONTHS);
  // Every one of the 23 districts has five volunteers or more: none is withheld, whatever the breakdown.
  expect(stats.districts).toHaveLength(DISTRICTS.length);
  for (const d of stats.districts) {
    expect({ d: d.district!.code, total: (d.volunteersTotal.value ?? 0) >= 5 }).toEqual({
      d: d.district!.code,
      total: true,
    });
    expect({ d: d.district!.code, hours: (d.confirmedHours.value ?? 0) > 0 }).toEqual({
      d: d.district!.code,
      hours: true,
    });
  }
  // Registrations in every whole month since the first; service in every whole month after the first demo
  // organization was verified (the crowd serves on its projects; before that nothing could be published).
  const [{ first }] = await db('organizations').query(
    `SELECT to_char(min(verified_at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM') AS first FROM organization`,
  );
  const current = TODAY.slice(0, 7);
  const whole = stats.months.slice(1).filter((m) => m.month !== current);
  expect(whole.length).toBe(23);
  const served = whole.filter((m) => m.month > first);
  expect(served.length).toBeGreaterThanOrEqual(22);
  expect(served.filter((m) => !((m.personTimes.value ?? 0) > 0)).map((m) => m.month)).toEqual([]);
  expect(served.filter((m) => !((m.confirmedHours.value ?? 0) > 0)).map((m) => m.month)).toEqual([]);
  const registered = stats.volunteerMonths.slice(1).filter((m) => m.month !== current);
  expect(registered.filter((m) => !((m.newVolunteers.value ?? 0) >= 5)).map((m) => m.month)).toEqual([]);
  console.info(`startCity with the crowd: ${startMs} ms`);
});

test('the crowd is consistent: records after registration, on published projects, within places', async () => {
  const problems = await db('projects').query(
    `SELECT 'record before registration' AS problem, count(*)::int AS n
       FROM service_record r JOIN volunteers.volunteer v ON v.id = r.volunteer_id
      WHERE r.served_on < (v.created_at AT TIME ZONE 'Asia/Shanghai')::date
     UNION ALL
     SELECT 'sign-up before registration or publication', count(*)::int
       FROM signup s JOIN volunteers.volunteer v ON v.id = s.volunteer_id JOIN project p ON p.id = s.project_id
      WHERE s.created_at < v.created_at OR s.created_at < p.published_at
     UNION ALL
     SELECT 'record on a shift of another or unpublished project, or longer than its shift', count(*)::int
       FROM service_record r JOIN shift s ON s.id = r.shift_id JOIN project p ON p.id = r.project_id
      WHERE s.project_id <> r.project_id OR p.published_at IS NULL OR p.published_at > s.starts_at
         OR r.hours * interval '1 hour' > s.ends_at - s.starts_at
         OR r.served_on <> (s.starts_at AT TIME ZONE 'Asia/Shanghai')::date
     UNION ALL
     SELECT 'shift over capacity or miscounted', count(*)::int
       FROM shift s WHERE s.signed_up > s.capacity
         OR s.signed_up <> (SELECT count(*) FROM signup g WHERE g.shift_id = s.id AND g.status <> 'CANCELLED')
     UNION ALL
     SELECT 'volunteer younger than the project allows', count(*)::int
       FROM service_record r JOIN project p ON p.id = r.project_id JOIN volunteers.volunteer v ON v.id = r.volunteer_id
      WHERE p.min_age IS NOT NULL AND r.served_on < v.birth_date + make_interval(years => p.min_age)
     UNION ALL
     SELECT 'project published before its organization was verified', count(*)::int
       FROM project p JOIN organizations.organization o ON o.id = p.organization_id
      WHERE p.published_at IS NOT NULL AND (o.verified_at IS NULL OR p.published_at < o.verified_at)`,
  );
  expect(problems.filter((p: { n: number }) => p.n > 0)).toEqual([]);
});

test('a second seed of the crowd adds nothing', async () => {
  const count = async () =>
    Promise.all([
      db('volunteers').query('SELECT count(*)::int AS n FROM volunteer'),
      db('projects').query('SELECT count(*)::int AS n FROM service_record'),
      db('projects').query('SELECT count(*)::int AS n FROM signup'),
      db('projects').query('SELECT sum(person_times)::int AS n FROM daily_figures'),
    ]);
  const before = await count();
  await seedCrowdVolunteers(db('volunteers'));
  await seedCrowd(db('projects'));
  expect(await count()).toEqual(before);
});
