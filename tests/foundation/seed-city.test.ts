import {
  CityStatisticsDocument,
  FindProjectsDocument,
  MyVolunteerProfileDocument,
} from '../../gateway/operations/generated/graphql';
import { AlreadySeeded, seedCity, type SeedReport } from '../bench/seed/city';
import { expectNoErrors, startCity, testDatabaseUrl, type City } from '../testkit/city';
import { dayFromNow } from '../testkit/days';
import { NO_DRIFT, rollupDrift } from '../testkit/rollups';
import { graphql } from '../testkit/generated';
import { statisticsViewerToken, volunteerToken } from '../testkit/tokens';

/**
 * The city generator (`npm run seed:city`, issue 14.1) at a thousandth of the city, into freshly migrated empty
 * schemas, then read through the gateway as people would: each district's volunteers and projects as the generator
 * counted them, a keyword search finding generated projects, the dashboard's hours equal to the confirmed records,
 * and a seeded volunteer signing in to see their own hours. A second run refuses rather than adding a second city.
 */
let city: City;
let report: SeedReport;
beforeAll(async () => {
  city = await startCity({ seed: false });
  report = await seedCity({ databaseUrl: testDatabaseUrl(), scale: 0.001, quiet: true });
}, 180_000);
afterAll(() => city?.stop());

const projectsDb = () => city.subgraphs.get('projects')!.db;

const DISTRICT_COUNTS = graphql(`
  query SeedDistrictCounts {
    districts {
      code
      volunteerCount
      projectCount
    }
  }
`);

test('every district shows the volunteers and published projects the generator wrote', async () => {
  const { districts } = expectNoErrors(await city.query(DISTRICT_COUNTS));
  expect(districts).toHaveLength(23);
  const shown = Object.fromEntries(
    districts.map((d) => [d.code, { volunteers: d.volunteerCount, projects: d.projectCount }]),
  );
  const written = Object.fromEntries(
    Object.entries(report.districts).map(([code, d]) => [
      code,
      { volunteers: d.volunteers, projects: d.publishedProjects },
    ]),
  );
  expect(shown).toEqual(written);
  expect(Object.values(report.districts).every((d) => d.volunteers >= 5)).toBe(true);
  // Denser in the centre: Wuhou has more volunteers than Pujiang.
  expect(report.districts.wuhou!.volunteers).toBeGreaterThan(report.districts.pujiang!.volunteers);
  expect(report.volunteers).toBe(1057);
});

test('a keyword search finds generated projects', async () => {
  const [{ title }] = await projectsDb().query(
    `SELECT title FROM project WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`,
  );
  const keyword = (title as string).match(/第\d+期/)![0];
  const found = expectNoErrors(await city.query(FindProjectsDocument, { filter: { keyword }, first: 5 })).projects;
  expect(found.totalCount).toBeGreaterThanOrEqual(1);
  expect(found.edges.map((e) => e.node.title)).toContain(title);
});

test("the dashboard's confirmed hours over the last year are the confirmed records' hours", async () => {
  const from = dayFromNow(-364);
  const to = dayFromNow(0);
  const [{ hours }] = await projectsDb().query(
    `SELECT coalesce(sum(hours), 0)::float AS hours FROM service_record
      WHERE status = 'CONFIRMED' AND served_on BETWEEN $1 AND $2`,
    [from, to],
  );
  expect(hours).toBeGreaterThan(1000);
  const stats = expectNoErrors(
    await city.query(CityStatisticsDocument, { from, to }, await statisticsViewerToken(city)),
  ).statistics;
  expect(stats.confirmedHours.value).toBeCloseTo(hours, 2);
  expect(stats.volunteersTotal.value).toBe(report.volunteers);
  expect(stats.projectsPublished).toBeGreaterThan(0);
});

test("the dashboard's maintained counters equal a recomputation from the rows the generator wrote", async () => {
  expect(await rollupDrift(city)).toEqual(NO_DRIFT);
});

test('a seeded volunteer signs in and sees their own confirmed hours', async () => {
  const [top] = await projectsDb().query(
    `SELECT volunteer_id, sum(hours)::float AS hours FROM service_record WHERE status = 'CONFIRMED'
      GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
  );
  const { rows } = {
    rows: await projectsDb().query('SELECT account_id FROM volunteer_replica WHERE volunteer_id = $1', [
      top.volunteer_id,
    ]),
  };
  const token = await volunteerToken(city, rows[0].account_id as string);
  const me = expectNoErrors(await city.query(MyVolunteerProfileDocument, {}, token)).me;
  expect(me?.id).toBe(top.volunteer_id);
  expect(me?.confirmedHours).toBeCloseTo(top.hours, 2);
  expect(me?.serviceSummary.confirmedHours).toBeCloseTo(top.hours, 2);
});

test('seeding a database that holds a city refuses and adds nothing', async () => {
  await expect(seedCity({ databaseUrl: testDatabaseUrl(), scale: 0.001, quiet: true })).rejects.toBeInstanceOf(
    AlreadySeeded,
  );
  const [{ n }] = await projectsDb().query('SELECT count(*)::int AS n FROM project');
  expect(n).toBe(report.projects);
});
