import { expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { TEAM } from '../testkit/fixtures';
import { cityAdminToken, districtAdminToken, partnerToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import { publishShift, register, SIGN_UP, type Person } from './rights-helpers';

/**
 * The data export (issue 11.3): `myPersonalData` is one document with a section from every subgraph that holds data
 * about people, each section the person's own and nothing of anyone else's; only the person in person reads it.
 */

const env = {} as { city: City; subject: Person; other: Person };

const MY_DATA = graphql(`
  query RightsExport {
    myPersonalData {
      volunteerId
      exportedAt
      volunteers
      projects
      organizations
      pidu
      xinjin
      wuhou
      jinniu
    }
  }
`);

/** The sections as the test reads them (JSON is typed `unknown` to clients). */
interface Sections {
  volunteers: { realName: string; idNumber: string; phone: string; homeDistrict: string; skills: string[] };
  projects: { signups: { projectTitle: string; status: string }[]; serviceRecords: unknown[]; calendarFeed: unknown };
  organizations: { teamMemberships: { teamId: string; note: string; status: string }[] };
  pidu: { account: unknown; ledger: unknown[]; family: unknown[] };
  xinjin: { account: unknown; entries: unknown[]; redemptions: unknown[] };
  wuhou: { needsPosted: { title: string; phone: string }[]; needsTaken: unknown[] };
}

async function setUp(city: City, p: Person, shiftId: string, note: string) {
  expectNoErrors(await city.query(SIGN_UP, { shift: shiftId }, p.token));
  expectNoErrors(
    await city.query(
      graphql(`
        mutation RightsExportJoinTeam($team: ID!, $note: String) {
          joinTeam(teamId: $team, note: $note) {
            id
          }
        }
      `),
      { team: TEAM(1), note },
      p.token,
    ),
  );
  expectNoErrors(
    await city.query(
      graphql(`
        mutation RightsExportPostNeed($input: WuhouPostNeedInput!) {
          wuhouPostNeed(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          title: `帮${p.realName}的邻居取药`,
          street: '玉林街道',
          community: '玉林北路社区',
          neededAt: new Date(Date.now() + 48 * 3_600_000).toISOString(),
          estimatedHours: 1,
          phone: p.phone,
          addressDetail: '7栋1单元302',
        },
      },
      p.token,
    ),
  );
}

beforeAll(async () => {
  const city = (env.city = await startCity());
  env.subject = await register(city, {
    account: 'rights-export-subject',
    seq: 501,
    district: 'pidu',
    realName: '周导出',
  });
  env.other = await register(city, { account: 'rights-export-other', seq: 502, district: 'pidu', realName: '吴旁人' });
  await city.settleEvents();
  const { shiftId } = await publishShift(city, '导出测试社区服务', 8, 5, 0);
  await setUp(city, env.subject, shiftId, '周末有空');
  await setUp(city, env.other, shiftId, '晚上有空');
  expectNoErrors(
    await city.query(
      graphql(`
        query RightsExportFeed {
          myCalendarFeedToken
        }
      `),
      {},
      env.subject.token,
    ),
  );
  await city.settleEvents();
});

afterAll(() => env.city?.stop());

describe('myPersonalData', () => {
  test("holds every subgraph's section of the person's own data", async () => {
    const { city, subject } = env;
    const data = expectNoErrors(await city.query(MY_DATA, {}, subject.token)).myPersonalData;
    expect(data.volunteerId).toBe(subject.id);
    expect(Date.parse(data.exportedAt)).toBeGreaterThan(Date.now() - 60_000);
    const s = data as unknown as Sections;
    expect(s.volunteers).toMatchObject({
      realName: subject.realName,
      idNumber: subject.idNumber,
      phone: subject.phone,
      homeDistrict: 'pidu',
      skills: ['急救'],
    });
    expect(s.projects.signups).toEqual([
      expect.objectContaining({ projectTitle: '导出测试社区服务', status: 'CONFIRMED' }),
    ]);
    expect(s.projects.serviceRecords).toEqual([]);
    expect(s.projects.calendarFeed).toEqual(expect.objectContaining({ token: expect.any(String) }));
    expect(s.organizations.teamMemberships).toEqual([
      expect.objectContaining({ teamId: TEAM(1), note: '周末有空', status: 'PENDING' }),
    ]);
    expect(s.pidu).toEqual({ account: null, ledger: [], family: [], offers: [], bookings: [] });
    expect(s.xinjin).toEqual({ account: null, entries: [], redemptions: [] });
    expect(s.wuhou.needsPosted).toEqual([
      expect.objectContaining({ title: `帮${subject.realName}的邻居取药`, phone: subject.phone }),
    ]);
    // A district platform holding nothing about this person gives an empty section.
    expect(data.jinniu).toEqual({ standbyMembership: null, offers: [] });
  });

  test("holds nothing of anyone else's, though they signed up, joined and posted alike", async () => {
    const { city, subject, other } = env;
    const text = JSON.stringify(expectNoErrors(await city.query(MY_DATA, {}, subject.token)).myPersonalData);
    for (const theirs of [other.realName, other.idNumber, other.phone, other.id, other.account, '晚上有空'])
      expect(text).not.toContain(theirs);
  });

  test('is read by the person in person only', async () => {
    const { city, subject } = env;
    for (const token of [
      await districtAdminToken(city, 'pidu'),
      await cityAdminToken(city),
      await partnerToken(city, subject.account),
    ]) {
      const res = await city.query(MY_DATA, {}, token);
      expectError(res, 'FORBIDDEN');
      expect(JSON.stringify(res)).not.toContain(subject.idNumber);
    }
    expectError(await city.query(MY_DATA, {}), 'UNAUTHENTICATED');
    const stranger = await city.token({ role: 'volunteer', sub: 'rights-export-never-registered' });
    expectError(await city.query(MY_DATA, {}, stranger), 'NOT_REGISTERED');
  });
});
