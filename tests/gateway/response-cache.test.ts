/**
 * Issue 14.3: anonymous answers made only of data the subgraphs mark public are reused for a few seconds, and a
 * statistics viewer's figures for that viewer (gateway/response-cache.ts). A proxy in front of the projects subgraph
 * counts what still reaches it. Caching is off by default (the other tests write and read back at once); these
 * gateways turn it on.
 */
import { print } from 'graphql';
import Redis from 'ioredis';
import { documentIdOf } from '../../gateway/operations/document-id';
import { CityStatisticsDocument } from '../../gateway/operations/generated/graphql';
import type { RunningGateway } from '../../gateway/server';
import { startCity, type City } from '../testkit/city';
import { graphql } from '../testkit/generated';
import { dayFromNow } from '../testkit/days';
import { startDelayProxy } from '../testkit/proxy';
import { cityAdminToken, statisticsViewerToken } from '../testkit/tokens';
import { REDIS_URL, requireRedis, withRedis } from '../testkit/redis';

/** Where the gateway keeps answers in Redis (gateway/response-cache.ts). */
const NAMESPACE = 'qingju:responses';
let city: City;
let proxy: Awaited<ReturnType<typeof startDelayProxy>>;
const gateways: RunningGateway[] = [];
let cached: RunningGateway;
const throughProxy = () => ({
  ...Object.fromEntries([...city.subgraphs].map(([n, s]) => [n, s.url])),
  projects: proxy.url,
});
beforeAll(async () => {
  city = await startCity();
  proxy = await startDelayProxy(city.subgraphs.get('projects')!.url);
  cached = await city.startGateway({ responseCacheSeconds: 30, subgraphUrls: throughProxy() });
  gateways.push(cached);
});
afterAll(async () => {
  for (const g of gateways) await g.stop();
  await proxy?.stop();
  await city?.stop();
});

const CATEGORIES = graphql(`
  query ResponseCacheCategories {
    serviceCategories {
      code
      name
      subcategories {
        code
      }
    }
  }
`);
/** Three subgraphs (projects, organizations for district and organization names), every type marked public. */
const PROJECT_LIST = graphql(`
  query ResponseCacheProjectList($first: Int!) {
    projects(first: $first) {
      edges {
        node {
          id
          title
          district {
            code
            name
          }
          organization {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);
/** A project's page as a visitor sees it: its shifts (free places, no sign-up of theirs), photos, requirements. */
const PROJECT_PAGE = graphql(`
  query ResponseCacheProjectPage($id: ID!) {
    project(id: $id) {
      id
      freePlaces
      requirements {
        skills
      }
      shifts {
        id
        freePlaces
        mySignup {
          id
        }
      }
      photos(first: 5) {
        id
      }
    }
  }
`);
const CALENDAR = graphql(`
  query ResponseCacheCalendar($from: String!, $to: String!) {
    calendar(from: $from, to: $to) {
      date
      freePlaces
      shifts {
        id
        project {
          id
          title
        }
      }
    }
  }
`);
/** Campaigns are not marked public: an answer with them is never kept. */
const WITH_CAMPAIGN = graphql(`
  query ResponseCacheWithCampaign {
    projects(first: 3) {
      edges {
        node {
          id
          campaign {
            code
          }
        }
      }
    }
  }
`);
/** A dashboard's read over the projects, volunteers and organizations subgraphs, Pidu's, and the gateway's traffic. */
const FIGURES = graphql(`
  query ResponseCacheFigures($from: String!, $to: String!) {
    statistics(from: $from, to: $to) {
      confirmedHours {
        value
      }
      volunteersTotal {
        value
      }
      organizationsTotal
      pidu {
        creditsIssued {
          value
        }
      }
      traffic {
        requests
      }
      months {
        month
      }
    }
  }
`);
/** Figures with the partner-call trail beside them (city admins only): the trail is not marked, so never kept. */
const PARTNER_CALLS = graphql(`
  query ResponseCachePartnerCalls($from: String!, $to: String!) {
    statistics(from: $from, to: $to) {
      organizationsTotal
    }
    partnerCalls(appId: "citizen-cloud") {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const upstream = () => proxy.seen.filter((r) => r.method === 'POST').length;

/** One POST as a browser sends it, with the answer's headers (the Age of a cached answer). */
async function ask(gw: RunningGateway, query: Parameters<typeof print>[0], variables = {}, token?: string) {
  const res = await fetch(gw.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(query), variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return { body, age: res.headers.get('age'), cacheControl: res.headers.get('cache-control') };
}

test('a second anonymous identical query is answered from the cache, without any subgraph fetch', async () => {
  const before = upstream();
  const first = await ask(cached, CATEGORIES);
  expect(upstream() - before).toBe(1);
  expect(first.age).toBeNull();
  // Every type in it is marked public for 5 s (schema.graphql); the gateway tells clients as much.
  expect(first.cacheControl).toBe('max-age=5, public');
  const second = await ask(cached, CATEGORIES);
  expect(upstream() - before).toBe(1);
  expect(second.age).not.toBeNull();
  expect(second.body).toEqual(first.body);
  const metrics = await (await fetch(`${cached.opsUrl}/metrics`)).text();
  expect(metrics).toMatch(/qingju_gateway_response_cache_total\{outcome="hit"\} [1-9]/);
});

test('a query over three subgraphs is cached when every subgraph marks its part public', async () => {
  const vars = { first: 7 };
  const first = await ask(cached, PROJECT_LIST, vars);
  expect(first.cacheControl).toBe('max-age=5, public');
  const before = upstream();
  const second = await ask(cached, PROJECT_LIST, vars);
  expect(second.age).not.toBeNull();
  expect(upstream()).toBe(before);
  // Other variables are another answer.
  await ask(cached, PROJECT_LIST, { first: 6 });
  expect(upstream()).toBe(before + 1);
});

test('an answer with data not marked public is never kept', async () => {
  const before = upstream();
  const first = await ask(cached, WITH_CAMPAIGN);
  const second = await ask(cached, WITH_CAMPAIGN);
  expect(upstream() - before).toBe(2);
  expect([first.age, second.age]).toEqual([null, null]);
  expect(second.cacheControl).toBe('no-store');
});

test("a visitor's project page with its shifts, and the month's calendar, are kept like the lists", async () => {
  const project = (await ask(cached, PROJECT_LIST, { first: 1 })).body as {
    data: { projects: { edges: { node: { id: string } }[] } };
  };
  const id = project.data.projects.edges[0].node.id;
  const month = { from: `${dayFromNow(0).slice(0, 8)}01`, to: `${dayFromNow(0).slice(0, 8)}28` };
  for (const [query, vars] of [
    [PROJECT_PAGE, { id }],
    [CALENDAR, month],
  ] as const) {
    const first = await ask(cached, query, vars);
    expect(first.cacheControl).toBe('max-age=5, public');
    const before = upstream();
    const second = await ask(cached, query, vars);
    expect(second.age).not.toBeNull();
    expect(second.body).toEqual(first.body);
    expect(upstream()).toBe(before);
  }
});

test("a statistics viewer's figures are kept for that viewer alone; a city admin's never", async () => {
  const range = { from: dayFromNow(-364), to: dayFromNow(0) };
  const viewer = await statisticsViewerToken(city, 'cache-viewer-a');
  const other = await statisticsViewerToken(city, 'cache-viewer-b');
  const admin = await cityAdminToken(city);
  const first = await ask(cached, FIGURES, range, viewer);
  expect(first.age).toBeNull();
  // Every part, the gateway's own traffic included, is marked for 5 s; private, being one viewer's.
  expect(first.cacheControl).toBe('max-age=5, private');
  const before = upstream();
  const second = await ask(cached, FIGURES, range, viewer);
  expect(second.age).not.toBeNull();
  expect(second.body).toEqual(first.body);
  expect(upstream()).toBe(before);
  // Another viewer's account, an anonymous visitor and a city admin never get that answer.
  const another = await ask(cached, FIGURES, range, other);
  expect(another.age).toBeNull();
  expect(upstream()).toBe(before + 1);
  const anonymousRead = await fetch(cached.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(FIGURES), variables: range }),
  });
  expect(anonymousRead.headers.get('age')).toBeNull();
  expect(
    ((await anonymousRead.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code,
  ).toBe('UNAUTHENTICATED');
  const adminReads = [await ask(cached, FIGURES, range, admin), await ask(cached, FIGURES, range, admin)];
  expect(adminReads.map((r) => r.age)).toEqual([null, null]);
  // The gateway's own subgraph weighs its part as the others do: partner calls are not marked, so never kept.
  const calls = [await ask(cached, PARTNER_CALLS, range, admin), await ask(cached, PARTNER_CALLS, range, admin)];
  expect(calls.map((r) => r.age)).toEqual([null, null]);
  expect(calls[1].cacheControl).toBe('no-store');
});

test("a dashboard's registered read by its hash, over GET and POST, is kept for its viewer alone", async () => {
  // As a dashboard in production sends it: CityStatistics by document id, trusted documents on.
  const trusted = await city.startGateway({
    responseCacheSeconds: 30,
    trustedDocuments: true,
    subgraphUrls: throughProxy(),
  });
  gateways.push(trusted);
  const documentId = documentIdOf(CityStatisticsDocument);
  const variables = { from: dayFromNow(-200), to: dayFromNow(0) };
  const viewer = await statisticsViewerToken(city, 'cache-viewer-c');
  const other = await statisticsViewerToken(city, 'cache-viewer-d');
  const read = async (method: 'GET' | 'POST', token?: string) => {
    const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const res =
      method === 'GET'
        ? await fetch(`${trusted.url}?${new URLSearchParams({ documentId, variables: JSON.stringify(variables) })}`, {
            headers: { 'apollo-require-preflight': 'true', ...auth },
          })
        : await fetch(trusted.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...auth },
            body: JSON.stringify({ documentId, variables }),
          });
    const body = (await res.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
    return { body, age: res.headers.get('age'), cacheControl: res.headers.get('cache-control') };
  };
  const before = upstream();
  const first = await read('POST', viewer);
  expect(first.body.errors).toBeUndefined();
  expect([first.age, first.cacheControl]).toEqual([null, 'max-age=5, private']);
  const again = await read('GET', viewer);
  expect(again.age).not.toBeNull();
  expect(again.body).toEqual(first.body);
  expect(upstream()).toBe(before + 1);
  // Neither another viewer, by either method, nor an anonymous caller is answered with it.
  expect((await read('GET', other)).age).toBeNull();
  expect(upstream()).toBe(before + 2);
  const anonymous = await read('GET');
  expect(anonymous.age).toBeNull();
  expect(anonymous.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
});

test('a signed-in caller is never answered from the cache nor cached, and clients are told private', async () => {
  const token = await city.token({ role: 'volunteer', sub: 'demo-volunteer-01' });
  await ask(cached, CATEGORIES); // the anonymous answer is in the cache
  const before = upstream();
  const first = await ask(cached, CATEGORIES, {}, token);
  const second = await ask(cached, CATEGORIES, {}, token);
  expect(upstream() - before).toBe(2);
  expect([first.age, second.age]).toEqual([null, null]);
  expect(second.cacheControl).toBe('max-age=5, private');
});

test('with response caching off (the default) nothing is kept and clients are told no-store', async () => {
  const off = await city.startGateway({ subgraphUrls: throughProxy() });
  gateways.push(off);
  const before = upstream();
  const first = await ask(off, CATEGORIES);
  const second = await ask(off, CATEGORIES);
  expect(upstream() - before).toBe(2);
  expect(second.age).toBeNull();
  expect(first.cacheControl).toBe('no-store');
});

withRedis('with REDIS_URL two gateways share the cache: one fetch serves both', async () => {
  await requireRedis();
  const [a, b] = await Promise.all(
    [1, 2].map(() =>
      city.startGateway({ responseCacheSeconds: 30, redisUrl: REDIS_URL, subgraphUrls: throughProxy() }),
    ),
  );
  gateways.push(a, b);
  // A page size no earlier run used within the cache's seconds: the first answer is this run's own.
  const vars = { first: 8 + (Date.now() % 40) };
  const redis = new Redis(REDIS_URL);
  const had = new Set(await redis.keys(`${NAMESPACE}*`));
  const before = upstream();
  const first = await ask(a, PROJECT_LIST, vars);
  expect(upstream() - before).toBe(1);
  expect(first.age).toBeNull();
  // The plugin writes in the background: wait until Redis holds a new answer, then ask the other gateway once.
  while ((await redis.keys(`${NAMESPACE}*`)).every((k) => had.has(k))) await new Promise((r) => setTimeout(r, 20));
  const second = await ask(b, PROJECT_LIST, vars);
  expect(upstream() - before).toBe(1);
  expect(second.age).not.toBeNull();
  expect(second.body).toEqual(first.body);
  redis.disconnect();
});
