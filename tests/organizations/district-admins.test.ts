import { DISTRICTS } from '../../subgraphs/kit/city/districts';
import { demoDistrictAdmin } from '../../subgraphs/kit/runtime/district-admins';
import { expectError, expectNoErrors, type City } from '../testkit/city';
import { deliver } from '../testkit/events';
import { bootCity, newCreditCode, REGISTER, registration } from './helpers';
import { VOLUNTEER } from '../testkit/fixtures';
import { districtAdminToken, type Tokens } from '../testkit/tokens';
import { graphql } from '../testkit/generated';

/**
 * A token's claim to administer a district is a hint; the district's admin list decides. The organizations subgraph
 * owns the lists (city admins manage them), announces each change, and every subgraph that acts on a district-admin
 * claim checks its replica: here volunteers (the admin list of volunteers, masked profiles), projects (service
 * records), organizations (verification) and Qionglai (tagging) for the district of Qionglai.
 */
let city: City;
let as: Tokens;
bootCity((c, t) => {
  city = c;
  as = t;
});

const ADD = graphql(`
  mutation DistrictAdminsAdd($d: ID!, $a: ID!) {
    addDistrictAdmin(district: $d, accountId: $a) {
      code
      admins {
        accountId
      }
    }
  }
`);
const REMOVE = graphql(`
  mutation DistrictAdminsRemove($d: ID!, $a: ID!) {
    removeDistrictAdmin(district: $d, accountId: $a) {
      code
      admins {
        accountId
      }
    }
  }
`);
const ADMINS = graphql(`
  query DistrictAdminsAdmins($d: ID!) {
    district(code: $d) {
      admins {
        accountId
        addedAt
      }
    }
  }
`);
const VERIFY = graphql(`
  mutation DistrictAdminsVerify($id: ID!) {
    verifyOrganization(id: $id) {
      status
    }
  }
`);
const LIST = graphql(`
  query DistrictAdminsList {
    volunteers(filter: { district: "qionglai" }, first: 5) {
      totalCount
    }
  }
`);
/** Demo volunteer 10 lives in Qionglai: their masked record (volunteers) and their service records (projects). */
const RECORD = graphql(`
  query DistrictAdminsRecord($id: ID!) {
    volunteer(id: $id) {
      profile {
        idNumber
      }
      serviceRecords(first: 1) {
        edges {
          node {
            hours
          }
        }
      }
    }
  }
`);
const UNTAG = graphql(`
  mutation DistrictAdminsUntag($p: ID!) {
    qionglaiUntagProject(projectId: $p)
  }
`);
const NO_PROJECT = '30000000-0000-4000-8000-0000000000ff';

const qionglaiToken = (sub: string) => city.token({ role: 'district_admin', sub, district: 'qionglai' });

async function pendingQionglaiOrganization(): Promise<string> {
  const input = registration(newCreditCode('9'), {
    name: '邛崃市临邛街道文脉社区居民委员会',
    district: 'qionglai',
    address: '邛崃市临邛街道文脉路8号',
  });
  return expectNoErrors(await city.query(REGISTER, { input }, await as.volunteer('demo-volunteer-10')))
    .registerOrganization.id;
}

/** What a Qionglai district admin does in four subgraphs, each refused (FORBIDDEN, or nothing shown) if unlisted. */
async function actsForQionglai(token: string): Promise<Record<string, boolean>> {
  const org = await pendingQionglaiOrganization();
  const verify = await city.query(VERIFY, { id: org }, token);
  const list = await city.query(LIST, {}, token);
  const untag = await city.query(UNTAG, { p: NO_PROJECT }, token);
  const record = expectNoErrors(await city.query(RECORD, { id: VOLUNTEER(10) }, token)).volunteer;
  for (const refused of [verify, list, untag]) if (refused.errors) expectError(refused, 'FORBIDDEN');
  return {
    organizations: !verify.errors,
    volunteers: !list.errors,
    qionglai: !untag.errors,
    profile: record!.profile !== null,
    serviceRecords: record!.serviceRecords !== null,
  };
}

const ALL = { organizations: true, volunteers: true, qionglai: true, profile: true, serviceRecords: true };
const NONE = { organizations: false, volunteers: false, qionglai: false, profile: false, serviceRecords: false };

test('every district has its seeded demo admin, the account a development token names by default', async () => {
  const { districts } = expectNoErrors(
    await city.query(
      graphql(`
        query DistrictAdminsDistricts {
          districts {
            code
            admins {
              accountId
            }
          }
        }
      `),
      {},
      await as.cityAdmin(),
    ),
  );
  expect(districts).toHaveLength(DISTRICTS.length);
  for (const d of districts)
    expect(d.admins.map((a: { accountId: string }) => a.accountId)).toEqual([demoDistrictAdmin(d.code)]);
  expect(await actsForQionglai(await districtAdminToken(city, 'qionglai'))).toEqual(ALL);
});

test("a district-admin token whose account is not on that district's list acts nowhere", async () => {
  const stranger = await qionglaiToken('never-listed-admin');
  expect(await actsForQionglai(stranger)).toEqual(NONE);
  // The refusal says what to do about it, in organizations as in volunteers.
  const verify = expectError(
    await city.query(VERIFY, { id: await pendingQionglaiOrganization() }, stranger),
    'FORBIDDEN',
  );
  expect(verify.message).toBe(
    'Your account is not (or no longer) an admin of district qionglai; ask a city admin to add you.',
  );
  expect(expectError(await city.query(LIST, {}, stranger), 'FORBIDDEN').message).toContain(
    'ask a city admin to add you',
  );
  // Another district's listed admin claiming Qionglai is not on Qionglai's list either.
  expect(await actsForQionglai(await qionglaiToken(demoDistrictAdmin('pidu')))).toEqual(NONE);
});

test('an added admin acts at once everywhere; once removed, their unexpired token is refused everywhere', async () => {
  const cityAdmin = await as.cityAdmin();
  const token = await qionglaiToken('ql-new-admin');
  const added = expectNoErrors(await city.query(ADD, { d: 'qionglai', a: 'ql-new-admin' }, cityAdmin)).addDistrictAdmin;
  expect(added.admins.map((a: { accountId: string }) => a.accountId).sort()).toEqual([
    demoDistrictAdmin('qionglai'),
    'ql-new-admin',
  ]);
  await city.settleEvents();
  expect(await actsForQionglai(token)).toEqual(ALL);

  const removed = expectNoErrors(
    await city.query(REMOVE, { d: 'qionglai', a: 'ql-new-admin' }, cityAdmin),
  ).removeDistrictAdmin;
  expect(removed.admins).toEqual([{ accountId: demoDistrictAdmin('qionglai') }]);
  await city.settleEvents();
  expect(await actsForQionglai(token)).toEqual(NONE);
  // The demo admin stays.
  expect(await actsForQionglai(await districtAdminToken(city, 'qionglai'))).toEqual(ALL);

  // A late copy of an older list (the one that still named the removed admin) changes nothing in a replica.
  await deliver(city, 'volunteers', 'district.admins', {
    district: 'qionglai',
    accountIds: ['ql-new-admin'],
    version: 1,
  });
  expectError(await city.query(LIST, {}, token), 'FORBIDDEN');
});

test("only city admins manage district admin lists; a district's own admins and city admins see it", async () => {
  const qionglai = await districtAdminToken(city, 'qionglai');
  for (const token of [
    qionglai,
    await as.orgAdmin('10000000-0000-4000-8000-000000000001'),
    await as.volunteer('demo-volunteer-01'),
  ]) {
    expectError(await city.query(ADD, { d: 'qionglai', a: 'sneaky' }, token), 'FORBIDDEN');
    expectError(await city.query(REMOVE, { d: 'qionglai', a: demoDistrictAdmin('qionglai') }, token), 'FORBIDDEN');
  }
  expectError(await city.query(ADD, { d: 'qionglai', a: 'sneaky' }), 'UNAUTHENTICATED');

  const cityAdmin = await as.cityAdmin();
  expectError(await city.query(ADD, { d: 'qionglai', a: demoDistrictAdmin('qionglai') }, cityAdmin), 'CONFLICT');
  expectError(await city.query(REMOVE, { d: 'qionglai', a: 'nobody' }, cityAdmin), 'NOT_FOUND');
  expectError(await city.query(ADD, { d: 'atlantis', a: 'x' }, cityAdmin), 'BAD_USER_INPUT');

  const own = expectNoErrors(await city.query(ADMINS, { d: 'qionglai' }, qionglai)).district!.admins;
  expect(own.map((a: { accountId: string }) => a.accountId)).toContain(demoDistrictAdmin('qionglai'));
  expect(expectNoErrors(await city.query(ADMINS, { d: 'qionglai' }, cityAdmin)).district!.admins).toEqual(own);
  for (const token of [
    undefined,
    await districtAdminToken(city, 'pidu'),
    await qionglaiToken('never-listed-admin'),
    await as.volunteer('demo-volunteer-10'),
  ]) {
    expectError(await city.query(ADMINS, { d: 'qionglai' }, token), 'FORBIDDEN');
  }
});
