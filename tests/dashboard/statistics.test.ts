import {
  CityStatisticsDocument,
  DistrictStatisticsDocument,
  type DistrictStatisticsQuery,
} from '../../gateway/operations/generated/graphql';
import { countStatements, expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { dayFromNow } from '../testkit/days';
import { ORG } from '../testkit/fixtures';
import { graphql } from '../testkit/generated';
import { cityAdminToken, districtAdminToken, orgAdminToken, statisticsViewerToken } from '../testkit/tokens';
import { publishedProject, volunteers } from '../projects/helpers';
import { idNumberFor } from '../volunteers/roles';

/**
 * The city's dashboard figures (issue 13) through the gateway, as a dashboard reads them: records made here must
 * show up in the right district, category and month, valued at the category's wage rate for the year served;
 * figures with fewer than five people behind them are withheld; only figure readers read them.
 *
 * Two districts without demo projects are used, so what these tests add is all there is of them: 大邑 (dayi) for
 * the counted records, 蒲江 (pujiang) for a cell too small to show.
 */
let city: City;
let viewer: string;
beforeAll(async () => {
  city = await startCity();
  viewer = await statisticsViewerToken(city);
}, 180_000);
afterAll(() => city?.stop());

const TODAY = dayFromNow(0);
const YEAR = Number(TODAY.slice(0, 4));
const db = (name: string) => city.subgraphs.get(name)!.db;

const SUBCATEGORY: Record<string, string> = { elderly: 'elderly.smartphone', environment: 'environment.cleanup' };

type Figures = DistrictStatisticsQuery['statistics'];

async function districtFigures(district: string, token = viewer, from?: string): Promise<Figures> {
  return expectNoErrors(await city.query(DistrictStatisticsDocument, { district, from, to: TODAY }, token)).statistics;
}

const CONFIRM = graphql(`
  mutation DashboardConfirm($ids: [ID!]!) {
    confirmServiceRecords(ids: $ids) {
      id
    }
  }
`);

/**
 * `people` volunteers each served `hours` on `servedOn` for a project of ORG(1) in `district` and `category`,
 * confirmed by the organization one record per request, all at once.
 */
async function confirmedService(district: string, category: string, servedOn: string, people: number, hours: number) {
  const project = await publishedProject(city, ORG(1), {
    districtCode: district,
    categoryCode: category,
    subcategoryCode: SUBCATEGORY[category],
  });
  const ids: string[] = (
    await db('projects').query(
      `INSERT INTO service_record (project_id, volunteer_id, served_on, hours, status)
       SELECT $1, gen_random_uuid(), $2, $3, 'PENDING' FROM generate_series(1, $4) RETURNING id`,
      [project.id, servedOn, hours, people],
    )
  ).map((r: { id: string }) => r.id);
  const admin = await orgAdminToken(city, ORG(1));
  const results = await Promise.all(ids.map((id) => city.query(CONFIRM, { ids: [id] }, admin)));
  results.forEach((r) => expectNoErrors(r));
  return project;
}

const RATES = graphql(`
  query DashboardWageRates($year: Int, $history: Boolean) {
    wageRates(year: $year, history: $history) {
      id
      category {
        code
      }
      year
      ratePerHour
      source
      current
    }
  }
`);

const SET_RATE = graphql(`
  mutation DashboardSetRate($input: WageRateInput!) {
    setWageRate(input: $input) {
      id
      year
      ratePerHour
      current
    }
  }
`);

/** The rate valuing `category`'s hours of `year`, as the table shows it: the current rate of the latest year to it. */
async function rateOf(category: string, year: number): Promise<number> {
  const rates = expectNoErrors(await city.query(RATES, {}, viewer)).wageRates.filter(
    (r) => r.category.code === category && r.year <= year,
  );
  return rates.sort((a, b) => b.year - a.year)[0].ratePerHour;
}

test('the default wage rates cover all ten categories and average about 52 CNY an hour (DOMAIN.md)', async () => {
  const rates = expectNoErrors(await city.query(RATES, {}, viewer)).wageRates;
  expect(rates).toHaveLength(10);
  const mean = rates.reduce((n, r) => n + r.ratePerHour, 0) / rates.length;
  expect(mean).toBeCloseTo(52, 0);
  expect(rates.every((r) => r.current && r.source.length > 10)).toBe(true);
});

test('parallel confirmations are counted exactly, in their district, category and month, at the rate', async () => {
  const before = await districtFigures('dayi');
  expect(before.confirmedHours).toEqual({ value: 0, suppressed: null });
  // Twelve records of 2.5 h by twelve people, confirmed in twelve concurrent requests: a lost update would show.
  await confirmedService('dayi', 'elderly', TODAY, 12, 2.5);
  const after = await districtFigures('dayi');
  expect(after.confirmedHours).toEqual({ value: 30, suppressed: null });
  expect(after.personTimes).toEqual({ value: 12, suppressed: null });
  const rate = await rateOf('elderly', YEAR);
  expect(after.serviceValue).toEqual({ value: 30 * rate, suppressed: null });
  expect(after.projectsPublished).toBe(1);
  // Its shifts start in ten days: active in a range that reaches them, not yet in one that ends today.
  expect(after.projectsActive).toBe(0);
  const ahead = await city.query(
    DistrictStatisticsDocument,
    { district: 'dayi', from: TODAY, to: dayFromNow(30) },
    viewer,
  );
  expect(expectNoErrors(ahead).statistics.projectsActive).toBe(1);
  const elderly = after.categories.find((c) => c.code === 'elderly')!;
  expect(elderly.confirmedHours.value).toBe(30);
  expect(after.categories.find((c) => c.code === 'children')!.confirmedHours.value).toBe(0);
  const month = after.months.find((m) => m.month === TODAY.slice(0, 7))!;
  expect(month.confirmedHours.value).toBe(30);
  expect(month.serviceValue.value).toBe(30 * rate);

  // The city's figures contain dayi's, and dayi is ranked among the districts by its hours.
  const cityFigures = expectNoErrors(await city.query(CityStatisticsDocument, { to: TODAY }, viewer)).statistics;
  const dayi = cityFigures.districts.find((d) => d.scope === 'dayi')!;
  expect(dayi.confirmedHours.value).toBe(30);
  expect(dayi.district!.name).toBe('大邑县');
  const shown = cityFigures.districts.map((d) => d.confirmedHours.value).filter((v): v is number => v !== null);
  expect(shown).toEqual([...shown].sort((a, b) => b - a));
  expect(cityFigures.districts).toHaveLength(23);
});

test('the rollups equal sums over the records themselves', async () => {
  const [{ hours, records }] = await db('projects').query(
    `SELECT coalesce(sum(r.hours), 0)::float8 AS hours, count(*)::int AS records
       FROM service_record r JOIN project p ON p.id = r.project_id
      WHERE r.status = 'CONFIRMED' AND r.served_on BETWEEN $1 AND $2`,
    [`${YEAR}-01-01`, TODAY],
  );
  const figures = expectNoErrors(await city.query(CityStatisticsDocument, { to: TODAY }, viewer)).statistics;
  expect({ hours: figures.confirmedHours.value, records: figures.personTimes.value }).toEqual({ hours, records });
  const [{ volunteers }] = await db('volunteers').query(
    `SELECT count(*)::int AS volunteers FROM volunteer WHERE (created_at AT TIME ZONE 'Asia/Shanghai')::date <= $1`,
    [TODAY],
  );
  expect(figures.volunteersTotal.value).toBe(volunteers);
});

test('a figure with fewer than five people behind it is withheld, with the reason', async () => {
  await confirmedService('pujiang', 'environment', TODAY, 3, 2);
  const pujiang = await districtFigures('pujiang');
  for (const figure of [pujiang.confirmedHours, pujiang.personTimes, pujiang.serviceValue]) {
    expect(figure.value).toBeNull();
    expect(figure.suppressed).toMatch(/Fewer than 5 people/);
  }
  expect(pujiang.categories.find((c) => c.code === 'environment')!.confirmedHours.value).toBeNull();
  // Two more people and the cell shows.
  await confirmedService('pujiang', 'environment', TODAY, 2, 2);
  expect((await districtFigures('pujiang')).confirmedHours).toEqual({ value: 10, suppressed: null });
});

test('a rate set for this year values this year’s hours; last year’s keep theirs; the old rate stays', async () => {
  const lastYearDay = `${YEAR - 1}-06-15`;
  await confirmedService('dayi', 'elderly', lastYearDay, 5, 4);
  const from = `${YEAR - 1}-01-01`;
  const oldRate = await rateOf('elderly', YEAR - 1);
  const admin = await cityAdminToken(city);
  const set = (ratePerHour: number) =>
    city.query(
      SET_RATE,
      { input: { categoryCode: 'elderly', year: YEAR, ratePerHour, source: '成都市人社局 2026 年家政服务工资指导价' } },
      admin,
    );
  expectNoErrors(await set(80));
  const first = expectNoErrors(await set(85)).setWageRate;
  expect(first).toMatchObject({ year: YEAR, ratePerHour: 85, current: true });

  const figures = await districtFigures('dayi', viewer, from);
  expect(figures.confirmedHours.value).toBe(50);
  expect(figures.serviceValue.value).toBe(30 * 85 + 20 * oldRate);
  const lastYear = figures.months.find((m) => m.month === lastYearDay.slice(0, 7))!;
  expect(lastYear.serviceValue.value).toBe(20 * oldRate);

  const history = expectNoErrors(await city.query(RATES, { year: YEAR, history: true }, viewer)).wageRates;
  expect(history.map((r) => [r.ratePerHour, r.current])).toEqual([
    [85, true],
    [80, false],
  ]);
});

test('only city admins edit the rate table, and bad input says what to fix', async () => {
  const input = { categoryCode: 'elderly', year: YEAR, ratePerHour: 60, source: '测试来源' };
  expectError(await city.query(SET_RATE, { input }), 'UNAUTHENTICATED');
  expectError(await city.query(SET_RATE, { input }, await districtAdminToken(city, 'dayi')), 'FORBIDDEN');
  expectError(await city.query(SET_RATE, { input }, viewer), 'FORBIDDEN');
  const admin = await cityAdminToken(city);
  const bad = async (change: Partial<typeof input>, field: string) => {
    const e = expectError(await city.query(SET_RATE, { input: { ...input, ...change } }, admin), 'BAD_USER_INPUT');
    expect(e.extensions?.field).toBe(field);
    return e.message;
  };
  expect(await bad({ categoryCode: 'knitting' }, 'categoryCode')).toMatch(/10 major service categories/);
  expect(await bad({ ratePerHour: 0 }, 'ratePerHour')).toMatch(/more than 0/);
  expect(await bad({ ratePerHour: 52.123 }, 'ratePerHour')).toMatch(/to the fen/);
  expect(await bad({ year: 1990 }, 'year')).toMatch(/year must be a year from 2000/);
  expect(await bad({ source: ' ' }, 'source')).toMatch(/where the rate comes from/);
});

test('a district admin reads their own district only; anonymous callers and volunteers none', async () => {
  const dayiAdmin = await districtAdminToken(city, 'dayi');
  expect((await districtFigures('dayi', dayiAdmin)).confirmedHours.value).toBeGreaterThan(0);
  expectError(await city.query(DistrictStatisticsDocument, { district: 'pidu' }, dayiAdmin), 'FORBIDDEN');
  expectError(await city.query(CityStatisticsDocument, {}, dayiAdmin), 'FORBIDDEN');
  expectError(await city.query(CityStatisticsDocument, {}), 'UNAUTHENTICATED');
  expectError(
    await city.query(CityStatisticsDocument, {}, await city.token({ role: 'volunteer', sub: 'demo-volunteer-01' })),
    'FORBIDDEN',
  );
});

test('a statistics viewer reads figures but nothing personal, and changes nothing', async () => {
  const refused = [
    '{ volunteer(id: "20000000-0000-4000-8000-000000000001") { displayName } }',
    '{ volunteers(first: 1) { totalCount } }',
    '{ projects(first: 1) { edges { node { title contactPhone } } } }',
    '{ me { displayName } }',
    '{ myCalendarFeedToken }',
    '{ districts { admins { accountId } } }',
  ];
  for (const q of refused) {
    const res = await city.query(q, {}, viewer);
    expect(res.data ?? null).toBeNull();
    expectError(res, 'FORBIDDEN');
  }
  expectError(
    await city.query(
      SET_RATE,
      { input: { categoryCode: 'elderly', year: YEAR, ratePerHour: 1, source: 'x x' } },
      viewer,
    ),
    'FORBIDDEN',
  );
  // The existing district figures stay readable: they are aggregates.
  const res = await city.query<{ districts: { volunteerCount: number }[] }>(
    '{ districts { code volunteerCount } }',
    {},
    viewer,
  );
  expect(expectNoErrors(res).districts).toHaveLength(23);
});

test('the city dashboard costs a fixed number of statements per subgraph, whatever the 23 districts hold', async () => {
  const run = () => city.query(CityStatisticsDocument, { from: dayFromNow(-700), to: TODAY }, viewer);
  expectNoErrors(await run());
  const statements = await countStatements(city, async () => expectNoErrors(await run()));
  expect(statements.projects).toBeLessThanOrEqual(6);
  expect(statements.volunteers).toBeLessThanOrEqual(3);
  expect(statements.organizations).toBeLessThanOrEqual(3);
});

test('new volunteers are counted in the month they registered, withheld under five', async () => {
  const before = await districtFigures('jianyang');
  expect(before.volunteersNew).toEqual({ value: 0, suppressed: null });
  const register = graphql(`
    mutation DashboardRegister($input: RegisterVolunteerInput!) {
      registerVolunteer(input: $input) {
        id
      }
    }
  `);
  const newcomer = async (n: number) => {
    const token = await city.token({ role: 'volunteer', sub: `dashboard-newcomer-${n}` });
    const birthDate = '1995-03-0' + (n + 1);
    const input = {
      realName: '赵小' + '一二三四五六'[n],
      sex: 'MALE' as const,
      birthDate,
      idNumber: idNumberFor(birthDate, 'MALE', 300 + n, '510185'),
      districtCode: 'jianyang',
      phone: `1390000100${n}`,
      serviceCategories: ['community'],
      consent: { personalData: true },
    };
    expectNoErrors(await city.query(register, { input }, token));
  };
  for (const n of [0, 1, 2, 3]) await newcomer(n);
  expect((await districtFigures('jianyang')).volunteersNew.value).toBeNull();
  await newcomer(4);
  const after = await districtFigures('jianyang');
  expect(after.volunteersNew).toEqual({ value: 5, suppressed: null });
  expect(after.volunteerMonths.find((m) => m.month === TODAY.slice(0, 7))!.newVolunteers.value).toBe(5);
});

test('parallel sign-ups are counted exactly on the day they were made; a cancelled one no longer counts', async () => {
  const before = (await districtFigures('dayi')).signups.value!;
  const project = await publishedProject(city, ORG(1), {
    districtCode: 'dayi',
    categoryCode: 'environment',
    subcategoryCode: SUBCATEGORY.environment,
  });
  const signUp = graphql(`
    mutation DashboardSignUp($shift: ID!) {
      signUp(shiftId: $shift) {
        id
      }
    }
  `);
  const people = await volunteers(city, 7);
  // Five places and two on the waitlist: all seven sign-ups are live.
  const made = await Promise.all(people.map((p) => city.query(signUp, { shift: project.shifts[0].id }, p.token)));
  const ids = made.map((r) => expectNoErrors(r).signUp.id);
  const after = await districtFigures('dayi');
  expect(after.signups.value).toBe(before + 7);
  expect(after.categories.find((c) => c.code === 'environment')!.signups.value).toBe(7);
  const cancel = graphql(`
    mutation DashboardCancel($id: ID!) {
      cancelSignup(id: $id) {
        status
      }
    }
  `);
  expectNoErrors(await city.query(cancel, { id: ids[0] }, people[0].token));
  expect((await districtFigures('dayi')).signups.value).toBe(before + 6);
});

test('ranges are checked: days, order and length', async () => {
  expect(
    expectError(
      await city.query(DistrictStatisticsDocument, { district: 'dayi', from: '2026-13-01' }, viewer),
      'BAD_USER_INPUT',
    ).message,
  ).toMatch(/from must be a day/);
  expectError(
    await city.query(DistrictStatisticsDocument, { district: 'dayi', from: TODAY, to: dayFromNow(-1) }, viewer),
    'BAD_USER_INPUT',
  );
  expectError(await city.query(DistrictStatisticsDocument, { district: 'atlantis' }, viewer), 'BAD_USER_INPUT');
});

test('the lists a dashboard pages through tell their total, whatever the page size', async () => {
  const list = graphql(`
    query DashboardOrganizations($district: ID, $first: Int) {
      organizations(district: $district, first: $first) {
        totalCount
        edges {
          node {
            id
          }
        }
      }
      needs(first: $first) {
        totalCount
      }
      teams(first: $first) {
        totalCount
      }
    }
  `);
  const admin = await cityAdminToken(city);
  const [{ n }] = await db('organizations').query(`SELECT count(*)::int AS n FROM organization`);
  const [{ needs }] = await db('organizations').query(`SELECT count(*)::int AS needs FROM need`);
  for (const first of [1, 5]) {
    const page = expectNoErrors(await city.query(list, { first }, admin));
    expect(page.organizations.edges).toHaveLength(first);
    expect(page.organizations.totalCount).toBe(n);
    expect(page.needs.totalCount).toBe(needs);
    expect(page.teams.totalCount).toBeGreaterThan(0);
  }
  const [{ inQingyang }] = await db('organizations').query(
    `SELECT count(*)::int AS "inQingyang" FROM organization WHERE district_code = 'qingyang'`,
  );
  const qingyang = expectNoErrors(await city.query(list, { district: 'qingyang', first: 1 }, admin));
  expect(qingyang.organizations.totalCount).toBe(inQingyang);
});
