import { countStatements, expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { idNumberFor } from '../volunteers/roles';
import { districtAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import type { WuhouPostNeedInput } from '../testkit/generated/graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';

/** Wuhou's community needs board (社区需求墙): residents post, a nearby volunteer takes, honor hours follow. */
let city: City;
let resident: string;
let admin: string;
const WUHOU_VOLUNTEER = '20000000-0000-4000-8000-000000000011';
beforeAll(async () => {
  city = await startCity();
  resident = await city.token({ role: 'volunteer', sub: 'resident-wang' });
  admin = await districtAdminToken(city, 'wuhou');
});
afterAll(() => city?.stop());

// What every operation below reads of a need, as a fragment so they all ask alike.
graphql(`
  fragment WuhouNeedFields on WuhouNeed {
    id
    title
    status
    street
    urgency
    postedByMe
    contact {
      phone
      addressDetail
    }
    taker {
      id
      displayName
    }
    honorHours
    hidden
    hiddenReason
  }
`);
const POST = graphql(`
  mutation WuhouPost($input: WuhouPostNeedInput!) {
    wuhouPostNeed(input: $input) {
      ...WuhouNeedFields
    }
  }
`);
const TAKE = graphql(`
  mutation WuhouTake($id: ID!) {
    wuhouTakeNeed(id: $id) {
      ...WuhouNeedFields
    }
  }
`);
const DONE = graphql(`
  mutation WuhouDone($id: ID!, $hours: Float) {
    wuhouConfirmNeedDone(id: $id, hours: $hours) {
      ...WuhouNeedFields
    }
  }
`);
const CANCEL = graphql(`
  mutation WuhouCancel($id: ID!) {
    wuhouCancelNeed(id: $id) {
      ...WuhouNeedFields
    }
  }
`);
const MODERATE = graphql(`
  mutation WuhouModerate($id: ID!, $hidden: Boolean!, $reason: String) {
    wuhouModerateNeed(id: $id, hidden: $hidden, reason: $reason) {
      ...WuhouNeedFields
    }
  }
`);
const NEED = graphql(`
  query WuhouNeed($id: ID!) {
    wuhou {
      need(id: $id) {
        ...WuhouNeedFields
      }
    }
  }
`);
const BOARD = graphql(`
  query B($first: Int, $after: String, $street: String) {
    wuhou {
      needs(first: $first, after: $after, street: $street) {
        edges {
          node {
            id
            title
            neededAt
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);
const HONOR = graphql(`
  query H($id: ID!) {
    volunteer(id: $id) {
      displayName
      confirmedHours
      points
      wuhou {
        honorHours
        completedNeedCount
      }
    }
  }
`);

// Named, so the paging loops below can type `page` while `after` is inferred from it.
type BoardPage = ResultOf<typeof BOARD>['wuhou']['needs'];

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const input = (over: Partial<WuhouPostNeedInput> = {}): WuhouPostNeedInput => ({
  title: '陪张爷爷去社区医院量血压',
  details: '老人行动慢，需要搀扶，往返约一小时。',
  street: '玉林街道',
  community: '玉林东路社区',
  neededAt: inHours(30),
  estimatedHours: 1.5,
  urgency: 'NORMAL',
  phone: '138 0000 1111',
  addressDetail: '玉林东路5号2栋1单元402',
  ...over,
});
const post = async (token = resident, over: Partial<WuhouPostNeedInput> = {}) =>
  expectNoErrors(await city.query(POST, { input: input(over) }, token)).wuhouPostNeed;
const onBoard = async (id: string) => {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const page: BoardPage = expectNoErrors(await city.query(BOARD, { first: 100, after })).wuhou.needs;
    ids.push(...page.edges.map((e) => e.node.id));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return ids.includes(id);
};

test('one gateway query mixes core volunteer and district fields with the Wuhou board and honor hours', async () => {
  const res = expectNoErrors(
    await city.query(
      graphql(`
        query WuhouQ($id: ID!) {
          district(code: "wuhou") {
            name
            projectCount
            wuhou {
              title
              features
            }
          }
          volunteer(id: $id) {
            displayName
            starLevel
            confirmedHours
            wuhou {
              honorHours
              completedNeedCount
            }
          }
          wuhou {
            streets
            needs(first: 10) {
              edges {
                node {
                  title
                  street
                  community
                  urgency
                  neededAt
                  contact {
                    phone
                  }
                  taker {
                    displayName
                  }
                }
              }
            }
          }
        }
      `),
      { id: WUHOU_VOLUNTEER },
    ),
  );
  expect(res.district).toMatchObject({
    name: expect.stringContaining('武侯'),
    wuhou: { title: '青聚武侯', features: ['社区需求墙', '荣誉时长'] },
  });
  expect(res.volunteer!.wuhou).toEqual({ honorHours: 1.5, completedNeedCount: 1 });
  expect(res.volunteer).toMatchObject({
    displayName: expect.any(String),
    starLevel: expect.any(Number),
    confirmedHours: expect.any(Number),
  });
  const needs = res.wuhou.needs.edges.map((e) => e.node);
  expect(needs.map((n) => n.title)).toContain('陪独居老人去华西医院复诊');
  // Anonymous visitors see what is needed, never whom to call or which door.
  for (const n of needs) expect(n.contact).toBeNull();
  expect(res.wuhou.streets).toContain('玉林街道');
});

test('posting validates every field and needs a signed-in resident', async () => {
  expectError(await city.query(POST, { input: input() }), 'UNAUTHENTICATED');
  expectError(
    await city.query(
      POST,
      { input: input() },
      await city.token({ role: 'org_admin', sub: 'o', org: '10000000-0000-4000-8000-000000000004' }),
    ),
    'FORBIDDEN',
  );
  const cases: [Partial<WuhouPostNeedInput>, string][] = [
    [{ title: '帮' }, 'title'],
    [{ street: '春熙路街道' }, 'street'],
    [{ community: '' }, 'community'],
    [{ neededAt: '明天上午' }, 'neededAt'],
    [{ neededAt: inHours(30).slice(0, 19) }, 'neededAt'], // no time zone
    [{ neededAt: inHours(-2) }, 'neededAt'],
    [{ neededAt: inHours(24 * 31) }, 'neededAt'],
    [{ estimatedHours: 0 }, 'estimatedHours'],
    [{ estimatedHours: 1.2 }, 'estimatedHours'],
    [{ estimatedHours: 9 }, 'estimatedHours'],
    [{ phone: '12345' }, 'phone'],
    [{ addressDetail: 'x'.repeat(81) }, 'addressDetail'],
  ];
  for (const [over, field] of cases) {
    const err = expectError(await city.query(POST, { input: input(over) }, resident), 'BAD_USER_INPUT');
    expect(err.extensions?.field).toBe(field);
  }
  const need = await post();
  expect(need).toMatchObject({ status: 'OPEN', postedByMe: true, contact: { phone: '13800001111' }, taker: null });
  expect(await onBoard(need.id)).toBe(true);
});

test('a Wuhou volunteer takes a need, sees the contact; the resident confirms separate honor hours', async () => {
  const need = await post();
  const taker = await city.token({ role: 'volunteer', sub: 'demo-volunteer-11' });
  const other = await city.token({ role: 'volunteer', sub: 'demo-volunteer-04' });
  expectError(await city.query(TAKE, { id: need.id }), 'UNAUTHENTICATED');
  expectError(
    await city.query(TAKE, { id: need.id }, await city.token({ role: 'volunteer', sub: 'not-registered' })),
    'NOT_REGISTERED',
  );
  expect(
    expectError(
      await city.query(TAKE, { id: need.id }, await city.token({ role: 'volunteer', sub: 'demo-volunteer-01' })),
      'NOT_NEARBY',
    ).message,
  ).toMatch(/Wuhou/);
  expectError(await city.query(TAKE, { id: 'b1070000-0000-4000-8000-0000000000ff' }, taker), 'NOT_FOUND');
  expectError(await city.query(DONE, { id: need.id }, resident), 'NEED_NOT_TAKEN');

  const before = expectNoErrors(await city.query(HONOR, { id: WUHOU_VOLUNTEER })).volunteer;
  const taken = expectNoErrors(await city.query(TAKE, { id: need.id }, taker)).wuhouTakeNeed;
  expect(taken).toMatchObject({
    status: 'TAKEN',
    postedByMe: false,
    taker: { id: WUHOU_VOLUNTEER },
    contact: { phone: '13800001111', addressDetail: '玉林东路5号2栋1单元402' },
  });
  expect(await onBoard(need.id)).toBe(false);
  // Nobody else sees the phone or the door: not another volunteer, not the district admin, not anonymous.
  for (const token of [other, admin, undefined])
    expect(expectNoErrors(await city.query(NEED, { id: need.id }, token)).wuhou.need!.contact).toBeNull();
  expect(expectNoErrors(await city.query(NEED, { id: need.id }, resident)).wuhou.need!.contact!.phone).toBe(
    '13800001111',
  );

  expectError(await city.query(TAKE, { id: need.id }, other), 'NEED_ALREADY_TAKEN');
  expectError(await city.query(CANCEL, { id: need.id }, resident), 'NEED_ALREADY_TAKEN');
  expectError(await city.query(DONE, { id: need.id }, taker), 'NOT_FOUND');
  expectError(await city.query(DONE, { id: need.id, hours: 0.2 }, resident), 'BAD_USER_INPUT');

  const done = expectNoErrors(await city.query(DONE, { id: need.id, hours: 2 }, resident)).wuhouConfirmNeedDone;
  expect(done).toMatchObject({ status: 'DONE', honorHours: 2 });
  expectError(await city.query(DONE, { id: need.id }, resident), 'NEED_DONE');
  const after = expectNoErrors(await city.query(HONOR, { id: WUHOU_VOLUNTEER })).volunteer;
  expect(after!.wuhou).toEqual({
    honorHours: before!.wuhou.honorHours + 2,
    completedNeedCount: before!.wuhou.completedNeedCount + 1,
  });
  // Honor hours are not credit hours: confirmed hours and points do not move.
  expect(after!.confirmedHours).toBe(before!.confirmedHours);
  expect(after!.points).toBe(before!.points);

  const mine = expectNoErrors(
    await city.query(
      graphql(`
        query WuhouWuhou {
          wuhou {
            myTakenNeeds(first: 5) {
              edges {
                node {
                  id
                  status
                }
              }
            }
          }
        }
      `),
      {},
      taker,
    ),
  ).wuhou.myTakenNeeds.edges;
  expect(mine[0].node).toEqual({ id: need.id, status: 'DONE' });
});

test('the resident may cancel an untaken need, nobody else can', async () => {
  const need = await post();
  expectError(
    await city.query(CANCEL, { id: need.id }, await city.token({ role: 'volunteer', sub: 'resident-li' })),
    'NOT_FOUND',
  );
  expect(expectNoErrors(await city.query(CANCEL, { id: need.id }, resident)).wuhouCancelNeed.status).toBe('CANCELLED');
  expect(await onBoard(need.id)).toBe(false);
  expectError(
    await city.query(TAKE, { id: need.id }, await city.token({ role: 'volunteer', sub: 'demo-volunteer-11' })),
    'NEED_CANCELLED',
  );
  expectError(await city.query(CANCEL, { id: need.id }, resident), 'NEED_CANCELLED');
  // A resident cannot take their own need.
  const own = await post(await city.token({ role: 'volunteer', sub: 'demo-volunteer-04' }));
  expectError(
    await city.query(TAKE, { id: own.id }, await city.token({ role: 'volunteer', sub: 'demo-volunteer-04' })),
    'FORBIDDEN',
  );
});

test('only Wuhou district admins moderate: a hidden need leaves the board and cannot be taken', async () => {
  const need = await post();
  expectError(
    await city.query(
      MODERATE,
      { id: need.id, hidden: true, reason: '含广告信息' },
      await districtAdminToken(city, 'pidu'),
    ),
    'FORBIDDEN',
  );
  expectError(await city.query(MODERATE, { id: need.id, hidden: true, reason: '含广告信息' }, resident), 'FORBIDDEN');
  expectError(await city.query(MODERATE, { id: need.id, hidden: true }, admin), 'BAD_USER_INPUT');
  const hidden = expectNoErrors(
    await city.query(MODERATE, { id: need.id, hidden: true, reason: '含广告信息，请修改后重新发布' }, admin),
  ).wuhouModerateNeed;
  expect(hidden).toMatchObject({ hidden: true, hiddenReason: '含广告信息，请修改后重新发布', contact: null });
  expect(await onBoard(need.id)).toBe(false);
  expect(expectNoErrors(await city.query(NEED, { id: need.id })).wuhou.need).toBeNull();
  expect(expectNoErrors(await city.query(NEED, { id: need.id }, resident)).wuhou.need!.hiddenReason).toBe(
    '含广告信息，请修改后重新发布',
  );
  expectError(
    await city.query(TAKE, { id: need.id }, await city.token({ role: 'volunteer', sub: 'demo-volunteer-11' })),
    'NEED_HIDDEN',
  );

  const ADMIN_BOARD = graphql(`
    query WuhouAdminBoard {
      wuhou {
        needs(includeHidden: true, first: 100) {
          edges {
            node {
              id
              hidden
            }
          }
        }
      }
    }
  `);
  expectError(await city.query(ADMIN_BOARD, {}, resident), 'FORBIDDEN');
  expect(expectNoErrors(await city.query(ADMIN_BOARD, {}, admin)).wuhou.needs.edges.map((e) => e.node.id)).toContain(
    need.id,
  );

  expectNoErrors(await city.query(MODERATE, { id: need.id, hidden: false }, admin));
  expect(await onBoard(need.id)).toBe(true);
});

test('the board and honor hours are paginated and batched', async () => {
  const poster = await city.token({ role: 'volunteer', sub: 'resident-zhao' });
  for (let i = 0; i < 5; i++)
    await post(poster, { title: `帮忙取快递 ${i + 1}`, street: '簇桥街道', neededAt: inHours(40 + i) });
  const titles: string[] = [];
  let after: string | null = null;
  do {
    const page: BoardPage = expectNoErrors(await city.query(BOARD, { first: 2, after, street: '簇桥街道' })).wuhou
      .needs;
    titles.push(...page.edges.map((e) => e.node.title));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  expect(titles).toEqual([1, 2, 3, 4, 5].map((i) => `帮忙取快递 ${i}`));
  expectError(await city.query(BOARD, { first: 101 }), 'BAD_USER_INPUT');
  expectError(await city.query(NEED, { id: 'need-1' }), 'BAD_USER_INPUT');
  expect(expectNoErrors(await city.query(NEED, { id: 'b1070000-0000-4000-8000-0000000000ff' })).wuhou.need).toBeNull();
  expectError(await city.query(BOARD, { first: 2, after: 'xyz' }), 'BAD_USER_INPUT');
  expect(
    expectNoErrors(
      await city.query(
        graphql(`
          query WuhouWuhou2 {
            wuhou {
              myNeeds(first: 3) {
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
        {},
        poster,
      ),
    ).wuhou.myNeeds,
  ).toMatchObject({ edges: [{ node: { title: '帮忙取快递 5' } }, {}, {}], pageInfo: { hasNextPage: true } });

  const cityAdmin = await city.token({ role: 'city_admin', sub: 'c' });
  const LIST = graphql(`
    query V($first: Int) {
      volunteers(first: $first) {
        edges {
          node {
            displayName
            wuhou {
              honorHours
            }
          }
        }
      }
    }
  `);
  const small = await countStatements(city, () => city.query(LIST, { first: 2 }, cityAdmin));
  const large = await countStatements(city, () => city.query(LIST, { first: 16 }, cityAdmin));
  expect(large.wuhou).toBe(small.wuhou);
});

test('50 Wuhou volunteers take one need at once: exactly one gets it, the others are told it is taken', async () => {
  const tokens: string[] = [];
  for (let i = 0; i < 50; i++) {
    const token = await city.token({ role: 'volunteer', sub: `wuhou-neighbour-${i}` });
    const birthDate = `199${i % 10}-0${(i % 9) + 1}-1${i % 10}`;
    expectNoErrors(
      await city.query(
        graphql(`
          mutation WuhouR($input: RegisterVolunteerInput!) {
            registerVolunteer(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            realName: `武侯邻居${i}`,
            sex: i % 2 ? 'MALE' : 'FEMALE',
            birthDate,
            idNumber: idNumberFor(birthDate, i % 2 ? 'MALE' : 'FEMALE', 100 + i),
            districtCode: 'wuhou',
            phone: `139${String(10000000 + i)}`,
            serviceCategories: ['community'],
            consent: { personalData: true },
          },
        },
        token,
      ),
    );
    tokens.push(token);
  }
  await city.settleEvents();
  const need = await post();
  const results = await Promise.all(tokens.map((t) => city.query(TAKE, { id: need.id }, t)));
  const winners = results.filter((r) => !r.errors?.length);
  expect(winners).toHaveLength(1);
  const codes = results.filter((r) => r.errors?.length).map((r) => r.errors![0].extensions?.code);
  expect(codes).toEqual(Array(49).fill('NEED_ALREADY_TAKEN'));
  const final = expectNoErrors(await city.query(NEED, { id: need.id }, resident)).wuhou.need;
  expect(final!.taker!.id).toBe(winners[0]!.data!.wuhouTakeNeed.taker!.id);
});
