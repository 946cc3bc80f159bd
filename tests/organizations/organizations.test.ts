import { countStatements, expectError, expectNoErrors, type City } from '../testkit/city';
import { REGISTER, newCreditCode, outbox, registration, bootCity } from './helpers';
import { ORG } from '../testkit/fixtures';
import { type Tokens } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import type { RegisterOrganizationInput } from '../testkit/generated/graphql';

let city: City;
let as: Tokens;
bootCity((c, t) => {
  city = c;
  as = t;
});

const PUBLIC = graphql(`
  query Org($id: ID!) {
    organization(id: $id) {
      name
      creditCode
      type
      address
      contactName
      contactPhone
      status
      verified
      suspended
      canPublish
      suspensionReason
      registeredAt
      district {
        code
        name
      }
      teams {
        name
      }
    }
  }
`);
const ADMINS = graphql(`
  query Admins($id: ID!) {
    organization(id: $id) {
      admins {
        accountId
        addedAt
      }
    }
  }
`);

async function register(account: string, input: RegisterOrganizationInput) {
  return city.query(REGISTER, { input }, await as.volunteer(account));
}

describe("anyone reads an organization's public data", () => {
  test('an anonymous visitor sees name, credit code, address, public contact and standing', async () => {
    const { organization } = expectNoErrors(await city.query(PUBLIC, { id: ORG(2) }));
    expect(organization).toMatchObject({
      name: '成都图书馆',
      creditCode: '12510105450720961H',
      type: 'CULTURAL_VENUE',
      address: '成都市青羊区蜀都大道文翁路132号',
      contactPhone: '028-86153120',
      status: 'VERIFIED',
      verified: true,
      suspended: false,
      canPublish: true,
      suspensionReason: null,
      district: { code: 'qingyang', name: '青羊区' },
    });
  });

  test('but never who administers it', async () => {
    for (const token of [
      undefined,
      await as.volunteer('demo-volunteer-01'),
      await as.orgAdmin(ORG(3)),
      await as.districtAdmin('pidu'),
    ]) {
      const err = expectError(await city.query(ADMINS, { id: ORG(2) }, token), 'FORBIDDEN');
      expect(err.message).toMatch(/Only admins of 成都图书馆/);
    }
  });

  test('its own admins and the admins of its district do see the admin list', async () => {
    for (const token of [await as.orgAdmin(ORG(2)), await as.districtAdmin('qingyang'), await as.cityAdmin()]) {
      const accounts = expectNoErrors(await city.query(ADMINS, { id: ORG(2) }, token)).organization!.admins.map(
        (a) => a.accountId,
      );
      expect(accounts).toEqual(expect.arrayContaining(['demo-org-admin-02']));
    }
  });

  test('organizations page by cursor, filter by district, and refuse pages over 100', async () => {
    const Q = graphql(`
      query OrganizationsQ($after: String, $district: ID) {
        organizations(first: 4, after: $after, district: $district) {
          edges {
            node {
              id
              district {
                code
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `);
    const one = expectNoErrors(await city.query(Q, {})).organizations;
    const two = expectNoErrors(await city.query(Q, { after: one.pageInfo.endCursor })).organizations;
    expect(one.pageInfo.hasNextPage).toBe(true);
    const ids = [...one.edges, ...two.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(8);
    const chenghua = expectNoErrors(await city.query(Q, { district: 'chenghua' })).organizations.edges.map(
      (e) => e.node.district.code,
    );
    expect(chenghua.length).toBeGreaterThanOrEqual(2);
    expect(new Set(chenghua)).toEqual(new Set(['chenghua']));
    expectError(
      await city.query(
        graphql(`
          query OrganizationsOrganizations {
            organizations(first: 101) {
              edges {
                cursor
              }
            }
          }
        `),
      ),
      'BAD_USER_INPUT',
    );
    expect(
      expectError(
        await city.query(
          graphql(`
            query OrganizationsOrganizations2 {
              organizations(district: "atlantis") {
                edges {
                  cursor
                }
              }
            }
          `),
        ),
        'BAD_USER_INPUT',
      ).message,
    ).toMatch(/no district "atlantis"/);
  });
});

describe('registration', () => {
  test('a signed-in volunteer registers an organization, is its first admin; it waits for verification', async () => {
    const code = newCreditCode('1');
    const org = expectNoErrors(await register('demo-volunteer-03', registration(code))).registerOrganization;
    expect(org).toMatchObject({
      creditCode: code,
      status: 'PENDING_VERIFICATION',
      verified: false,
      canPublish: false,
      district: { name: '金牛区' },
    });

    const mine = expectNoErrors(
      await city.query(
        graphql(`
          query OrganizationsMyOrganizations {
            myOrganizations {
              id
            }
          }
        `),
        {},
        await as.volunteer('demo-volunteer-03'),
      ),
    ).myOrganizations;
    expect(mine.map((o) => o.id)).toContain(org.id);
    const admins = expectNoErrors(
      await city.query(ADMINS, { id: org.id }, await as.orgAdmin(org.id, 'demo-volunteer-03')),
    ).organization!.admins;
    expect(admins.map((a) => a.accountId)).toEqual(['demo-volunteer-03']);

    // The projects subgraph learns from this event that the organization may not publish yet.
    const events = await outbox(city, 'organization.standing');
    expect(events.at(-1)).toEqual({
      organizationId: org.id,
      name: '金牛区西华街道花照社区居民委员会',
      districtCode: 'jinniu',
      verified: false,
      suspended: false,
    });
  });

  test('the credit code is checked: a mistyped character is a BAD_USER_INPUT naming the check character', async () => {
    const good = newCreditCode('1');
    const typo = good.slice(0, 17) + (good[17] === 'A' ? 'B' : 'A');
    const err = expectError(await register('demo-volunteer-04', registration(typo)), 'BAD_USER_INPUT');
    expect(err.message).toMatch(/check\) character does not match/);
    expect(err.extensions?.field).toBe('creditCode');
    expect(expectError(await register('demo-volunteer-04', registration('9151010')), 'BAD_USER_INPUT').message).toMatch(
      /exactly 18 characters/,
    );
    expect(
      expectError(await register('demo-volunteer-04', registration('91350100M000100O43')), 'BAD_USER_INPUT').message,
    ).toMatch(/without I, O, S, V and Z/);
  });

  test('an unknown district is a BAD_USER_INPUT that says which codes exist', async () => {
    const err = expectError(
      await register('demo-volunteer-04', registration(newCreditCode('1'), { district: 'chengdu' })),
      'BAD_USER_INPUT',
    );
    expect(err.message).toBe(
      'There is no district "chengdu"; use one of the 23 district codes, such as pidu or jinjiang.',
    );
  });

  test('registering a credit code twice is a CONFLICT naming the organization that holds it', async () => {
    const err = expectError(await register('demo-volunteer-05', registration('12510105450720961h')), 'CONFLICT');
    expect(err.message).toMatch(/already registered \(成都图书馆\); ask its admins to add you/);
  });

  test('two concurrent registrations of one code: one wins, the other is a CONFLICT', async () => {
    const code = newCreditCode('1');
    const results = await Promise.all(
      ['demo-volunteer-06', 'demo-volunteer-07'].map((a) => register(a, registration(code))),
    );
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expectError(
      results.find((r) => r.errors)!,
      'CONFLICT',
    );
  });

  test('an anonymous caller is asked to sign in; an admin role or a partner app cannot register', async () => {
    expectError(await city.query(REGISTER, { input: registration(newCreditCode('1')) }), 'UNAUTHENTICATED');
    for (const token of [await as.orgAdmin(ORG(1)), await as.cityAdmin(), await as.partner('demo-volunteer-02')]) {
      expectError(await city.query(REGISTER, { input: registration(newCreditCode('1')) }, token), 'FORBIDDEN');
    }
  });

  test('a bad contact phone is refused before anything is written', async () => {
    const code = newCreditCode('1');
    expectError(await register('demo-volunteer-08', registration(code, { contactPhone: '12345' })), 'BAD_USER_INPUT');
    expectNoErrors(await register('demo-volunteer-08', registration(code)));
  });
});

describe('verification, suspension and reactivation', () => {
  const VERIFY = graphql(`
    mutation OrganizationsVerify($id: ID!) {
      verifyOrganization(id: $id) {
        status
        verified
        canPublish
        verifiedAt
      }
    }
  `);
  const SUSPEND = graphql(`
    mutation OrganizationsSuspend($id: ID!, $reason: String!) {
      suspendOrganization(id: $id, reason: $reason) {
        status
        suspended
        canPublish
        suspensionReason
      }
    }
  `);
  const REACTIVATE = graphql(`
    mutation OrganizationsReactivate($id: ID!, $reason: String!) {
      reactivateOrganization(id: $id, reason: $reason) {
        status
        canPublish
        suspensionReason
      }
    }
  `);
  let id: string;
  beforeAll(async () => {
    id = expectNoErrors(
      await register(
        'demo-volunteer-09',
        registration(newCreditCode('2'), { name: '新津区花桥街道社区', district: 'xinjin' }),
      ),
    ).registerOrganization.id;
  });

  test('its own admin, a district admin of another district and a volunteer may not verify it', async () => {
    expectError(await city.query(VERIFY, { id }, await as.orgAdmin(id, 'demo-volunteer-09')), 'FORBIDDEN');
    const err = expectError(await city.query(VERIFY, { id }, await as.districtAdmin('pidu')), 'FORBIDDEN');
    expect(err.message).toBe('Only the admins of district xinjin (or a city admin) may verify 新津区花桥街道社区.');
    expectError(await city.query(VERIFY, { id }, await as.volunteer('demo-volunteer-09')), 'FORBIDDEN');
    expectError(await city.query(VERIFY, { id }), 'UNAUTHENTICATED');
  });

  test('the admin of its district verifies it; it may then publish, and the event says so', async () => {
    const org = expectNoErrors(await city.query(VERIFY, { id }, await as.districtAdmin('xinjin'))).verifyOrganization;
    expect(org).toMatchObject({ status: 'VERIFIED', verified: true, canPublish: true });
    expect(org.verifiedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await outbox(city, 'organization.standing')).at(-1)).toMatchObject({
      organizationId: id,
      verified: true,
      suspended: false,
    });
    expectError(await city.query(VERIFY, { id }, await as.districtAdmin('xinjin')), 'CONFLICT');
  });

  test('a city admin suspends it with a reason that only its admins and district see', async () => {
    const reason = '活动现场未按规定为志愿者购买意外保险，整改完成前暂停发布。';
    const org = expectNoErrors(await city.query(SUSPEND, { id, reason }, await as.cityAdmin())).suspendOrganization;
    expect(org).toMatchObject({ status: 'SUSPENDED', suspended: true, canPublish: false, suspensionReason: reason });
    expect((await outbox(city, 'organization.standing')).at(-1)).toMatchObject({
      organizationId: id,
      verified: true,
      suspended: true,
    });

    expect(expectNoErrors(await city.query(PUBLIC, { id })).organization).toMatchObject({
      status: 'SUSPENDED',
      suspensionReason: null,
    });
    const own = await city.query(PUBLIC, { id }, await as.orgAdmin(id, 'demo-volunteer-09'));
    expect(expectNoErrors(own).organization!.suspensionReason).toBe(reason);
    expectError(await city.query(SUSPEND, { id, reason }, await as.cityAdmin()), 'CONFLICT');
    expectError(await city.query(SUSPEND, { id, reason: ' ' }, await as.cityAdmin()), 'BAD_USER_INPUT');
  });

  test('the district admin reactivates it with a reason; it is verified again', async () => {
    expectError(await city.query(REACTIVATE, { id, reason: '已整改' }, await as.districtAdmin('wuhou')), 'FORBIDDEN');
    const org = expectNoErrors(
      await city.query(REACTIVATE, { id, reason: '已补购保险并提交整改报告。' }, await as.districtAdmin('xinjin')),
    ).reactivateOrganization;
    expect(org).toEqual({ status: 'VERIFIED', canPublish: true, suspensionReason: null });
    expect((await outbox(city, 'organization.standing')).at(-1)).toMatchObject({
      organizationId: id,
      verified: true,
      suspended: false,
    });
    expectError(await city.query(REACTIVATE, { id, reason: '再次' }, await as.districtAdmin('xinjin')), 'CONFLICT');
  });

  test('an organization suspended before it was ever verified returns to waiting for verification', async () => {
    const pending = expectNoErrors(
      await register('demo-volunteer-10', registration(newCreditCode('2'), { district: 'pidu' })),
    ).registerOrganization.id;
    expectNoErrors(await city.query(SUSPEND, { id: pending, reason: '材料存疑' }, await as.districtAdmin('pidu')));
    expectError(await city.query(VERIFY, { id: pending }, await as.districtAdmin('pidu')), 'CONFLICT');
    const org = expectNoErrors(
      await city.query(REACTIVATE, { id: pending, reason: '材料已核实' }, await as.districtAdmin('pidu')),
    ).reactivateOrganization;
    expect(org.status).toBe('PENDING_VERIFICATION');
  });
});

describe("only an organization's admins edit it", () => {
  const UPDATE = graphql(`
    mutation OrganizationsUpdate($id: ID!, $input: UpdateOrganizationInput!) {
      updateOrganization(id: $id, input: $input) {
        name
        contactPhone
        district {
          code
        }
      }
    }
  `);
  const ADD = graphql(`
    mutation OrganizationsAdd($o: ID!, $a: ID!) {
      addOrganizationAdmin(organizationId: $o, accountId: $a) {
        admins {
          accountId
        }
      }
    }
  `);
  const REMOVE = graphql(`
    mutation OrganizationsRemove($o: ID!, $a: ID!) {
      removeOrganizationAdmin(organizationId: $o, accountId: $a) {
        admins {
          accountId
        }
      }
    }
  `);
  let id: string;
  beforeAll(async () => {
    id = expectNoErrors(
      await register(
        'demo-volunteer-11',
        registration(newCreditCode('3'), { name: '武侯区簇锦街道铁佛社区', district: 'wuhou' }),
      ),
    ).registerOrganization.id;
  });

  test('an admin edits the name and phone; a name change is news for projects', async () => {
    const org = expectNoErrors(
      await city.query(
        UPDATE,
        { id, input: { name: '武侯区簇锦街道铁佛社区居民委员会', contactPhone: '028 8512 3456' } },
        await as.orgAdmin(id, 'demo-volunteer-11'),
      ),
    ).updateOrganization;
    expect(org).toEqual({
      name: '武侯区簇锦街道铁佛社区居民委员会',
      contactPhone: '02885123456',
      district: { code: 'wuhou' },
    });
    expect((await outbox(city, 'organization.standing')).at(-1)).toMatchObject({
      organizationId: id,
      name: '武侯区簇锦街道铁佛社区居民委员会',
    });
  });

  test('a token for the organization whose account is not on its admin list is refused, as are others', async () => {
    const err = expectError(
      await city.query(UPDATE, { id, input: { name: '冒名' } }, await as.orgAdmin(id, 'someone-else')),
      'FORBIDDEN',
    );
    expect(err.message).toMatch(/^Only admins of 武侯区簇锦街道铁佛社区居民委员会 may do this/);
    // The right account with a token for another organization does not count either.
    expectError(
      await city.query(UPDATE, { id, input: { name: '冒名' } }, await as.orgAdmin(ORG(4), 'demo-volunteer-11')),
      'FORBIDDEN',
    );
    expectError(
      await city.query(UPDATE, { id, input: { name: '冒名' } }, await as.volunteer('demo-volunteer-11')),
      'FORBIDDEN',
    );
    expectError(
      await city.query(UPDATE, { id, input: { name: '冒名' } }, await as.districtAdmin('wuhou')),
      'FORBIDDEN',
    );
    expectError(await city.query(UPDATE, { id, input: { name: '冒名' } }), 'UNAUTHENTICATED');
    expect(expectNoErrors(await city.query(PUBLIC, { id })).organization!.name).toBe(
      '武侯区簇锦街道铁佛社区居民委员会',
    );
  });

  test('admins add and remove admins, but never the last one; a removed admin loses access at once', async () => {
    const first = await as.orgAdmin(id, 'demo-volunteer-11');
    expect(
      expectNoErrors(await city.query(ADD, { o: id, a: 'demo-volunteer-12' }, first))
        .addOrganizationAdmin.admins.map((a) => a.accountId)
        .sort(),
    ).toEqual(['demo-volunteer-11', 'demo-volunteer-12']);
    expectError(await city.query(ADD, { o: id, a: 'demo-volunteer-12' }, first), 'CONFLICT');

    const second = await as.orgAdmin(id, 'demo-volunteer-12');
    expect(
      expectNoErrors(await city.query(REMOVE, { o: id, a: 'demo-volunteer-11' }, second)).removeOrganizationAdmin
        .admins,
    ).toEqual([{ accountId: 'demo-volunteer-12' }]);
    expectError(
      await city.query(UPDATE, { id, input: { address: '成都市武侯区簇锦街道铁佛路1号' } }, first),
      'FORBIDDEN',
    );

    const last = expectError(await city.query(REMOVE, { o: id, a: 'demo-volunteer-12' }, second), 'CONFLICT');
    expect(last.message).toMatch(/last admin .*add another admin before removing this one/);
    expectError(await city.query(REMOVE, { o: id, a: 'nobody' }, second), 'NOT_FOUND');
  });
});

describe('federation', () => {
  test('Organization resolves by key for other subgraphs: a page of projects costs the same for 2 as 12', async () => {
    const page = (n: number) => () =>
      city
        .query(
          graphql(`
            query OrganizationsProjectsPage($n: Int!) {
              projects(first: $n) {
                edges {
                  node {
                    organization {
                      name
                      creditCode
                      contactPhone
                      canPublish
                      district {
                        name
                      }
                      teams {
                        name
                      }
                    }
                  }
                }
              }
            }
          `),
          { n },
        )
        .then(expectNoErrors);
    const small = await countStatements(city, page(2));
    const large = await countStatements(city, page(12));
    expect(large.organizations).toBe(small.organizations);
    expect(small.organizations).toBeLessThanOrEqual(3);
    const { projects } = await page(3)();
    expect(projects.edges[0].node.organization.creditCode).toHaveLength(18);
  });
});
