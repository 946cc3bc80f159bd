import { countStatements, expectError, expectNoErrors, startCity, type City, type GqlResult } from '../testkit/city';
import { xinjin } from '../../subgraphs/xinjin/module';
import { deliver } from '../testkit/events';
import { outcomes, sql } from './district-helpers';
import { VOLUNTEER } from '../testkit/fixtures';
import { districtAdminToken, volunteerToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import type { ResultOf } from '@graphql-typed-document-node/core';

/**
 * Xinjin's points mall through the gateway: points from confirmed hours (10 per hour, city-wide, equal to
 * Volunteer.points), rewards managed by Xinjin's admin, redemption that never oversells nor double-spends, and codes
 * the shop accepts once. Demo points: 李思雨 (01) 1,260, 王浩然 (02) 6,520, 刘一鸣 (04) 15,120; 周可馨 (09) none.
 */
let city: City;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.stop());

const GIFT_BOX = '71000000-0000-4000-8000-000000000001'; // 新津特产礼盒, 800 points, stock 30, shop xinjin-shop-xiangweifang
const CINEMA = '71000000-0000-4000-8000-000000000002'; // 电影票, 300 points

const admin = () => districtAdminToken(city, 'xinjin');
const shop = (account: string) => city.token({ role: 'volunteer', sub: account });
const REDEEM = graphql(`
  mutation XinjinPointsMallRedeem($id: ID!) {
    xinjinRedeemReward(rewardId: $id) {
      id
      code
      points
      status
      reward {
        title
        stock
      }
      volunteer {
        id
      }
    }
  }
`);
const USE = graphql(`
  mutation XinjinPointsMallUse($code: String!) {
    xinjinUseRedemption(code: $code) {
      status
      usedAt
      reward {
        title
      }
    }
  }
`);
const CREATE = graphql(`
  mutation XinjinPointsMallCreate($input: XinjinRewardInput!) {
    xinjinCreateReward(input: $input) {
      id
      title
      stock
      pointsCost
      status
      merchantAccount
    }
  }
`);
const myPoints = async (n: number) =>
  expectNoErrors(
    await city.query(
      graphql(`
        query XinjinPointsMallXinjin {
          xinjin {
            myAccount {
              points
              earnedPoints
            }
          }
        }
      `),
      {},
      await volunteerToken(city, n),
    ),
  ).xinjin.myAccount;

const rewardInput = (overrides: Record<string, unknown> = {}) => ({
  title: '新津韭黄一箱',
  description: '新津本地韭黄 5 斤装。',
  merchantName: '新津区五津街道菜篮子',
  merchantAccount: 'xinjin-shop-cailanzi',
  pointsCost: 100,
  stock: 10,
  ...overrides,
});

/** Every account's entries add up to its balance; no balance or stock below zero. */
async function expectBooksBalanced() {
  const drift = await sql(
    city,
    'xinjin',
    `SELECT a.volunteer_id FROM points_account a
      LEFT JOIN (SELECT volunteer_id, sum(amount) AS total FROM points_entry GROUP BY volunteer_id) e
      USING (volunteer_id)
     WHERE a.balance <> coalesce(e.total, 0) OR a.balance < 0`,
  );
  expect(drift).toEqual([]);
  const [oversold] = await sql(
    city,
    'xinjin',
    `SELECT count(*)::int AS n FROM reward r
     WHERE r.stock < 0 OR r.redeemed_count <> (SELECT count(*) FROM redemption WHERE reward_id = r.id)`,
  );
  expect(oversold.n).toBe(0);
}

test('a gateway query mixes core growth figures and Xinjin points: earned points equal Volunteer.points', async () => {
  const res = await city.query(
    graphql(`
      query XinjinPointsMallMe {
        me {
          displayName
          starLevel
          confirmedHours
          points
          xinjin {
            points
            earnedPoints
            redemptions(first: 5) {
              edges {
                cursor
              }
            }
          }
        }
      }
    `),
    {},
    await volunteerToken(city, 2),
  );
  expect(expectNoErrors(res).me).toEqual({
    displayName: '王*然',
    starLevel: 3,
    confirmedHours: 652,
    points: 6520,
    xinjin: { points: 6520, earnedPoints: 6520, redemptions: { edges: [] } },
  });
});

test('points are visible to the volunteer, the admins of their home district and city admins only', async () => {
  const q = graphql(`
    query XinjinPointsVolunteerPoints($id: ID!) {
      volunteer(id: $id) {
        xinjin {
          points
        }
      }
    }
  `);
  // 李思雨 (01) lives in Jinjiang: Xinjin's admin runs the mall but does not see a Jinjiang resident's points.
  const as = async (token?: string, id = VOLUNTEER(1)) =>
    expectNoErrors(await city.query(q, { id }, token)).volunteer!.xinjin;
  expect(await as()).toBeNull();
  expect(await as(await volunteerToken(city, 2))).toBeNull();
  expect(await as(await districtAdminToken(city, 'pidu'))).toBeNull();
  expect(await as(await admin())).toBeNull();
  expect(await as(await districtAdminToken(city, 'jinjiang'))).toEqual({ points: 1260 });
  expect(await as(await volunteerToken(city, 1))).toEqual({ points: 1260 });
  expect(await as(await city.token({ role: 'city_admin', sub: 'c' }))).toEqual({ points: 1260 });
  // 周可馨 (09) lives in Xinjin: Xinjin's admin sees her account, Jinjiang's does not.
  expect(await as(await admin(), VOLUNTEER(9))).toEqual({ points: expect.any(Number) });
  expect(await as(await districtAdminToken(city, 'jinjiang'), VOLUNTEER(9))).toBeNull();
});

test('a corrected record changes points by the difference only', async () => {
  const [record] = await sql<{ record_id: string; hours: number }>(
    city,
    'xinjin',
    'SELECT record_id, hours::float8 AS hours FROM record_hours WHERE volunteer_id = $1 ORDER BY record_id LIMIT 1',
    [VOLUNTEER(1)],
  );
  // The rest of the record as the projects subgraph announces it; points read record, volunteer and hours.
  const announced = {
    projectId: '40000000-0000-4000-8000-000000000001',
    organizationId: '10000000-0000-4000-8000-000000000001',
    districtCode: 'xinjin',
    servedOn: '2025-05-01',
  };
  await deliver(city, 'xinjin', 'service.confirmed', {
    ...announced,
    recordId: record.record_id,
    volunteerId: VOLUNTEER(1),
    hours: record.hours + 0.5,
  });
  expect(await myPoints(1)).toEqual({ points: 1265, earnedPoints: 1265 });
  await deliver(city, 'xinjin', 'service.confirmed', {
    ...announced,
    recordId: record.record_id,
    volunteerId: VOLUNTEER(1),
    hours: record.hours,
  });
  expect(await myPoints(1)).toEqual({ points: 1260, earnedPoints: 1260 });
});

describe('managing rewards', () => {
  test("only Xinjin's admin (or a city admin) lists, restocks and retires rewards; input is validated", async () => {
    expectError(await city.query(CREATE, { input: rewardInput() }), 'UNAUTHENTICATED');
    expectError(await city.query(CREATE, { input: rewardInput() }, await volunteerToken(city, 9)), 'FORBIDDEN');
    expectError(
      await city.query(CREATE, { input: rewardInput() }, await districtAdminToken(city, 'pidu')),
      'FORBIDDEN',
    );
    const token = await admin();
    for (const bad of [
      { title: '韭' },
      { pointsCost: 0 },
      { pointsCost: 100001 },
      { stock: -1 },
      { stock: 10001 },
      { merchantName: ' ' },
    ]) {
      expectError(await city.query(CREATE, { input: rewardInput(bad) }, token), 'BAD_USER_INPUT');
    }
    const reward = expectNoErrors(await city.query(CREATE, { input: rewardInput() }, token)).xinjinCreateReward;
    expect(reward).toMatchObject({
      title: '新津韭黄一箱',
      stock: 10,
      pointsCost: 100,
      status: 'ACTIVE',
      merchantAccount: 'xinjin-shop-cailanzi',
    });

    const restock = graphql(`
      mutation XinjinPointsMallRestock($id: ID!, $q: Int!) {
        xinjinRestockReward(rewardId: $id, quantity: $q) {
          stock
        }
      }
    `);
    expectError(await city.query(restock, { id: reward.id, q: 0 }, token), 'BAD_USER_INPUT');
    expectError(await city.query(restock, { id: reward.id, q: 5 }, await volunteerToken(city, 9)), 'FORBIDDEN');
    expectError(await city.query(restock, { id: '71000000-0000-4000-8000-0000000000ff', q: 5 }, token), 'NOT_FOUND');
    expect(expectNoErrors(await city.query(restock, { id: reward.id, q: 5 }, token)).xinjinRestockReward.stock).toBe(
      15,
    );

    const retire = graphql(`
      mutation XinjinPointsMallRetire($id: ID!) {
        xinjinRetireReward(rewardId: $id) {
          status
        }
      }
    `);
    expect(expectNoErrors(await city.query(retire, { id: reward.id }, token)).xinjinRetireReward.status).toBe(
      'RETIRED',
    );
    expectError(await city.query(REDEEM, { id: reward.id }, await volunteerToken(city, 1)), 'REWARD_RETIRED');
    // Retired rewards drop out of the public list; the admin still sees them when asking.
    const list = async (t?: string) =>
      expectNoErrors(
        await city.query(
          graphql(`
            query XinjinPointsMallXinjin2 {
              xinjin {
                rewards(first: 50, includeRetired: true) {
                  edges {
                    node {
                      id
                      merchantAccount
                    }
                  }
                }
              }
            }
          `),
          {},
          t,
        ),
      ).xinjin.rewards.edges.map((e) => e.node);
    expect((await list()).map((r) => r.id)).not.toContain(reward.id);
    expect((await list()).every((r) => r.merchantAccount === null)).toBe(true);
    expect((await list(token)).map((r) => r.id)).toContain(reward.id);
  });

  test('anyone pages through the rewards in Chinese, newest first', async () => {
    const first = expectNoErrors(
      await city.query(
        graphql(`
          query XinjinPointsMallXinjin3 {
            xinjin {
              rewards(first: 3) {
                edges {
                  node {
                    title
                    merchantName
                    pointsCost
                  }
                }
                pageInfo {
                  hasNextPage
                  endCursor
                }
              }
            }
          }
        `),
      ),
    );
    const rest = expectNoErrors(
      await city.query(
        graphql(`
          query XinjinPointsMallXinjin4($a: String) {
            xinjin {
              rewards(first: 3, after: $a) {
                edges {
                  node {
                    title
                  }
                }
                pageInfo {
                  hasNextPage
                }
              }
            }
          }
        `),
        { a: first.xinjin.rewards.pageInfo.endCursor },
      ),
    );
    const titles = [...first.xinjin.rewards.edges, ...rest.xinjin.rewards.edges].map((e) => e.node.title);
    expect(titles).toEqual(['志愿者纪念水杯', '梨花溪农家午餐', '天府农博园门票', '电影票', '新津特产礼盒']);
    expect(rest.xinjin.rewards.pageInfo.hasNextPage).toBe(false);
    expectError(
      await city.query(
        graphql(`
          query XinjinPointsMallXinjin5 {
            xinjin {
              rewards(first: 0) {
                edges {
                  cursor
                }
              }
            }
          }
        `),
      ),
      'BAD_USER_INPUT',
    );
    expectError(
      await city.query(
        graphql(`
          query XinjinPointsMallXinjin6 {
            xinjin {
              rewards(first: 5, after: "garbage") {
                edges {
                  cursor
                }
              }
            }
          }
        `),
      ),
      'BAD_USER_INPUT',
    );
  });
});

describe('redeeming', () => {
  test('100 concurrent redemptions of a reward with stock 10 give exactly 10, each paid once', async () => {
    const reward = expectNoErrors(
      await city.query(
        CREATE,
        { input: rewardInput({ title: '电影票（限量）', pointsCost: 100, stock: 10 }) },
        await admin(),
      ),
    ).xinjinCreateReward;
    const token = await volunteerToken(city, 4);
    const results = await Promise.all(Array.from({ length: 100 }, () => city.query(REDEEM, { id: reward.id }, token)));
    expect(outcomes(results)).toEqual({ OK: 10, OUT_OF_STOCK: 90 });
    const codes = new Set(results.filter((r) => !r.errors).map((r) => r.data!.xinjinRedeemReward.code));
    expect(codes.size).toBe(10);
    expect(await myPoints(4)).toEqual({ points: 15120 - 1000, earnedPoints: 15120 });
    const [row] = await sql(city, 'xinjin', 'SELECT stock, redeemed_count FROM reward WHERE id = $1', [reward.id]);
    expect(row).toEqual({ stock: 0, redeemed_count: 10 });
    await expectBooksBalanced();
  });

  test('100 concurrent redemptions never spend twice: 1,260 points buy exactly four 300-point tickets', async () => {
    const token = await volunteerToken(city, 1);
    const before = (
      await sql<{ stock: number }>(city, 'xinjin', 'SELECT stock FROM reward WHERE id = $1', [CINEMA])
    )[0]!.stock;
    const results = await Promise.all(Array.from({ length: 100 }, () => city.query(REDEEM, { id: CINEMA }, token)));
    expect(outcomes(results)).toEqual({ OK: 4, INSUFFICIENT_POINTS: 96 });
    expect((await myPoints(1))!.points).toBe(60);
    // A refused redemption gave its item back: the stock fell by exactly the four sold.
    expect((await sql(city, 'xinjin', 'SELECT stock FROM reward WHERE id = $1', [CINEMA]))[0].stock).toBe(before - 4);
    await expectBooksBalanced();
    const mine = expectNoErrors(
      await city.query(
        graphql(`
          query XinjinPointsMallMe2 {
            me {
              xinjin {
                redemptions(first: 3) {
                  edges {
                    node {
                      code
                      points
                      status
                      reward {
                        title
                      }
                    }
                  }
                  pageInfo {
                    hasNextPage
                    endCursor
                  }
                }
              }
            }
          }
        `),
        {},
        token,
      ),
    );
    expect(mine.me!.xinjin!.redemptions.edges).toHaveLength(3);
    expect(mine.me!.xinjin!.redemptions.edges[0].node).toMatchObject({
      points: 300,
      status: 'ISSUED',
      reward: { title: '电影票' },
    });
    const next = expectNoErrors(
      await city.query(
        graphql(`
          query XinjinPointsMallMe3($a: String) {
            me {
              xinjin {
                redemptions(first: 3, after: $a) {
                  edges {
                    node {
                      code
                    }
                  }
                  pageInfo {
                    hasNextPage
                  }
                }
              }
            }
          }
        `),
        { a: mine.me!.xinjin!.redemptions.pageInfo.endCursor },
        token,
      ),
    );
    expect(next.me!.xinjin!.redemptions.edges).toHaveLength(1);
    expect(next.me!.xinjin!.redemptions.pageInfo.hasNextPage).toBe(false);
  });

  test('only registered volunteers redeem; bad ids are refused clearly', async () => {
    expectError(await city.query(REDEEM, { id: GIFT_BOX }), 'UNAUTHENTICATED');
    expectError(await city.query(REDEEM, { id: GIFT_BOX }, await admin()), 'FORBIDDEN');
    expectError(
      await city.query(REDEEM, { id: GIFT_BOX }, await city.token({ role: 'volunteer', sub: 'not-registered' })),
      'NOT_REGISTERED',
    );
    expectError(await city.query(REDEEM, { id: 'abc' }, await volunteerToken(city, 9)), 'BAD_USER_INPUT');
    expectError(
      await city.query(REDEEM, { id: '71000000-0000-4000-8000-0000000000ff' }, await volunteerToken(city, 9)),
      'NOT_FOUND',
    );
    expectError(await city.query(REDEEM, { id: GIFT_BOX }, await volunteerToken(city, 9)), 'INSUFFICIENT_POINTS');
  });
});

describe('the shop', () => {
  test("the reward's merchant checks a code and marks it used once; other shops and volunteers cannot", async () => {
    const redemption = expectNoErrors(
      await city.query(REDEEM, { id: GIFT_BOX }, await volunteerToken(city, 2)),
    ).xinjinRedeemReward;
    expect(redemption).toMatchObject({
      points: 800,
      status: 'ISSUED',
      reward: { title: '新津特产礼盒' },
      volunteer: { id: VOLUNTEER(2) },
    });
    const check = graphql(`
      query XinjinPointsMallCheck($code: String!) {
        xinjin {
          checkRedemption(code: $code) {
            status
            points
            reward {
              title
            }
            volunteer {
              displayName
            }
          }
        }
      }
    `);
    const own = await shop('xinjin-shop-xiangweifang');
    expect(
      expectNoErrors(await city.query(check, { code: redemption.code.toLowerCase() }, own)).xinjin.checkRedemption,
    ).toEqual({
      status: 'ISSUED',
      points: 800,
      reward: { title: '新津特产礼盒' },
      volunteer: { displayName: '王*然' },
    });
    expect(expectNoErrors(await city.query(check, { code: 'XJAAAAAAAA' }, own)).xinjin.checkRedemption).toBeNull();
    expectError(
      await city.query(check, { code: redemption.code }, await shop('xinjin-shop-xinghe-cinema')),
      'FORBIDDEN',
    );
    expectError(await city.query(check, { code: redemption.code }), 'UNAUTHENTICATED');

    expectError(await city.query(USE, { code: redemption.code }, await shop('xinjin-shop-xinghe-cinema')), 'FORBIDDEN');
    expectError(await city.query(USE, { code: redemption.code }, await volunteerToken(city, 2)), 'FORBIDDEN');
    expectError(await city.query(USE, { code: 'hello' }, own), 'BAD_USER_INPUT');
    expectError(await city.query(USE, { code: 'XJAAAAAAAA' }, own), 'NOT_FOUND');
    // Two clerks scanning the same code at once: one accepts it, the other is told it is used.
    const twice = await Promise.all([
      city.query(USE, { code: redemption.code }, own),
      city.query(USE, { code: redemption.code }, await admin()),
    ]);
    expect(outcomes(twice)).toEqual({ OK: 1, CONFLICT: 1 });
    expectError(await city.query(USE, { code: redemption.code }, own), 'CONFLICT');
    expect(expectNoErrors(await city.query(check, { code: redemption.code }, own)).xinjin.checkRedemption!.status).toBe(
      'USED',
    );
  });
});

test('redemptions under many volunteers load in a constant number of statements', async () => {
  const q = graphql(`
    query XinjinPointsManyVolunteers {
      volunteers(first: 16) {
        edges {
          node {
            displayName
            points
            xinjin {
              points
              earnedPoints
              redemptions(first: 2) {
                edges {
                  node {
                    code
                    reward {
                      title
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  `);
  let res: GqlResult<ResultOf<typeof q>> | undefined;
  const counts = await countStatements(city, async () => {
    res = await city.query(q, {}, await city.token({ role: 'city_admin', sub: 'c' }));
  });
  expect(expectNoErrors(res!).volunteers.edges).toHaveLength(16);
  // accounts, redemptions, rewards: one statement each; plus the access log's one INSERT for the request, whatever
  // the number of volunteers read (issue 11.3).
  console.log('xinjin SQL statements for 16 volunteers with nested district fields:', counts.xinjin);
  expect(counts.xinjin).toBeLessThanOrEqual(4);
});

test('demo rewards seed idempotently: a restart keeps the stock as redemptions left it', async () => {
  const stock = async () => sql(city, 'xinjin', 'SELECT id, stock, redeemed_count FROM reward ORDER BY id');
  const before = await stock();
  await xinjin.seed!(city.subgraphs.get('xinjin')!.db);
  expect(await stock()).toEqual(before);
});
