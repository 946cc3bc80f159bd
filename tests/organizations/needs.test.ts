import { IDENTITY_HEADER, signIdentity } from '../../subgraphs/kit/runtime/identity';
import { countStatements, expectError, expectNoErrors, post, type City, type GqlResult } from '../testkit/city';
import { dayFromNow } from '../testkit/days';
import { outbox, bootCity } from './helpers';
import { NEED, ORG } from '../testkit/fixtures';
import { type Tokens } from '../testkit/tokens';
import { graphql } from '../testkit/generated';

let city: City;
let as: Tokens;
bootCity((c, t) => {
  city = c;
  as = t;
});

const FILE = graphql(`
  mutation NeedsFile($input: FileNeedInput!) {
    fileNeed(input: $input) {
      id
      title
      status
      categoryCode
      categoryName
      startsOn
      endsOn
      volunteersNeeded
      address
      district {
        code
        name
      }
      filedBy {
        name
      }
    }
  }
`);
const ACCEPT = graphql(`
  mutation NeedsAccept($id: ID!) {
    acceptNeed(id: $id) {
      status
      triagedAt
    }
  }
`);
const REJECT = graphql(`
  mutation NeedsReject($id: ID!, $reason: String!) {
    rejectNeed(id: $id, reason: $reason) {
      status
      rejectionReason
    }
  }
`);
const CONVERT = graphql(`
  mutation NeedsConvert($id: ID!, $org: ID!) {
    convertNeed(id: $id, organizationId: $org) {
      status
      convertedTo {
        name
      }
    }
  }
`);

/** The museum (成都博物馆, 青羊) files for its summer study tours: two months ahead, for seven weeks. */
const STARTS_IN_DAYS = 60;
const ENDS_IN_DAYS = 110;
function museumNeed(over: Record<string, unknown> = {}) {
  return {
    organizationId: ORG(13),
    title: '暑期少儿研学活动秩序引导',
    description: '暑期每天两场少儿研学，需要志愿者负责签到、分组引导和展厅秩序维护。',
    categoryCode: 'culture',
    address: '成都博物馆一楼研学教室（青羊区小河街1号）',
    startsOn: dayFromNow(STARTS_IN_DAYS),
    endsOn: dayFromNow(ENDS_IN_DAYS),
    volunteersNeeded: 10,
    ...over,
  };
}

async function fileAsMuseum(over: Record<string, unknown> = {}) {
  return expectNoErrors(await city.query(FILE, { input: museumNeed(over) }, await as.orgAdmin(ORG(13)))).fileNeed;
}

describe('filing a need', () => {
  test('an admin of a museum files a need in its district; it waits for the district admin', async () => {
    const need = await fileAsMuseum();
    expect(need).toMatchObject({
      status: 'SUBMITTED',
      categoryCode: 'culture',
      categoryName: '文化传承',
      startsOn: dayFromNow(STARTS_IN_DAYS),
      endsOn: dayFromNow(ENDS_IN_DAYS),
      volunteersNeeded: 10,
      district: { code: 'qingyang', name: '青羊区' },
      filedBy: { name: '成都博物馆' },
    });
    const listed = expectNoErrors(
      await city.query(
        graphql(`
          query NeedsNeeds {
            needs(district: "qingyang", status: SUBMITTED, first: 50) {
              edges {
                node {
                  id
                }
              }
            }
          }
        `),
      ),
    );
    expect(listed.needs.edges.map((e) => e.node.id)).toContain(need.id);
  });

  test('a category outside the ten, a past date and a headcount of zero are refused, with what to fix', async () => {
    const token = await as.orgAdmin(ORG(13));
    const category = expectError(
      await city.query(FILE, { input: museumNeed({ categoryCode: 'museum' }) }, token),
      'BAD_USER_INPUT',
    );
    expect(category.message).toBe(
      'There is no service category "museum"; use one of epidemic, children, elderly, travel, community, traffic, ' +
        'environment, culture, emergency, events.',
    );
    expect(
      expectError(await city.query(FILE, { input: museumNeed({ startsOn: dayFromNow(-1) }) }, token), 'BAD_USER_INPUT')
        .message,
    ).toMatch(/startsOn is in the past/);
    expect(
      expectError(await city.query(FILE, { input: museumNeed({ volunteersNeeded: 0 }) }, token), 'BAD_USER_INPUT')
        .extensions?.field,
    ).toBe('volunteersNeeded');
  });

  test('only admins of the filing organization file for it', async () => {
    expectError(await city.query(FILE, { input: museumNeed() }, await as.orgAdmin(ORG(2))), 'FORBIDDEN');
    expectError(
      await city.query(FILE, { input: museumNeed() }, await as.orgAdmin(ORG(13), 'not-an-admin')),
      'FORBIDDEN',
    );
    expectError(await city.query(FILE, { input: museumNeed() }, await as.volunteer('demo-volunteer-01')), 'FORBIDDEN');
    expectError(await city.query(FILE, { input: museumNeed() }, await as.districtAdmin('qingyang')), 'FORBIDDEN');
    expectError(await city.query(FILE, { input: museumNeed() }), 'UNAUTHENTICATED');
  });

  test('organizations that supply volunteers (a university association) do not file needs', async () => {
    const err = expectError(
      await city.query(FILE, { input: museumNeed({ organizationId: ORG(12) }) }, await as.orgAdmin(ORG(12))),
      'FORBIDDEN',
    );
    expect(err.message).toMatch(/^四川大学青年志愿者协会 supplies volunteers rather than receiving them/);
  });

  test('an organization not yet verified cannot file', async () => {
    const err = expectError(
      await city.query(FILE, { input: museumNeed({ organizationId: ORG(14) }) }, await as.orgAdmin(ORG(14))),
      'ORGANIZATION_NOT_VERIFIED',
    );
    expect(err.message).toMatch(/天府新区华阳街道社区 is not verified yet and cannot file needs/);
  });
});

describe('the district admin triages', () => {
  test("only the admins of the need's district (or the city) accept it", async () => {
    const need = await fileAsMuseum({ title: '国际博物馆日导览引导' });
    expectError(await city.query(ACCEPT, { id: need.id }, await as.districtAdmin('wuhou')), 'FORBIDDEN');
    expectError(await city.query(ACCEPT, { id: need.id }, await as.orgAdmin(ORG(13))), 'FORBIDDEN');
    expectError(await city.query(ACCEPT, { id: need.id }, await as.volunteer('demo-volunteer-02')), 'FORBIDDEN');
    expect(
      expectNoErrors(await city.query(ACCEPT, { id: need.id }, await as.districtAdmin('qingyang'))).acceptNeed.status,
    ).toBe('ACCEPTED');
    expectError(await city.query(ACCEPT, { id: need.id }, await as.cityAdmin()), 'CONFLICT');
  });

  test('a rejection carries its reason, shown to the filer and the district but not the public', async () => {
    const need = await fileAsMuseum({ title: '闭馆日库房整理' });
    const reason = '库房整理涉及文物安全，不适合由志愿者承担。';
    expect(
      expectNoErrors(await city.query(REJECT, { id: need.id, reason }, await as.districtAdmin('qingyang'))).rejectNeed,
    ).toEqual({ status: 'REJECTED', rejectionReason: reason });
    const Q = graphql(`
      query NeedsRejection($id: ID!) {
        need(id: $id) {
          status
          rejectionReason
        }
      }
    `);
    const asked = async (token?: string) => expectNoErrors(await city.query(Q, { id: need.id }, token)).need;
    expect(await asked()).toEqual({ status: 'REJECTED', rejectionReason: null });
    expect((await asked(await as.orgAdmin(ORG(13))))!.rejectionReason).toBe(reason);
    expect((await asked(await as.orgAdmin(ORG(2))))!.rejectionReason).toBeNull();
    expectError(await city.query(ACCEPT, { id: need.id }, await as.districtAdmin('qingyang')), 'CONFLICT');
  });
});

describe('turning an accepted need into a draft project', () => {
  test('the district admin chooses a verified organization; need.converted carries what projects needs', async () => {
    // Demo need 2: the tax hall's filing-season guidance, accepted by 成华.
    const res = await city.query(CONVERT, { id: NEED(2), org: ORG(4) }, await as.districtAdmin('chenghua'));
    expect(expectNoErrors(res).convertNeed).toEqual({
      status: 'CONVERTED',
      convertedTo: { name: '武侯区玉林街道青年志愿者协会' },
    });
    expect((await outbox(city, 'need.converted')).at(-1)).toEqual({
      needId: NEED(2),
      organizationId: ORG(4),
      districtCode: 'chenghua',
      title: '申报期办税服务厅导税引导',
      description: '征期内办税服务厅排队人数多，需要志愿者在取号区引导纳税人使用电子税务局和自助办税终端。',
      categoryCode: 'community',
      startsOn: '2027-01-04',
      endsOn: '2027-01-15',
      volunteersNeeded: 6,
      address: '成华区办税服务厅一楼大厅（建设南支路6号）',
    });
    expectError(
      await city.query(CONVERT, { id: NEED(2), org: ORG(4) }, await as.districtAdmin('chenghua')),
      'CONFLICT',
    );
  });

  test('a need must be accepted first, by its own district, and go to an organization in good standing', async () => {
    const submitted = await city.query(CONVERT, { id: NEED(1), org: ORG(2) }, await as.districtAdmin('qingyang'));
    expect(expectError(submitted, 'CONFLICT').message).toBe(
      'This need is submitted; accept it before turning it into a project.',
    );
    // Demo need 4: the social-security centre in 双流, accepted.
    expectError(await city.query(CONVERT, { id: NEED(4), org: ORG(8) }, await as.districtAdmin('pidu')), 'FORBIDDEN');
    expectError(await city.query(CONVERT, { id: NEED(4), org: ORG(8) }, await as.orgAdmin(ORG(8))), 'FORBIDDEN');
    expectError(
      await city.query(CONVERT, { id: NEED(4), org: ORG(14) }, await as.districtAdmin('shuangliu')),
      'ORGANIZATION_NOT_VERIFIED',
    );
    expectError(
      await city.query(
        CONVERT,
        { id: NEED(4), org: '10000000-0000-4000-8000-0000000000ff' },
        await as.districtAdmin('shuangliu'),
      ),
      'NOT_FOUND',
    );
    expect(
      expectNoErrors(await city.query(CONVERT, { id: NEED(4), org: ORG(8) }, await as.cityAdmin())).convertNeed.status,
    ).toBe('CONVERTED');
    // Nothing was recorded for the refused attempts: one event for this need.
    expect((await outbox(city, 'need.converted')).filter((e) => e.needId === NEED(4))).toHaveLength(1);
  });
});

describe('Need is an entity other subgraphs resolve by id', () => {
  test('the projects subgraph can turn a need reference into the need (batched, public fields)', async () => {
    const { importJWK } = await import('jose');
    const identity = await signIdentity(
      { kind: 'anonymous' },
      (await importJWK(city.keys.identity.privateJwk, 'EdDSA')) as never,
    );
    // A subgraph's own _entities query, outside the API schema codegen types: the test compares the answer whole.
    type Entities = { _entities: unknown };
    let res: GqlResult<Entities> | undefined;
    const statements = await countStatements(city, async () => {
      res = await post<Entities>(
        city.subgraphs.get('organizations')!.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Need { id title status filedBy { name } } } }`,
        {
          r: [
            { __typename: 'Need', id: NEED(3) },
            { __typename: 'Need', id: NEED(1) },
            { __typename: 'Need', id: '70000000-0000-4000-8000-0000000000ff' },
          ],
        },
        { [IDENTITY_HEADER]: identity },
      );
    });
    // One statement for the three needs, one for their organizations.
    expect(statements.organizations).toBe(2);
    expect(expectNoErrors(res!)._entities).toEqual([
      { id: NEED(3), title: '春运重点旅客帮扶与进站引导', status: 'SUBMITTED', filedBy: { name: '成都东站' } },
      { id: NEED(1), title: '周末少儿阅读区秩序维护与绘本伴读', status: 'SUBMITTED', filedBy: { name: '成都图书馆' } },
      null,
    ]);
  });

  test('needs page by cursor', async () => {
    const Q = graphql(`
      query NeedsPage($after: String) {
        needs(first: 2, after: $after) {
          edges {
            node {
              id
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `);
    const one = expectNoErrors(await city.query(Q)).needs;
    const two = expectNoErrors(await city.query(Q, { after: one.pageInfo.endCursor })).needs;
    const ids = [...one.edges, ...two.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(4);
    expect(one.pageInfo.hasNextPage).toBe(true);
  });
});
