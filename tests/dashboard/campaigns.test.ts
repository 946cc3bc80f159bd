import crypto from 'node:crypto';
import { expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { dayFromNow } from '../testkit/days';
import { ORG } from '../testkit/fixtures';
import { graphql } from '../testkit/generated';
import { cityAdminToken, districtAdminToken, orgAdminToken, statisticsViewerToken } from '../testkit/tokens';
import { projectInput, publishedProject, volunteers } from '../projects/helpers';

/**
 * City-wide campaigns (issue 17.4) through the gateway: the city opens one with targets per district, districts'
 * projects join it, and its figures per district are the sums of the confirmed records of its projects there,
 * counted as records are confirmed (concurrently), corrected and rejected; withheld where fewer than five people
 * stand behind them, as statistics' figures are.
 */
let city: City;
let cityAdmin: string;
let viewer: string;
beforeAll(async () => {
  city = await startCity();
  cityAdmin = await cityAdminToken(city);
  viewer = await statisticsViewerToken(city);
}, 400_000);
afterAll(() => city?.stop());

const db = () => city.subgraphs.get('projects')!.db;

const OPEN = graphql(`
  mutation CampaignsOpen($input: CampaignInput!) {
    openCampaign(input: $input) {
      code
      name
      startsOn
      endsOn
    }
  }
`);

const CAMPAIGN = graphql(`
  query CampaignsOne($code: ID!) {
    campaign(code: $code) {
      code
      districts {
        district {
          code
        }
        target {
          personTimes
          hours
        }
        personTimes {
          value
          suppressed
        }
        hours {
          value
          suppressed
        }
      }
    }
  }
`);

const CONFIRM = graphql(`
  mutation CampaignsConfirm($ids: [ID!]!) {
    confirmServiceRecords(ids: $ids) {
      id
    }
  }
`);

const REJECT = graphql(`
  mutation CampaignsReject($id: ID!) {
    rejectServiceRecord(id: $id, reason: "未到岗") {
      id
    }
  }
`);

const UPDATE = graphql(`
  mutation CampaignsUpdate($id: ID!, $changes: ProjectChanges!) {
    updateProject(id: $id, changes: $changes) {
      id
      campaign {
        code
      }
    }
  }
`);

const FROM = dayFromNow(-30);
const UNTIL = dayFromNow(30);

async function openCampaign(targets: { district: string; personTimes?: number; hours?: number }[]) {
  const code = `epi-${crypto.randomBytes(4).toString('hex')}`;
  const input = { code, name: '疫情防控志愿服务月', startsOn: FROM, endsOn: UNTIL, targets };
  return expectNoErrors(await city.query(OPEN, { input }, cityAdmin)).openCampaign;
}

/** `hours` each of `people` records on a project of ORG(1) in `district` under `campaign`, written PENDING. */
async function pendingRecords(campaign: string, district: string, hours: number[]) {
  const project = await publishedProject(city, ORG(1), { districtCode: district, campaignCode: campaign });
  const ids: string[] = (
    await db().query(
      `INSERT INTO service_record (project_id, volunteer_id, served_on, hours, status)
       SELECT $1, gen_random_uuid(), $2, h, 'PENDING' FROM unnest($3::numeric[]) h RETURNING id`,
      [project.id, dayFromNow(-1), hours],
    )
  ).map((r: { id: string }) => r.id);
  return { project, ids };
}

/** What the records say: confirmed person-times and hours per district of the campaign's projects. */
async function sumsOfRecords(campaign: string) {
  const found: { district: string; n: number; h: string }[] = await db().query(
    `SELECT p.district_code AS district, count(*)::int AS n, sum(r.hours) AS h
       FROM service_record r JOIN project p ON p.id = r.project_id
      WHERE p.campaign_code = $1 AND r.status = 'CONFIRMED' GROUP BY 1`,
    [campaign],
  );
  return Object.fromEntries(found.map((r) => [r.district, { personTimes: r.n, hours: Number(r.h) }]));
}

test('only city admins open campaigns, with valid targets', async () => {
  const input = { code: 'not-opened', name: '行动', startsOn: FROM, endsOn: UNTIL };
  expectError(await city.query(OPEN, { input }), 'UNAUTHENTICATED');
  for (const token of [
    await orgAdminToken(city, ORG(1)),
    await districtAdminToken(city, 'pidu'),
    viewer,
    (await volunteers(city, 1))[0].token,
  ])
    expectError(await city.query(OPEN, { input }, token), 'FORBIDDEN');
  const badDistrict = await city.query(
    OPEN,
    { input: { ...input, targets: [{ district: 'x', hours: 5 }] } },
    cityAdmin,
  );
  expect(expectError(badDistrict, 'BAD_USER_INPUT').extensions).toMatchObject({ field: 'targets[0].district' });
  const noTarget = await city.query(OPEN, { input: { ...input, targets: [{ district: 'pidu' }] } }, cityAdmin);
  expectError(noTarget, 'BAD_USER_INPUT');
  const opened = await openCampaign([]);
  const again = await city.query(OPEN, { input: { ...input, code: opened.code } }, cityAdmin);
  expectError(again, 'CONFLICT');
  expect(expectNoErrors(await city.query(CAMPAIGN, { code: 'not-opened' }, viewer)).campaign).toBeNull();
});

test("a project joins a campaign within the campaign's period only", async () => {
  const campaign = await openCampaign([{ district: 'jinjiang', personTimes: 100 }]);
  const org = await orgAdminToken(city, ORG(1));
  const CREATE = graphql(`
    mutation CampaignsCreate($input: ProjectInput!) {
      createProject(input: $input) {
        id
        campaign {
          code
          name
        }
      }
    }
  `);
  const late = projectInput({ campaignCode: campaign.code, startsOn: dayFromNow(25), endsOn: dayFromNow(35) });
  late.shifts = [{ ...late.shifts[0], date: dayFromNow(25) }];
  const outside = await city.query(CREATE, { input: late }, org);
  expect(expectError(outside, 'BAD_USER_INPUT').message).toContain(`runs ${FROM} to ${UNTIL}`);
  const unknown = await city.query(CREATE, { input: projectInput({ campaignCode: 'no-such-campaign' }) }, org);
  expect(expectError(unknown, 'BAD_USER_INPUT').message).toMatch(/No campaign/);
  const joined = expectNoErrors(
    await city.query(CREATE, { input: projectInput({ campaignCode: campaign.code }) }, org),
  );
  expect(joined.createProject.campaign).toEqual({ code: campaign.code, name: '疫情防控志愿服务月' });
  // Moving its dates out of the campaign is refused too.
  const moved = await city.query(UPDATE, { id: joined.createProject.id, changes: { endsOn: dayFromNow(40) } }, org);
  expectError(moved, 'BAD_USER_INPUT');
  const left = await city.query(UPDATE, { id: joined.createProject.id, changes: { campaignCode: null } }, org);
  expect(expectNoErrors(left).updateProject.campaign).toBeNull();
});

test("a campaign's figures per district are the sums of its projects' confirmed records there", async () => {
  const campaign = await openCampaign([
    { district: 'dayi', personTimes: 50, hours: 200 },
    { district: 'pujiang', hours: 80 },
    { district: 'pidu', personTimes: 10 },
  ]);
  const org = await orgAdminToken(city, ORG(1));
  const dayi = await pendingRecords(campaign.code, 'dayi', [2.5, 3, 1.25, 4, 2, 2, 3.5, 1]);
  const pujiang = await pendingRecords(campaign.code, 'pujiang', [6, 1.5, 2, 1, 1]);
  // Jinjiang has no target: it appears once it serves under the campaign (one person: withheld).
  const jinjiang = await pendingRecords(campaign.code, 'jinjiang', [3]);
  // Xinjin: six person-times but two people behind them, so withheld too (people are counted, not records).
  const xinjin = await pendingRecords(campaign.code, 'xinjin', [1, 1, 1, 1, 2, 2]);
  const [p1, p2] = [crypto.randomUUID(), crypto.randomUUID()];
  await db().query(
    'UPDATE service_record SET volunteer_id = CASE WHEN hours = 1 THEN $1 ELSE $2 END::uuid WHERE id = ANY($3)',
    [p1, p2, xinjin.ids],
  );
  // A project outside the campaign in the same district counts nowhere here.
  const outside = await publishedProject(city, ORG(1), { districtCode: 'dayi' });
  await db().query(
    `INSERT INTO service_record (project_id, volunteer_id, served_on, hours, status, confirmed_at)
     VALUES ($1, gen_random_uuid(), $2, 9, 'CONFIRMED', now())`,
    [outside.id, dayFromNow(-1)],
  );

  // One record per request, all at once: a lost update would show.
  const confirmed = [...dayi.ids.slice(0, 7), ...pujiang.ids, ...jinjiang.ids, ...xinjin.ids];
  const results = await Promise.all(confirmed.map((id) => city.query(CONFIRM, { ids: [id] }, org)));
  results.forEach((r) => expectNoErrors(r));
  // One dayi record rejected, none left pending in the figures.
  expectNoErrors(await city.query(REJECT, { id: dayi.ids[7] }, org));

  const { campaign: figures } = expectNoErrors(await city.query(CAMPAIGN, { code: campaign.code }, viewer));
  const sums = await sumsOfRecords(campaign.code);
  expect(sums.dayi).toEqual({ personTimes: 7, hours: 18.25 });
  const byDistrict = Object.fromEntries(figures!.districts.map((d) => [d.district.code, d]));
  expect(Object.keys(byDistrict).sort()).toEqual(['dayi', 'jinjiang', 'pidu', 'pujiang', 'xinjin']);
  // Five people or more: shown, and the records' sums.
  for (const district of ['dayi', 'pujiang'])
    expect({ personTimes: byDistrict[district].personTimes.value, hours: byDistrict[district].hours.value }).toEqual(
      sums[district],
    );
  // One and two people (though six person-times in xinjin): withheld, as statistics withholds them.
  expect(sums.xinjin).toEqual({ personTimes: 6, hours: 8 });
  for (const district of ['jinjiang', 'xinjin'])
    expect(byDistrict[district]).toMatchObject({
      personTimes: { value: null, suppressed: expect.stringMatching(/Fewer than 5 people/) },
      hours: { value: null, suppressed: expect.stringMatching(/Fewer than 5 people/) },
    });
  expect(byDistrict.dayi.target).toEqual({ personTimes: 50, hours: 200 });
  expect(byDistrict.pujiang.target).toEqual({ personTimes: null, hours: 80 });
  // Nobody at all is a plain zero, not a secret.
  expect(byDistrict.pidu).toMatchObject({
    target: { personTimes: 10, hours: null },
    personTimes: { value: 0, suppressed: null },
    hours: { value: 0, suppressed: null },
  });
  expect(byDistrict.jinjiang.target).toBeNull();

  // A correction accepted moves the hours; the figures follow.
  const [v] = await volunteers(city, 1);
  await db().query('UPDATE service_record SET volunteer_id = $1 WHERE id = $2', [v.id, pujiang.ids[0]]);
  const ASK = graphql(`
    mutation CampaignsAsk($id: ID!) {
      requestCorrection(recordId: $id, hours: 4, reason: "实际服务4小时，签退时间记录有误") {
        id
      }
    }
  `);
  const RESOLVE = graphql(`
    mutation CampaignsResolve($id: ID!) {
      resolveCorrection(id: $id, accept: true) {
        status
      }
    }
  `);
  const asked = expectNoErrors(await city.query(ASK, { id: pujiang.ids[0] }, v.token)).requestCorrection;
  expectNoErrors(await city.query(RESOLVE, { id: asked.id }, org));
  const after = expectNoErrors(await city.query(CAMPAIGN, { code: campaign.code }, viewer)).campaign!;
  const pujiangNow = after.districts.find((d) => d.district.code === 'pujiang')!;
  expect({ personTimes: pujiangNow.personTimes.value, hours: pujiangNow.hours.value }).toEqual(
    (await sumsOfRecords(campaign.code)).pujiang,
  );
  expect(pujiangNow.hours.value).toBe(9.5);

  // Service on record: the project stays in the campaign.
  const leave = await city.query(UPDATE, { id: dayi.project.id, changes: { campaignCode: null } }, org);
  expectError(leave, 'CONFLICT');
});

test('a single withheld district takes the smallest other with it, for every reader alike', async () => {
  const campaign = await openCampaign([{ district: 'dayi', personTimes: 10 }]);
  const confirmed = async (district: string, people: number) => {
    const { ids } = await pendingRecords(campaign.code, district, Array(people).fill(2));
    await db().query("UPDATE service_record SET status = 'CONFIRMED', confirmed_at = now() WHERE id = ANY($1)", [ids]);
  };
  await confirmed('dayi', 6);
  await confirmed('pujiang', 7);
  await confirmed('xinjin', 2);
  const shown = async (token: string) =>
    Object.fromEntries(
      expectNoErrors(await city.query(CAMPAIGN, { code: campaign.code }, token)).campaign!.districts.map((d) => [
        d.district.code,
        d.personTimes.value,
      ]),
    );
  // Xinjin alone withheld would be the campaign's total less the others: dayi, the smaller other, goes too.
  expect(await shown(viewer)).toEqual({ dayi: null, pujiang: 7, xinjin: null });
  expect(await shown(await districtAdminToken(city, 'dayi'))).toEqual({ dayi: null });
  expect(await shown(await districtAdminToken(city, 'pujiang'))).toEqual({ pujiang: 7 });
});

test("figures are for the city's readers; a district admin reads their own district's only", async () => {
  const campaign = await openCampaign([
    { district: 'xinjin', personTimes: 20 },
    { district: 'pidu', personTimes: 30 },
  ]);
  const xinjin = expectNoErrors(
    await city.query(CAMPAIGN, { code: campaign.code }, await districtAdminToken(city, 'xinjin')),
  ).campaign!;
  expect(xinjin.districts.map((d) => d.district.code)).toEqual(['xinjin']);
  const all = expectNoErrors(await city.query(CAMPAIGN, { code: campaign.code }, cityAdmin)).campaign!;
  expect(all.districts.map((d) => d.district.code)).toEqual(['pidu', 'xinjin']);
  expectError(await city.query(CAMPAIGN, { code: campaign.code }), 'UNAUTHENTICATED');
  for (const token of [await orgAdminToken(city, ORG(1)), (await volunteers(city, 1))[0].token])
    expectError(await city.query(CAMPAIGN, { code: campaign.code }, token), 'FORBIDDEN');
  // The campaign itself is public: organizations choose one to join.
  const LIST = graphql(`
    query CampaignsList {
      campaigns {
        code
        name
      }
    }
  `);
  expect(expectNoErrors(await city.query(LIST, {})).campaigns.map((c) => c.code)).toContain(campaign.code);
});
