import { demoDay } from '../../subgraphs/kit/city/demo-days';
import { MAX_PAGE_SIZE } from '../../subgraphs/kit/runtime/connection';
import { searchSql } from '../../subgraphs/projects/data/search.repository';
import { countStatements, expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { dayFromNow, fillCitySized, projectInput, publishedProject, volunteers } from './helpers';
import { DEMO_PROJECT, ORG } from '../testkit/fixtures';
import { orgAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import type { FindingNearQuery, FindingSearchQuery } from '../testkit/generated/graphql';

let city: City;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.stop());

const SEARCH = graphql(`
  query FindingSearch($f: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {
    projects(filter: $f, sort: $sort, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          title
          startsOn
          district {
            code
          }
          organization {
            name
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
/** A row of EXPLAIN's text output. */
type QueryPlanRow = { 'QUERY PLAN': string };

const titles = async (f: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  expectNoErrors(await city.query(SEARCH, { f, first: 100, ...extra })).projects.edges.map((e) => e.node.title);

test('filters by districts, category, subcategory and dates', async () => {
  const pidu = await titles({ districts: ['pidu'] });
  expect(pidu).toEqual(['郫都区团结街道垃圾分类宣传', '郫都区社区“同心战疫”健康宣传']);
  expect(await titles({ districts: ['pidu', 'xinjin'] })).toHaveLength(3);
  // Earliest start first: the demo programmes started one after another over the last two years.
  expect(await titles({ categoryCode: 'elderly' })).toEqual([
    '荷花池社区独居老人关爱探访',
    '玉林街道“青暖夕阳”助老智能手机课堂',
    '社保大厅老年人业务办理帮办',
  ]);
  expect(await titles({ subcategoryCode: 'travel.spring-festival' })).toEqual(['成都东站春运“情满旅途”旅客引导']);
  // Periods overlapping 19-20 December 2026 and the week after, as the demo was seeded (kit/demo-days).
  const mid = await titles({
    from: demoDay('2026-12-19'),
    to: demoDay('2026-12-20'),
    districts: ['longquanyi', 'xinjin'],
  });
  expect(mid.sort()).toEqual(
    ['新津花源社区邻里节活动保障', '青少年宫“五彩梦想”周末课业辅导', '龙泉驿区桃花故里环境清洁行动'].sort(),
  );
  expect(
    await titles({ from: demoDay('2026-12-21'), to: demoDay('2026-12-27'), districts: ['longquanyi', 'xinjin'] }),
  ).toEqual(['青少年宫“五彩梦想”周末课业辅导']);
});

test('keyword search covers Chinese titles, descriptions and organization names, 1, 2 and 3+ characters', async () => {
  expect(await titles({ keyword: '献血' })).toEqual(['锦江区冬季献血点引导服务']);
  expect(await titles({ keyword: '垃圾分类' })).toEqual(['郫都区团结街道垃圾分类宣传']);
  // In a description only: 「绘本共读」 appears in the library project's description.
  expect(await titles({ keyword: '绘本共读' })).toEqual(['成都图书馆周末图书整理与阅读推广']);
  // Organization name (from the replica of organization standings): 四川大学青年志愿者协会 publishes 川大“蓉译”.
  expect(await titles({ keyword: '四川大学' })).toEqual(['川大“蓉译”外语导览志愿服务']);
  expect(await titles({ keyword: '川大' })).toEqual(['川大“蓉译”外语导览志愿服务']);
  expect(await titles({ keyword: '熊' })).toEqual([]);
  expect(await titles({ keyword: 'ZZZ不存在的词' })).toEqual([]);
  // LIKE wildcards are taken literally.
  expect(await titles({ keyword: '%' })).toEqual([]);
});

test('filters by free places and by the skills a volunteer has; sorts by start or newest', async () => {
  const p = await publishedProject(city, ORG(12), {
    title: '国际马拉松外语翻译志愿者招募',
    skills: ['英语'],
    categoryCode: 'events',
    subcategoryCode: 'events.translation',
  });
  const withEnglish = await titles({ skills: ['英语'], categoryCode: 'events' });
  expect(withEnglish).toEqual(expect.arrayContaining(['国际马拉松外语翻译志愿者招募', '川大“蓉译”外语导览志愿服务']));
  expect(await titles({ skills: [], categoryCode: 'events' })).toEqual([]);
  const newest = expectNoErrors(await city.query(SEARCH, { sort: 'NEWEST', first: 1 })).projects.edges[0].node;
  expect(newest.id).toBe(p.id);
  expect(await titles({ hasFreePlaces: true, keyword: '马拉松' })).toEqual(['国际马拉松外语翻译志愿者招募']);
  expect(await titles({ hasFreePlaces: false, keyword: '马拉松' })).toEqual([]);
});

test('pages follow the cursor without gaps or repeats, in both sort orders, with a hard maximum', async () => {
  for (const sort of ['START_TIME', 'NEWEST'] as const) {
    const all = (await titles({}, { sort })) as string[];
    const seen: string[] = [];
    let after: string | null = null;
    do {
      // Typed by hand: `after` is assigned from the page, so inferring the page's type would be circular.
      const page: FindingSearchQuery['projects'] = expectNoErrors(
        await city.query(SEARCH, { first: 5, after, sort }),
      ).projects;
      seen.push(...page.edges.map((e) => e.node.title));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all);
  }
  expectError(await city.query(SEARCH, { first: MAX_PAGE_SIZE + 1 }), 'BAD_USER_INPUT');
  expectError(await city.query(SEARCH, { first: 0 }), 'BAD_USER_INPUT');
  expectError(await city.query(SEARCH, { after: 'not-a-cursor' }), 'BAD_USER_INPUT');
});

test('bad filters are refused with the field named', async () => {
  const bad: [Record<string, unknown>, RegExp][] = [
    [{ districts: ['beijing'] }, /districts/],
    [{ from: '2026-13-01' }, /from/],
    [{ from: '2026-12-10', to: '2026-12-01' }, /to must be on or after/],
    [{ keyword: '长'.repeat(51) }, /keyword/],
    [{ keyword: '一 二 三 四 五 六' }, /at most 5 words/],
    [{ near: { latitude: 91, longitude: 104, radiusKm: 5 } }, /near\.latitude/],
    [{ near: { latitude: 30.66, longitude: -180.5, radiusKm: 5 } }, /near\.longitude/],
    [{ near: { latitude: 30.66, longitude: 104.07, radiusKm: 0 } }, /radiusKm/],
    [{ near: { latitude: 30.66, longitude: 104.07, radiusKm: 101 } }, /radiusKm/],
    [{ status: 'DRAFT' }, /Drafts/],
  ];
  for (const [f, message] of bad)
    expect(expectError(await city.query(SEARCH, { f }), 'BAD_USER_INPUT').message).toMatch(message);
  expect(expectError(await city.query(SEARCH, { sort: 'DISTANCE' }), 'BAD_USER_INPUT').message).toMatch(
    /DISTANCE needs filter\.near/,
  );
});

test('drafts are never listed', async () => {
  const token = await orgAdminToken(city, ORG(1));
  expectNoErrors(
    await city.query(
      graphql(`
        mutation FindingCreateProject($i: ProjectInput!) {
          createProject(input: $i) {
            id
          }
        }
      `),
      { i: projectInput({ title: '草稿里的秘密项目' }) },
      token,
    ),
  );
  expect(await titles({ keyword: '秘密项目' })).toEqual([]);
});

test('trigrams work for Chinese in this database locale; search uses the indexes on a city-sized table', async () => {
  const { db } = city.subgraphs.get('projects')!;
  const [{ grams }] = await db.query("SELECT array_length(public.show_trgm('志愿服务'), 1) AS grams");
  expect(grams).toBeGreaterThan(0); // under the C locale pg_trgm would drop CJK characters and return nothing
  const runner = db.createQueryRunner();
  await runner.startTransaction();
  try {
    await fillCitySized(runner);
    const plan = async (keyword: string) => {
      const { sql, params } = searchSql({ status: 'PUBLISHED', keywords: [keyword] }, 'START_TIME', 21, null);
      const rows = await runner.query(`EXPLAIN ${sql}`, params);
      return (rows as QueryPlanRow[]).map((r) => r['QUERY PLAN']).join('\n');
    };
    const two = await plan('献血');
    expect(two).toMatch(/Bitmap Index Scan on project_grams_idx/);
    // Organizations' grams are stored too: however the planner reads those 2,000 rows, it computes no grams.
    expect(two).not.toMatch(/short_grams/);
    expect(two).not.toMatch(/Seq Scan on project/);
    const near = searchSql(
      { status: 'PUBLISHED', near: { latitude: 30.6574, longitude: 104.066, radiusKm: 2 } },
      'DISTANCE',
      21,
      null,
    );
    const nearPlan = ((await runner.query(`EXPLAIN ${near.sql}`, near.params)) as QueryPlanRow[])
      .map((r) => r['QUERY PLAN'])
      .join('\n');
    expect(nearPlan).toMatch(/Index Scan on project_point_idx/);
    expect(nearPlan).not.toMatch(/Seq Scan on project/);
    const four = await plan('助老服务4711');
    expect(four).toMatch(/Bitmap Index Scan on project_search_trgm_idx/);
    expect(four).not.toMatch(/Seq Scan on project/);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
});

test('listing 100 projects with organization, shifts and free places costs the same SQL as listing 2', async () => {
  // 90 more published projects, each with a shift, so a page of 100 exists.
  const { db } = city.subgraphs.get('projects')!;
  await db.query(
    `WITH p AS (
      INSERT INTO project (title, status, organization_id, district_code, starts_on, ends_on, share_code)
      SELECT '批量项目' || i, 'PUBLISHED',
             ('10000000-0000-4000-8000-0000000000' || lpad((1 + i % 13)::text, 2, '0'))::uuid, 'tianfu',
             $1::date + i % 20, $1::date + i % 20, 'bulk' || i
        FROM generate_series(1, 90) i RETURNING id, starts_on)
    INSERT INTO shift (project_id, starts_at, ends_at, capacity, checkin_code)
    SELECT id, starts_on + time '09:00', starts_on + time '11:00', 10, '123456' FROM p`,
    [dayFromNow(30)],
  );
  const list = (n: number) => () =>
    city
      .query(
        graphql(`
          query FindingList($first: Int) {
            projects(first: $first) {
              edges {
                node {
                  title
                  freePlaces
                  organization {
                    name
                    verified
                  }
                  shifts {
                    date
                    startTime
                    freePlaces
                  }
                  district {
                    name
                  }
                }
              }
            }
          }
        `),
        { first: n },
      )
      .then(expectNoErrors);
  const data = await list(100)();
  expect(data.projects.edges).toHaveLength(100);
  const small = await countStatements(city, list(2));
  const large = await countStatements(city, list(100));
  expect(large).toEqual(small);
  expect(large.projects).toBeLessThanOrEqual(3);
  expect(large.organizations).toBeLessThanOrEqual(2);
});

test('a keyword matches category and subcategory names, shortened too', async () => {
  // 环保 is in no title or description: 龙泉驿 桃花故里's project is in the category 环境保护.
  expect(await titles({ keyword: '环保' })).toEqual(['龙泉驿区桃花故里环境清洁行动']);
  // A subcategory's name: 大熊猫栖息地保护, with neither word in the title.
  await publishedProject(city, ORG(3), {
    title: '龙溪—虹口保护区周末巡护',
    description: '沿步道巡护，记录红外相机位置。',
    categoryCode: 'environment',
    subcategoryCode: 'environment.panda-habitat',
  });
  expect(await titles({ keyword: '熊猫' })).toEqual(['龙溪—虹口保护区周末巡护']);
  expect(await titles({ keyword: '环保' })).toEqual(
    expect.arrayContaining(['龙溪—虹口保护区周末巡护', '龙泉驿区桃花故里环境清洁行动']),
  );
});

test('several words must all match; a blank keyword is no filter', async () => {
  const [community, publicity, both] = [
    await titles({ keyword: '社区' }),
    await titles({ keyword: '宣传' }),
    await titles({ keyword: '社区 宣传' }),
  ];
  // Exactly the projects each word finds alone; each word may match in its own place (社区: the category 社区治理,
  // a title or the organization's name; 宣传: a title or description).
  expect(both).toEqual(community.filter((t: string) => publicity.includes(t)));
  expect(both).toEqual(expect.arrayContaining(['郫都区团结街道垃圾分类宣传', '郫都区社区“同心战疫”健康宣传']));
  expect(both.length).toBeLessThan(Math.min(community.length, publicity.length));
  expect(await titles({ keyword: ' 宣传　社区 ' })).toEqual(both); // an ideographic space, the other order
  expect(await titles({ keyword: '社区 宣传 不存在的词' })).toEqual([]);
  const all = await titles({});
  expect(await titles({ keyword: '' })).toEqual(all);
  expect(await titles({ keyword: ' 　 ' })).toEqual(all);
});

/** Great-circle kilometres, as a check on the database's figure. */
function haversineKm(a: [number, number], b: [number, number]): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h =
    Math.sin(rad(b[0] - a[0]) / 2) ** 2 +
    Math.cos(rad(a[0])) * Math.cos(rad(b[0])) * Math.sin(rad(b[1] - a[1]) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

test('projects near a point: within the radius, nearest first, with distances, pages and totalCount', async () => {
  const square: [number, number] = [30.6574, 104.066]; // 天府广场
  const near = { latitude: square[0], longitude: square[1], radiusKm: 3 };
  const NEAR = graphql(`
    query FindingNear($f: ProjectFilter, $sort: ProjectSort, $first: Int, $after: String) {
      projects(filter: $f, sort: $sort, first: $first, after: $after) {
        totalCount
        edges {
          distanceKm
          node {
            title
            latitude
            longitude
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `);
  const { projects } = expectNoErrors(await city.query(NEAR, { f: { near }, sort: 'DISTANCE', first: 100 }));
  const edges = projects.edges;
  // 成都博物馆, 成都图书馆, 春熙路 and 红星路's 献血屋 lie within 3 km; 玉林 (3.1 km) and 川大 望江校区 (3.4 km) do not.
  expect(edges.map((e) => e.node.title)).toEqual([
    '成都博物馆展厅讲解与秩序维护',
    '成都图书馆周末图书整理与阅读推广',
    '春熙路文明交通引导',
    '锦江区冬季献血点引导服务',
  ]);
  expect(projects.totalCount).toBe(4);
  for (const e of edges) {
    expect(e.distanceKm).toBeLessThanOrEqual(3);
    expect(e.distanceKm).toBeCloseTo(haversineKm(square, [e.node.latitude!, e.node.longitude!]), 2);
  }
  const distances = edges.map((e) => e.distanceKm!);
  expect(distances).toEqual([...distances].sort((a, b) => a - b));

  // Pages of two follow the distance order without gaps or repeats; totalCount is the same on every page.
  const seen: string[] = [];
  let after: string | null = null;
  do {
    // Typed by hand: `after` is assigned from the page, so inferring the page's type would be circular.
    const page: FindingNearQuery['projects'] = expectNoErrors(
      await city.query(NEAR, { f: { near }, sort: 'DISTANCE', first: 2, after }),
    ).projects;
    expect(page.totalCount).toBe(4);
    seen.push(...page.edges.map((e) => e.node.title));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  expect(seen).toEqual(edges.map((e) => e.node.title));
  const forged = Buffer.from(JSON.stringify(['near', DEMO_PROJECT(1)])).toString('base64url');
  expectError(await city.query(NEAR, { f: { near }, sort: 'DISTANCE', after: forged }), 'BAD_USER_INPUT');

  // With other filters and the other sort orders; without near, no distance.
  expect(await titles({ near, keyword: '博物馆' })).toEqual(['成都博物馆展厅讲解与秩序维护']);
  expect(await titles({ near: { ...near, radiusKm: 0.5 } }, { sort: 'DISTANCE' })).toEqual([
    '成都博物馆展厅讲解与秩序维护',
  ]);
  const plain = expectNoErrors(await city.query(NEAR, { f: { districts: ['pidu'] }, first: 1 })).projects;
  expect(plain).toMatchObject({ totalCount: 2, edges: [{ distanceKm: null }], pageInfo: { hasNextPage: true } });
});

test("a project page shows, per shift, the signed-in volunteer's own sign-up, at a fixed SQL cost", async () => {
  const dates = Array.from({ length: 12 }, (_, i) => dayFromNow(40 + i));
  const shifts = dates.map((date) => ({
    date,
    startTime: '09:00',
    endTime: '11:00',
    capacity: 1,
    waitlistCapacity: 1,
  }));
  const p = await publishedProject(city, ORG(2), {
    title: '十二天的图书整理',
    startsOn: dates[0],
    endsOn: dates[11],
    shifts,
  });
  const [me, other] = await volunteers(city, 2);
  const SIGN_UP = graphql(`
    mutation FindingSignUp($shift: ID!) {
      signUp(shiftId: $shift) {
        id
        status
      }
    }
  `);
  const placed = expectNoErrors(await city.query(SIGN_UP, { shift: p.shifts[0].id }, me.token)).signUp;
  expectNoErrors(await city.query(SIGN_UP, { shift: p.shifts[1].id }, other.token));
  const waiting = expectNoErrors(await city.query(SIGN_UP, { shift: p.shifts[1].id }, me.token)).signUp;
  const cancelled = expectNoErrors(await city.query(SIGN_UP, { shift: p.shifts[2].id }, me.token)).signUp;
  expectNoErrors(
    await city.query(
      graphql(`
        mutation FindingCancelSignup($id: ID!) {
          cancelSignup(id: $id) {
            id
          }
        }
      `),
      { id: cancelled.id },
      me.token,
    ),
  );

  const DETAIL = graphql(`
    query FindingDetail($id: ID!) {
      project(id: $id) {
        shifts {
          id
          mySignup {
            id
            status
            waitlistPosition
          }
        }
      }
    }
  `);
  const mine = async (token?: string) =>
    expectNoErrors(await city.query(DETAIL, { id: p.id }, token)).project!.shifts.map((s) => s.mySignup);
  expect(await mine(me.token)).toEqual([
    { id: placed.id, status: 'CONFIRMED', waitlistPosition: null },
    { id: waiting.id, status: 'WAITLISTED', waitlistPosition: 1 },
    ...Array(10).fill(null), // the cancelled one included: no live sign-up there
  ]);
  expect((await mine(other.token))[1]).toMatchObject({ status: 'CONFIRMED' });
  expect((await mine(other.token)).filter(Boolean)).toHaveLength(1);
  expect((await mine()).every((s: unknown) => s === null)).toBe(true); // anonymous
  expect((await mine(await orgAdminToken(city, ORG(2)))).every((s: unknown) => s === null)).toBe(true);

  // Twelve shifts cost what one costs: the caller's profile once, then one statement for the whole page.
  const one = await publishedProject(city, ORG(2), { title: '一天的图书整理' });
  const PAGE = graphql(`
    query FindingPage($id: ID!) {
      project(id: $id) {
        shifts {
          id
          mySignup {
            id
            status
          }
        }
      }
    }
  `);
  const cost = (id: string) =>
    countStatements(city, async () => expectNoErrors(await city.query(PAGE, { id }, me.token)));
  const [small, large] = [await cost(one.id), await cost(p.id)];
  expect(large).toEqual(small);
  expect(large.projects).toBeLessThanOrEqual(4);
});
