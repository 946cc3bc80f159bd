import {
  CityStatisticsDocument,
  DistrictStatisticsDocument,
  type DistrictStatisticsQuery,
} from '../../gateway/operations/generated/graphql';
import { print } from 'graphql';
import { AGE_BANDS, ageBandOf, ageOn, UNKNOWN_AGE_BAND } from '../../subgraphs/kit/city/age';
import { starLevel } from '../../subgraphs/kit/city/growth';
import { countStatements, expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { birthDateForAge, dayFromNow } from '../testkit/days';
import { withheldTable } from '../../subgraphs/kit/city/statistics';
import { ORG } from '../testkit/fixtures';
import { graphql } from '../testkit/generated';
import { districtAdminToken, orgAdminToken, statisticsViewerToken } from '../testkit/tokens';
import { publishedProject } from '../projects/helpers';
import { idNumberFor } from '../volunteers/roles';

/**
 * The dashboard's volunteers by star level and by age band (issue 13.1) through the gateway: each cell equals what
 * the volunteer table itself gives, registering, confirming hours and deregistering move them at once, and a cell
 * with fewer than five people behind it is withheld. Districts without demo volunteers hold what each test adds:
 * 彭州 (pengzhou) for birthdays ahead, 都江堰 (dujiangyan) for stars, 崇州 (chongzhou) for withholding; everyone
 * registered here is 45 or older, in bands no demo volunteer (born 1993 to 2006) reaches before 2038, so no demo
 * cell withheld alone in a column withholds these districts' cells with it.
 */
let city: City;
let viewer: string;
beforeAll(async () => {
  city = await startCity();
  viewer = await statisticsViewerToken(city);
}, 180_000);
afterAll(() => city?.stop());

const TODAY = dayFromNow(0);
const db = (name: string) => city.subgraphs.get(name)!.db;
type Figures = DistrictStatisticsQuery['statistics'];

async function districtFigures(district: string, from?: string, to = TODAY, token = viewer): Promise<Figures> {
  return expectNoErrors(await city.query(DistrictStatisticsDocument, { district, from, to }, token)).statistics;
}

const REGISTER = graphql(`
  mutation BreakdownRegister($input: RegisterVolunteerInput!) {
    registerVolunteer(input: $input) {
      id
    }
  }
`);

let seq = 0;
/** `n` adults born on `birthDate` register in `district`, all at once; their ids and tokens. */
async function register(n: number, district: string, birthDate: string) {
  return Promise.all(
    Array.from({ length: n }, async () => {
      const i = seq++;
      const sub = `breakdown-${i}`;
      const token = await city.token({ role: 'volunteer', sub });
      const input = {
        realName: '钱' + '一二三四五六七八九十'[i % 10] + '一二三四五六七八九十'[Math.floor(i / 10) % 10],
        sex: 'FEMALE' as const,
        birthDate,
        idNumber: idNumberFor(birthDate, 'FEMALE', 500 + i, '510181'),
        districtCode: district,
        phone: `1370000${String(i).padStart(4, '0')}`,
        serviceCategories: ['community'],
        consent: { personalData: true },
      };
      const id = expectNoErrors(await city.query(REGISTER, { input }, token)).registerVolunteer.id;
      return { id, token };
    }),
  );
}

const band = (f: Figures, code: string) => f.ageBands.find((b) => b.code === code);
const stars = (f: Figures) => f.starLevels.map((s) => s.volunteers.value);

/** What the volunteer table gives for one scope: stars now, ages on `to`, and those who joined in the range. */
async function direct(scope: string, from: string, to: string) {
  const people: { district: string; birth: string | null; registered: string; hours: string }[] = await db(
    'volunteers',
  ).query(
    `SELECT district_code AS district, birth_date::text AS birth, hours_snapshot::text AS hours,
            ((created_at AT TIME ZONE 'Asia/Shanghai')::date)::text AS registered
       FROM volunteer WHERE district_code IS NOT NULL AND ($1 = 'city' OR district_code = $1)`,
    [scope],
  );
  const on = (day: string) => new Date(`${day}T00:00:00Z`);
  const bandOn = (birth: string | null, day: string) =>
    birth === null ? UNKNOWN_AGE_BAND.code : ageBandOf(ageOn(birth, on(day))).code;
  const registered = people.filter((p) => p.registered <= to);
  const tally = (codes: string[]) => codes.reduce((m, c) => m.set(c, (m.get(c) ?? 0) + 1), new Map<string, number>());
  return {
    stars: [0, 1, 2, 3, 4, 5].map((k) => registered.filter((p) => starLevel(Number(p.hours)) === k).length),
    ages: tally(registered.map((p) => bandOn(p.birth, to))),
    joined: tally(registered.filter((p) => p.registered >= from).map((p) => bandOn(p.birth, p.registered))),
  };
}

test('each shown cell equals the volunteer table: city, district; ranges ending now, a year ago, ahead', async () => {
  await register(6, 'pengzhou', birthDateForAge(50));
  await register(5, 'pengzhou', birthDateForAge(70));
  const ranges = [
    [`${TODAY.slice(0, 4)}-01-01`, TODAY],
    [dayFromNow(-730), dayFromNow(-365)],
    [dayFromNow(-30), dayFromNow(3000)],
  ];
  let shown = 0;
  for (const [from, to] of ranges) {
    const cityFigures = expectNoErrors(await city.query(CityStatisticsDocument, { from, to }, viewer)).statistics;
    for (const [scope, figures] of [
      ['city', cityFigures],
      ['pengzhou', await districtFigures('pengzhou', from, to)],
    ] as const) {
      const expected = await direct(scope, from, to);
      // Stars are known as they stand now; a range ending today or later shows them.
      if (to >= TODAY)
        figures.starLevels.forEach((s, k) => {
          if (s.volunteers.value !== null)
            expect([scope, k, s.volunteers.value]).toEqual([scope, k, expected.stars[k]]);
        });
      expect(figures.ageBands.map((b) => b.code).slice(0, 7)).toEqual(AGE_BANDS.map((b) => b.code));
      for (const b of figures.ageBands) {
        expect(b.label).toMatch(/岁|出生日期/);
        for (const [cell, want] of [
          [b.volunteers, expected.ages.get(b.code) ?? 0],
          [b.newVolunteers, expected.joined.get(b.code) ?? 0],
        ] as const) {
          if (cell.value === null) expect(cell.suppressed).toMatch(/Fewer than 5 people/);
          else {
            expect([scope, from, to, b.code, cell.value]).toEqual([scope, from, to, b.code, want]);
            if (want > 0) shown++;
          }
        }
      }
    }
  }
  // Not a test that passes by withholding everything: Pengzhou's own cells show.
  expect(shown).toBeGreaterThanOrEqual(6);
  // The bands and levels add up to the totals whenever none is withheld.
  const pengzhou = await districtFigures('pengzhou');
  expect(pengzhou.volunteersTotal.value).toBe(11);
  expect(stars(pengzhou)).toEqual([11, 0, 0, 0, 0, 0]);
  expect(band(pengzhou, '45to59')!.volunteers.value).toBe(6);
  expect(band(pengzhou, '60plus')!.newVolunteers.value).toBe(5);
  expect(band(pengzhou, 'unknown')).toBeUndefined();
});

test('a volunteer moves to the next band on their birthday, in a range ending after it', async () => {
  // Five 59-year-olds who turn 60 in about ten days: 45-59 today, 60 and over from that birthday on. The birthday
  // is read off the birth date (never 29 February), so a leap day between cannot move it.
  const birth = birthDateForAge(60, -10);
  const turns60 = `${Number(birth.slice(0, 4)) + 60}${birth.slice(4)}`;
  const eve = new Date(Date.parse(turns60) - 86_400_000).toISOString().slice(0, 10);
  await register(5, 'pengzhou', birth);
  const today = await districtFigures('pengzhou');
  expect(band(today, '45to59')!.volunteers.value).toBe(6 + 5);
  expect(band(today, '45to59')!.newVolunteers.value).toBe(6 + 5);
  const before = await districtFigures('pengzhou', TODAY, eve);
  expect(band(before, '45to59')!.volunteers.value).toBe(6 + 5);
  const after = await districtFigures('pengzhou', TODAY, turns60);
  expect(band(after, '45to59')!.volunteers.value).toBe(6);
  expect(band(after, '60plus')!.volunteers.value).toBe(5 + 5);
  // Those who joined are counted by their age when they registered, whatever the range's end.
  expect(band(after, '45to59')!.newVolunteers.value).toBe(6 + 5);
});

const CONFIRM = graphql(`
  mutation BreakdownConfirm($ids: [ID!]!) {
    confirmServiceRecords(ids: $ids) {
      id
    }
  }
`);

const DEREGISTER = graphql(`
  mutation BreakdownDeregister {
    deregister(confirmation: "DEREGISTER") {
      deregisteredAt
    }
  }
`);

test('registering, confirming hours and deregistering move the counts at once, under concurrency', async () => {
  const before = await districtFigures('dujiangyan');
  expect(before.volunteersTotal.value).toBe(0);
  // Six register at once: concurrent registrations add to the same counters.
  const people = await register(6, 'dujiangyan', birthDateForAge(47));
  const registered = await districtFigures('dujiangyan');
  expect(stars(registered)).toEqual([6, 0, 0, 0, 0, 0]);
  expect(band(registered, '45to59')!.newVolunteers.value).toBe(6);

  // 100 confirmed hours each (five days of 20 h), one confirmation request per volunteer, all at once: one star.
  const project = await publishedProject(city, ORG(1), { districtCode: 'dujiangyan' });
  const admin = await orgAdminToken(city, ORG(1));
  const results = await Promise.all(
    people.map(async (p) => {
      const ids: string[] = (
        await db('projects').query(
          `INSERT INTO service_record (project_id, volunteer_id, served_on, hours, status)
           SELECT $1, $2, current_date - k, 20, 'PENDING' FROM generate_series(1, 5) k RETURNING id`,
          [project.id, p.id],
        )
      ).map((r: { id: string }) => r.id);
      return city.query(CONFIRM, { ids }, admin);
    }),
  );
  results.forEach((r) => expectNoErrors(r));
  await city.settleEvents();
  const starred = await districtFigures('dujiangyan');
  expect(stars(starred)).toEqual([0, 6, 0, 0, 0, 0]);
  // The star was reached today: a range ending yesterday knows nothing of it (nor of these registrations).
  expect(stars(await districtFigures('dujiangyan', dayFromNow(-30), dayFromNow(-1)))).toEqual([0, 0, 0, 0, 0, 0]);

  expectNoErrors(await city.query(DEREGISTER, {}, people[0].token));
  const left = await districtFigures('dujiangyan');
  expect(left.volunteersTotal.value).toBe(5);
  expect(stars(left)).toEqual([0, 5, 0, 0, 0, 0]);
  expect(band(left, '45to59')!.volunteers.value).toBe(5);
  expect(band(left, '45to59')!.newVolunteers.value).toBe(5);

  // What the counters hold equals what the table holds, row by row of the district.
  const expected = await direct('dujiangyan', TODAY, TODAY);
  expect(stars(left)).toEqual(expected.stars);
});

test('statistics viewers and the district’s own admin read them; another district’s admin is refused', async () => {
  const own = await districtAdminToken(city, 'dujiangyan');
  expect(stars(await districtFigures('dujiangyan', undefined, TODAY, own))[1]).toBe(5);
  const res = await city.query(DistrictStatisticsDocument, { district: 'pengzhou', to: TODAY }, own);
  expect(res.data ?? null).toBeNull();
  expectError(res, 'FORBIDDEN');
  const cityFigures = expectNoErrors(await city.query(CityStatisticsDocument, { to: TODAY }, viewer)).statistics;
  expect(cityFigures.starLevels).toHaveLength(6);
  expect(cityFigures.ageBands.length).toBeGreaterThanOrEqual(7);
});

test('the breakdowns cost the volunteers subgraph one statement per range, whatever the range holds', async () => {
  const without = `query ($to: String, $from: String) {
    statistics(from: $from, to: $to) { volunteersTotal { value } districts { volunteersTotal { value } } }
  }`;
  const cost = async (from: string, query: string) =>
    (await countStatements(city, async () => expectNoErrors(await city.query(query, { from, to: TODAY }, viewer))))
      .volunteers;
  for (const from of [dayFromNow(-700), dayFromNow(-10)])
    expect(await cost(from, print(CityStatisticsDocument))).toBe((await cost(from, without)) + 1);
});

// Last: the single small cell it leaves behind also withholds cells of other districts in its column.
test('a cell under five people is withheld, and so is the cell that would give it away', async () => {
  await register(4, 'chongzhou', birthDateForAge(65));
  const four = await districtFigures('chongzhou');
  expect(band(four, '60plus')!.volunteers).toEqual({ value: null, suppressed: expect.stringMatching(/Fewer than 5/) });
  expect(band(four, '60plus')!.newVolunteers.value).toBeNull();
  expect(four.starLevels[0].volunteers.value).toBeNull();
  expect(band(four, '45to59')!.volunteers).toEqual({ value: 0, suppressed: null });

  await register(1, 'chongzhou', birthDateForAge(65));
  const five = await districtFigures('chongzhou');
  expect(band(five, '60plus')!.volunteers).toEqual({ value: 5, suppressed: null });
  expect(stars(five)).toEqual([5, 0, 0, 0, 0, 0]);

  // One 50-year-old: their cell is withheld, and the 60+ cell with it, since the total (6) less it would show 1.
  await register(1, 'chongzhou', birthDateForAge(50));
  const six = await districtFigures('chongzhou');
  expect(six.volunteersTotal.value).toBe(6);
  expect(band(six, '45to59')!.volunteers.value).toBeNull();
  expect(band(six, '60plus')!.volunteers.value).toBeNull();
  expect(six.ageBands.filter((b) => b.volunteers.value !== null).every((b) => b.volunteers.value === 0)).toBe(true);
});

test('withheldTable: a single small cell of a row or a column takes the smallest other with it, until stable', () => {
  // The city's row first: each column's city cell is the sum of the districts' below it.
  expect(
    withheldTable([
      [12, 7, 9],
      [6, 3, 5],
      [6, 4, 4],
    ]),
  ).toEqual([
    [false, false, false],
    [false, true, true],
    [false, true, true],
  ]);
  // A 2 alone: its row hides the 9 beside it; then each column, holding one withheld cell, hides its smallest other.
  expect(
    withheldTable([
      [20, 11],
      [9, 2],
      [11, 9],
    ]),
  ).toEqual([
    [false, false],
    [true, true],
    [true, true],
  ]);
  // The city's lone 1 takes its 9, not the smaller 6: the 9's column already hides a cell, the 6's would be alone.
  expect(
    withheldTable([
      [1, 6, 9],
      [1, 6, 4],
      [0, 0, 5],
    ]),
  ).toEqual([
    [true, false, true],
    [true, false, true],
    [false, false, false],
  ]);
  // Zeros are not secrets, and nothing small means nothing withheld.
  expect(
    withheldTable([
      [10, 0],
      [10, 0],
    ]),
  ).toEqual([
    [false, false],
    [false, false],
  ]);
});
