import crypto from 'node:crypto';
import { CityStatisticsDocument, DistrictStatisticsDocument } from '../../gateway/operations/generated/graphql';
import { countStatements, expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { dayFromNow } from '../testkit/days';
import { deliver } from '../testkit/events';
import { graphql } from '../testkit/generated';
import { cityAdminToken, districtAdminToken, statisticsViewerToken } from '../testkit/tokens';

/**
 * Each district platform's own figures on the city's statistics (issue 13.1): Pidu's time bank, Xinjin's points
 * mall, Wuhou's needs board and Qionglai's villages, read by the city's statistics viewer and by the district's admin,
 * counted from what the test records, withheld under five people.
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
const wuhou = () => city.subgraphs.get('wuhou')!.db;
const qionglai = () => city.subgraphs.get('qionglai')!.db;

const cityFigures = async (from = TODAY, to = TODAY, token = viewer) =>
  expectNoErrors(await city.query(CityStatisticsDocument, { from, to }, token)).statistics;
const cityPidu = async (from = TODAY, to = TODAY) => (await cityFigures(from, to)).pidu!;
const districtFigures = async (district: string, token: string, from = TODAY, to = TODAY) =>
  expectNoErrors(await city.query(DistrictStatisticsDocument, { district, from, to }, token)).statistics;

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

test('each district’s figures are its own: null for other districts, refused to another district’s admin', async () => {
  const wuhouAdmin = await districtAdminToken(city, 'wuhou');
  const own = await districtFigures('wuhou', wuhouAdmin);
  expect(own.pidu).toBeNull();
  expect(own.xinjin).toBeNull();
  expect(own.qionglai).toBeNull();
  expect(own.wuhou).not.toBeNull();
  const piduAdmin = await districtAdminToken(city, 'pidu');
  const piduOwn = await districtFigures('pidu', piduAdmin);
  expect(piduOwn.wuhou).toBeNull();
  expect(piduOwn.qionglai).toBeNull();
  // A city admin reads any district's.
  expect((await districtFigures('wuhou', await cityAdminToken(city))).wuhou).toEqual(own.wuhou);
  // A district without a platform of its own, read by the viewer: none of the four.
  const jinjiang = await districtFigures('jinjiang', viewer);
  expect([jinjiang.pidu, jinjiang.xinjin, jinjiang.wuhou, jinjiang.qionglai]).toEqual([null, null, null, null]);
  for (const [district, admin] of [
    ['pidu', wuhouAdmin],
    ['wuhou', await districtAdminToken(city, 'qionglai')],
    ['qionglai', wuhouAdmin],
  ] as const)
    expectError(await city.query(DistrictStatisticsDocument, { district, from: TODAY, to: TODAY }, admin), 'FORBIDDEN');
});

/** Needs posted on the board on `day` (10:00 Beijing): one per resident given, the done ones done at 18:00. */
async function postNeeds(day: string, status: string, residents: string[], takers: string[] = [], hours = 0) {
  await wuhou().query(
    `INSERT INTO need (resident_account, title, street, community, needed_at, estimated_hours, urgency, phone,
       address_detail, status, taker_volunteer_id, taken_at, done_at, honor_hours, posted_at)
     SELECT r, '陪老人买菜', '玉林街道', '玉林北路社区', at, 1, 'NORMAL', '13800000000', '3栋2单元501', $3::varchar,
       t, CASE WHEN t IS NULL THEN NULL ELSE at END,
       CASE WHEN $3::varchar = 'DONE' THEN at + interval '8 hours' END,
       CASE WHEN $3::varchar = 'DONE' THEN $5::numeric + (o % 3) * 0.5 END, at
     FROM unnest($1::text[], $4::uuid[]) WITH ORDINALITY AS x(r, t, o),
          LATERAL (SELECT ($2::date + time '10:00') AT TIME ZONE 'Asia/Shanghai' AS at) a`,
    [residents, day, status, takers.length ? takers : residents.map(() => null), hours],
  );
}
const people = (n: number, prefix = 'resident') => Array.from({ length: n }, () => `${prefix}:${crypto.randomUUID()}`);
const ids = (n: number) => Array.from({ length: n }, () => crypto.randomUUID());

/** The board's figures of a day as the test counts them in Wuhou's own table. */
async function boardInDatabase(day: string) {
  const [byStatus] = await wuhou().query(
    `SELECT jsonb_object_agg(status, n) AS counts FROM (
       SELECT status, count(*)::int AS n FROM need
        WHERE (posted_at AT TIME ZONE 'Asia/Shanghai')::date = $1 GROUP BY status) s`,
    [day],
  );
  const [honor] = await wuhou().query(
    `SELECT sum(honor_hours)::float8 AS hours FROM need
      WHERE status = 'DONE' AND (done_at AT TIME ZONE 'Asia/Shanghai')::date = $1`,
    [day],
  );
  return { counts: byStatus.counts as Record<string, number>, honorHours: honor.hours as number };
}

test('Wuhou’s needs by status and honor hours over a day equal the board’s rows that day', async () => {
  const day = dayFromNow(-910);
  await postNeeds(day, 'OPEN', people(6));
  await postNeeds(day, 'TAKEN', people(5), ids(5));
  // Seven needs done by seven volunteers for six residents (one posted two).
  const residents = people(6);
  await postNeeds(day, 'DONE', [...residents, residents[0]], ids(7), 1.5);
  const counted = await boardInDatabase(day);
  expect(counted.counts).toEqual({ OPEN: 6, TAKEN: 5, DONE: 7 });
  const figures = (await cityFigures(day, day)).wuhou!;
  expect(figures.needsByStatus).toEqual(
    ['OPEN', 'TAKEN', 'DONE', 'CANCELLED'].map((status) => ({
      status,
      needs: { value: counted.counts[status] ?? 0, suppressed: null },
    })),
  );
  expect(figures.honorHours.suppressed).toBeNull();
  expect(figures.honorHours.value).toBeCloseTo(counted.honorHours, 6);
  expect(counted.honorHours).toBeGreaterThan(10);
  // Wuhou's admin reads the same figures in Wuhou's drill-down.
  expect((await districtFigures('wuhou', await districtAdminToken(city, 'wuhou'), day, day)).wuhou).toEqual(figures);
}, 60_000);

test('Wuhou withholds a status of under five residents, the smallest other too, and 4 volunteers’ hours', async () => {
  const day = dayFromNow(-911);
  await postNeeds(day, 'OPEN', people(2));
  await postNeeds(day, 'TAKEN', people(5), ids(5));
  const takers = ids(4);
  await postNeeds(day, 'DONE', people(8), [...takers, ...takers], 2);
  const counted = await boardInDatabase(day);
  const figures = (await cityFigures(day, day)).wuhou!;
  const withheld = { value: null, suppressed: expect.stringMatching(/Fewer than 5 people/) };
  expect(figures.needsByStatus).toEqual([
    { status: 'OPEN', needs: withheld },
    // The only other status under five would be given away by the day's total: withheld with it.
    { status: 'TAKEN', needs: withheld },
    { status: 'DONE', needs: { value: counted.counts.DONE, suppressed: null } },
    { status: 'CANCELLED', needs: { value: 0, suppressed: null } },
  ]);
  expect(counted.counts.DONE).toBe(8);
  expect(figures.honorHours).toEqual(withheld);
}, 60_000);

/** A new place of Qionglai with one tagged project; the test's own, so no other test's hours land on it. */
async function taggedPlace(name: string): Promise<{ placeId: string; projectId: string }> {
  const [{ id }] = await qionglai().query(
    `INSERT INTO place (name, town, kind) VALUES ($1, $2, 'VILLAGE') RETURNING id`,
    [name, `测试镇${crypto.randomUUID().slice(0, 8)}`],
  );
  const projectId = crypto.randomUUID();
  await qionglai().query(
    `INSERT INTO project_tag (project_id, place_id, theme, tagged_by) VALUES ($1, $2, 'AGRICULTURE', 'test')`,
    [projectId, id],
  );
  return { placeId: id as string, projectId };
}

/** Confirmed hours on a Qionglai project, one record per volunteer, as projects announces them. */
const served = (projectId: string, servedOn: string, hours: number[]) =>
  Promise.all(
    hours.map((h) =>
      deliver(city, 'qionglai', 'service.confirmed', {
        recordId: crypto.randomUUID(),
        volunteerId: crypto.randomUUID(),
        projectId,
        organizationId: crypto.randomUUID(),
        districtCode: 'qionglai',
        servedOn,
        hours: h,
      }),
    ),
  );

/** Hours per place over a range as the test sums them in Qionglai's own tables. */
async function placeHoursInDatabase(from: string, to: string): Promise<Map<string, number>> {
  const found: { place_id: string; hours: number }[] = await qionglai().query(
    `SELECT t.place_id, sum(h.hours)::float8 AS hours FROM service_hours h JOIN project_tag t USING (project_id)
      WHERE h.served_on BETWEEN $1 AND $2 GROUP BY t.place_id`,
    [from, to],
  );
  return new Map(found.map((r) => [r.place_id, r.hours]));
}

test('Qionglai’s hours per village over a range equal the records served on its tagged projects then', async () => {
  const [day, before] = [dayFromNow(-912), dayFromNow(-913)];
  const a = await taggedPlace('甲村');
  const b = await taggedPlace('乙村');
  const c = await taggedPlace('丙村');
  await served(a.projectId, day, [1, 2, 3, 4, 5, 6]);
  await served(b.projectId, day, [2, 2, 2, 2, 2, 2, 2.5]);
  await served(c.projectId, before, [3, 3]);
  // Served on an untagged project: no village's.
  await served(crypto.randomUUID(), day, [8, 8, 8, 8, 8]);

  const oneDay = (await cityFigures(day, day)).qionglai!.villages;
  const summed = await placeHoursInDatabase(day, day);
  expect([summed.get(a.placeId), summed.get(b.placeId)]).toEqual([21, 14.5]);
  for (const v of oneDay) expect(v.confirmedHours).toEqual({ value: summed.get(v.place.id) ?? 0, suppressed: null });
  expect(oneDay.find((v) => v.place.id === c.placeId)!.confirmedHours.value).toBe(0);
  expect(oneDay.find((v) => v.place.id === a.placeId)!.place.name).toBe('甲村');

  // Over both days 丙村 has two volunteers: withheld, and 甲村 (the smallest other) with it.
  const twoDays = (await cityFigures(before, day)).qionglai!.villages;
  const hoursOf = (id: string) => twoDays.find((v) => v.place.id === id)!.confirmedHours;
  expect(hoursOf(c.placeId)).toEqual({ value: null, suppressed: expect.stringMatching(/Fewer than 5 people/) });
  expect(hoursOf(a.placeId).value).toBeNull();
  const twoDaysSummed = await placeHoursInDatabase(before, day);
  expect(hoursOf(b.placeId)).toEqual({ value: twoDaysSummed.get(b.placeId), suppressed: null });

  // Qionglai's admin reads the same villages in Qionglai's drill-down.
  const admin = await districtAdminToken(city, 'qionglai');
  expect((await districtFigures('qionglai', admin, before, day)).qionglai!.villages).toEqual(twoDays);
}, 60_000);

/** The four districts' figures for the city and, in its breakdown, for each of the 23 districts. */
const EVERYWHERE = graphql(`
  query DistrictFiguresEverywhere($from: String, $to: String) {
    statistics(from: $from, to: $to) {
      pidu {
        bookings {
          value
          suppressed
        }
      }
      xinjin {
        pointsIssued {
          value
          suppressed
        }
      }
      wuhou {
        honorHours {
          value
          suppressed
        }
      }
      qionglai {
        villages {
          confirmedHours {
            value
            suppressed
          }
        }
      }
      districts {
        scope
        pidu {
          bookings {
            value
            suppressed
          }
        }
        xinjin {
          pointsIssued {
            value
            suppressed
          }
        }
        wuhou {
          honorHours {
            value
            suppressed
          }
        }
        qionglai {
          villages {
            confirmedHours {
              value
              suppressed
            }
          }
        }
      }
    }
  }
`);

test('the city’s and its 23 districts’ figures cost one statement per request to each of the four', async () => {
  const variables = { from: dayFromNow(-913), to: TODAY };
  const run = async () => expectNoErrors(await city.query(EVERYWHERE, variables, viewer)).statistics;
  const all = await run();
  const statements = await countStatements(city, run);
  for (const code of ['pidu', 'xinjin', 'wuhou', 'qionglai'] as const) {
    // The gateway asks for the city's entity and for its 23 districts' in two requests: one statement each.
    expect([code, statements[code]]).toEqual([code, 2]);
    // Given for the city and the district itself (the same figures), null for the 22 others.
    const given = all.districts.filter((d) => d[code] !== null).map((d) => d.scope);
    expect(given).toEqual([code]);
    expect(all.districts.find((d) => d.scope === code)![code]).toEqual(all[code]);
  }
}, 60_000);
