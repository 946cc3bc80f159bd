import { expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { ORG } from '../testkit/fixtures';
import { cityAdminToken, districtAdminToken, orgAdminToken, partnerToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import { publishShift, register, SIGN_UP, type Person } from './rights-helpers';

/**
 * The access log (issue 11.3): an admin's or a partner app's read of a volunteer's personal field is recorded by the
 * subgraph owning the field — who, which fields, the operation, when, never the values — once per request; public
 * reads and the volunteer's own are not. The volunteer reads it through the gateway, newest first, page by page.
 */

const env = {} as { city: City; subject: Person; projectId: string };

const LOG = graphql(`
  query RightsAccessLog($first: Int, $after: String) {
    myAccessLog {
      volunteerId
      volunteers(first: $first, after: $after) {
        entries {
          at
          callerKind
          callerId
          fields
          operation
        }
        hasNextPage
        endCursor
      }
      projects {
        entries {
          callerKind
          callerId
          fields
          operation
        }
      }
      pidu {
        entries {
          callerKind
          callerId
          fields
          operation
        }
      }
      xinjin {
        entries {
          callerKind
        }
      }
    }
  }
`);

const ADMIN_READ = graphql(`
  query AdminLooksAtVolunteer($id: ID!) {
    volunteer(id: $id) {
      profile {
        realName
        idNumber
        phone
      }
      again: profile {
        sex
      }
      serviceRecords(first: 5) {
        edges {
          node {
            id
          }
        }
      }
      pidu {
        balance
      }
    }
  }
`);

const PUBLIC_READ = graphql(`
  query PublicLooksAtVolunteer($id: ID!) {
    volunteer(id: $id) {
      displayName
      district {
        code
      }
      memberSince
      profile {
        realName
      }
      pidu {
        balance
      }
    }
  }
`);

const PARTNER_READ = graphql(`
  query PartnerReadsCitizen {
    me {
      profile {
        realName
      }
    }
    mySignups {
      id
    }
  }
`);

const ROSTER = graphql(`
  query OrganizerReadsRoster($id: ID!) {
    project(id: $id) {
      shifts {
        signups {
          id
        }
      }
    }
  }
`);

const COUNTS = graphql(`
  query RightsAccessLogCounts {
    myAccessLog {
      volunteers(first: 50) {
        entries {
          callerKind
        }
      }
      pidu(first: 50) {
        entries {
          callerKind
        }
      }
    }
  }
`);

const counts = async () => {
  const log = expectNoErrors(await env.city.query(COUNTS, {}, env.subject.token)).myAccessLog;
  return { volunteers: log.volunteers.entries.length, pidu: log.pidu.entries.length };
};

const readLog = async (first = 20, after: string | null = null) =>
  expectNoErrors(await env.city.query(LOG, { first, after }, env.subject.token)).myAccessLog;

beforeAll(async () => {
  const city = (env.city = await startCity());
  env.subject = await register(city, { account: 'rights-log-subject', seq: 601, district: 'pidu', realName: '郑日志' });
  await city.settleEvents();
  const { projectId, shiftId } = await publishShift(city, '访问记录测试服务', 8, 3, 0);
  env.projectId = projectId;
  expectNoErrors(await city.query(SIGN_UP, { shift: shiftId }, env.subject.token));
  await city.settleEvents();
});

afterAll(() => env.city?.stop());

describe('access log', () => {
  test('public reads, the volunteer’s own, and refused reads leave nothing', async () => {
    const { city, subject } = env;
    expectNoErrors(await city.query(PUBLIC_READ, { id: subject.id }));
    expectNoErrors(await city.query(PUBLIC_READ, { id: subject.id }, subject.token));
    expectNoErrors(await city.query(PUBLIC_READ, { id: subject.id }, await districtAdminToken(city, 'jinjiang')));
    const log = await readLog();
    expect(log.volunteerId).toBe(subject.id);
    expect([log.volunteers.entries, log.projects.entries, log.pidu.entries, log.xinjin.entries]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });

  test("an admin's read is logged by each owning subgraph, once per request, with fields and no values", async () => {
    const { city, subject } = env;
    const admin = await districtAdminToken(city, 'pidu');
    const read = expectNoErrors(await city.query(ADMIN_READ, { id: subject.id }, admin));
    expect(read.volunteer?.profile?.realName).toBe(subject.realName);
    const log = await readLog();
    const who = {
      callerKind: 'DISTRICT_ADMIN',
      callerId: 'demo-district-admin-pidu',
      operation: 'AdminLooksAtVolunteer',
    };
    // The profile was read twice in the request (an alias): one entry.
    expect(log.volunteers.entries).toEqual([
      { ...who, at: expect.any(String), fields: ['basicRecord', 'idNumber', 'phone', 'realName'] },
    ]);
    expect(Date.parse(log.volunteers.entries[0]!.at)).toBeGreaterThan(Date.now() - 60_000);
    expect(log.projects.entries).toEqual([{ ...who, fields: ['serviceRecords'] }]);
    expect(log.pidu.entries).toEqual([{ ...who, fields: ['piduAccount'] }]);
    const text = JSON.stringify(log);
    for (const value of [subject.realName, subject.idNumber, subject.phone, subject.birthDate])
      expect(text).not.toContain(value);
  });

  test('a partner app, a city admin and an organizer reading the roster are logged too, newest first', async () => {
    const { city, subject } = env;
    const partner = await partnerToken(city, subject.account, 'volunteer:read project:signup');
    expectNoErrors(await city.query(PARTNER_READ, {}, partner));
    expectNoErrors(await city.query(ADMIN_READ, { id: subject.id }, await cityAdminToken(city, 'rights-city-admin')));
    const roster = expectNoErrors(await city.query(ROSTER, { id: env.projectId }, await orgAdminToken(city, ORG(1))));
    expect(roster.project!.shifts[0]!.signups).toHaveLength(1);
    const log = await readLog();
    expect(log.volunteers.entries.map((e) => [e.callerKind, e.callerId, e.operation])).toEqual([
      ['CITY_ADMIN', 'rights-city-admin', 'AdminLooksAtVolunteer'],
      ['PARTNER', 'tianfu-citizen-cloud', 'PartnerReadsCitizen'],
      ['DISTRICT_ADMIN', 'demo-district-admin-pidu', 'AdminLooksAtVolunteer'],
    ]);
    expect(log.projects.entries.map((e) => [e.callerKind, e.fields.join(',')])).toEqual([
      ['ORG_ADMIN', 'shiftRoster'],
      ['CITY_ADMIN', 'serviceRecords'],
      ['PARTNER', 'signups'],
      ['DISTRICT_ADMIN', 'serviceRecords'],
    ]);
    expect(log.pidu.entries.map((e) => e.callerKind)).toEqual(['CITY_ADMIN', 'DISTRICT_ADMIN']);
  });

  test('pages newest first; a cursor it did not give is refused', async () => {
    const first = await readLog(2);
    expect(first.volunteers.entries.map((e) => e.callerKind)).toEqual(['CITY_ADMIN', 'PARTNER']);
    expect(first.volunteers.hasNextPage).toBe(true);
    const next = await readLog(2, first.volunteers.endCursor);
    expect(next.volunteers.entries.map((e) => e.callerKind)).toEqual(['DISTRICT_ADMIN']);
    expect(next.volunteers.hasNextPage).toBe(false);
    expectError(
      await env.city.query(LOG, { first: 2, after: 'bm90LWEtY3Vyc29y' }, env.subject.token),
      'BAD_USER_INPUT',
    );
  });

  test('is read by the volunteer in person only', async () => {
    const { city, subject } = env;
    for (const token of [await districtAdminToken(city, 'pidu'), await partnerToken(city, subject.account)])
      expectError(await city.query(LOG, { first: 5, after: null }, token), 'FORBIDDEN');
    expectError(await city.query(LOG, { first: 5, after: null }), 'UNAUTHENTICATED');
  });

  test('many admins reading at once: every request is one entry, none lost', async () => {
    const { city, subject } = env;
    const before = await counts();
    const admin = await districtAdminToken(city, 'pidu');
    const reads = await Promise.all(
      Array.from({ length: 12 }, () => city.query(ADMIN_READ, { id: subject.id }, admin)),
    );
    reads.forEach(expectNoErrors);
    expect(await counts()).toEqual({ volunteers: before.volunteers + 12, pidu: before.pidu + 12 });
  });
});
