import crypto from 'node:crypto';
import { CityStatisticsDocument, DistrictStatisticsDocument } from '../../gateway/operations/generated/graphql';
import { expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { dayFromNow } from '../testkit/days';
import { deliver } from '../testkit/events';
import { districtAdminToken, statisticsViewerToken } from '../testkit/tokens';

/**
 * Each district platform's own figures on the city's statistics (issue 13.1): Pidu's time bank and Xinjin's points
 * mall, read by the city's statistics viewer and by the district's admin, counted from what the test records,
 * withheld under five people.
 */
let city: City;
let viewer: string;
beforeAll(async () => {
  city = await startCity();
  viewer = await statisticsViewerToken(city);
}, 180_000);
afterAll(() => city?.stop());

const TODAY = dayFromNow(0);
const pidu = () => city.subgraphs.get('pidu')!.db;

const cityFigures = async (from = TODAY, to = TODAY, token = viewer) =>
  expectNoErrors(await city.query(CityStatisticsDocument, { from, to }, token)).statistics;
const cityPidu = async (from = TODAY, to = TODAY) => (await cityFigures(from, to)).pidu!;

/** A service record of `hours` confirmed for a new volunteer, announced to a district as projects announces it. */
const confirmed = (hours: number, district = 'pidu') =>
  deliver(city, district, 'service.confirmed', {
    recordId: crypto.randomUUID(),
    volunteerId: crypto.randomUUID(),
    projectId: crypto.randomUUID(),
    organizationId: crypto.randomUUID(),
    districtCode: 'dayi',
    servedOn: TODAY,
    hours,
  });

test('credits issued today grow by exactly the hours confirmed for six volunteers at once', async () => {
  const before = await cityPidu();
  const hours = [1, 2, 3, 4, 2.5, 1.5];
  await Promise.all(hours.map((h) => confirmed(h)));
  const after = await cityPidu();
  expect(after.creditsIssued.suppressed).toBeNull();
  expect(after.creditsIssued.value).toBeCloseTo((before.creditsIssued.value ?? 0) + 14, 2);
  // Pidu's admin reads the same figures in Pidu's drill-down.
  const admin = await districtAdminToken(city, 'pidu');
  const own = expectNoErrors(
    await city.query(DistrictStatisticsDocument, { district: 'pidu', from: TODAY, to: TODAY }, admin),
  ).statistics.pidu!;
  expect(own).toEqual(after);
}, 60_000);

test('credits earned by fewer than five volunteers in a range are withheld, with the reason', async () => {
  // A day long past that nothing else in this city touches; the ledger is append-only, so rows dated then are added.
  const day = dayFromNow(-400);
  const ids = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
  await pidu().query('INSERT INTO time_bank_account (volunteer_id, balance) SELECT unnest($1::uuid[]), 2', [ids]);
  await pidu().query(
    `INSERT INTO time_bank_entry (volunteer_id, kind, amount, balance_after, record_id, created_at)
     SELECT v, 'EARNED', 2, 2, gen_random_uuid(), ($2::date + time '10:00') AT TIME ZONE 'Asia/Shanghai'
     FROM unnest($1::uuid[]) v`,
    [ids, day],
  );
  const figures = await cityPidu(day, day);
  expect(figures.creditsIssued.value).toBeNull();
  expect(figures.creditsIssued.suppressed).toMatch(/Fewer than 5 people/);
  // No booking that day: zero is shown, not withheld.
  expect(figures.bookings).toEqual({ value: 0, suppressed: null });
});

test('Xinjin points issued today grow by ten per hour confirmed for five volunteers at once', async () => {
  const before = (await cityFigures()).xinjin!;
  await Promise.all([1, 2, 3, 4, 5].map((h) => confirmed(h, 'xinjin')));
  const after = (await cityFigures()).xinjin!;
  expect(after.pointsIssued).toEqual({ value: (before.pointsIssued.value ?? 0) + 150, suppressed: null });
  const admin = await districtAdminToken(city, 'xinjin');
  const own = expectNoErrors(
    await city.query(DistrictStatisticsDocument, { district: 'xinjin', from: TODAY, to: TODAY }, admin),
  ).statistics;
  expect(own.xinjin).toEqual(after);
  expect(own.pidu).toBeNull();
}, 60_000);

test('other districts have no time bank, and their admins cannot read Pidu’s', async () => {
  const wuhouAdmin = await districtAdminToken(city, 'wuhou');
  const wuhou = expectNoErrors(
    await city.query(DistrictStatisticsDocument, { district: 'wuhou', from: TODAY, to: TODAY }, wuhouAdmin),
  ).statistics;
  expect(wuhou.pidu).toBeNull();
  expect(wuhou.xinjin).toBeNull();
  expectError(
    await city.query(DistrictStatisticsDocument, { district: 'pidu', from: TODAY, to: TODAY }, wuhouAdmin),
    'FORBIDDEN',
  );
});
