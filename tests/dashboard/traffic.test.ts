import { CityStatisticsDocument } from '../../gateway/operations/generated/graphql';
import type { RunningGateway } from '../../gateway/server';
import { expectError, expectNoErrors, post, startCity, type City } from '../testkit/city';
import { dayFromNow } from '../testkit/days';
import { graphql } from '../testkit/generated';
import { startDelayProxy } from '../testkit/proxy';
import { cityAdminToken, districtAdminToken, statisticsViewerToken, volunteerToken } from '../testkit/tokens';

/**
 * The platform's traffic on the city's statistics (issue 13.3): the gateway counts the requests it answers, by kind
 * and day, and the most in flight at once; the counts are stored in PostgreSQL, so they outlive the gateway that
 * made them and several gateways add to the same days. Each read below first makes the gateway store what it holds
 * (as its 10-second timer would), then reads through GraphQL as a dashboard does.
 *
 * The range runs from yesterday to tomorrow (Beijing days), so a test that crosses Chengdu's midnight still finds
 * every request it made in it.
 */
let city: City;
let viewer: string;
const extra: RunningGateway[] = [];
beforeAll(async () => {
  city = await startCity();
  viewer = await statisticsViewerToken(city);
}, 180_000);
afterAll(async () => {
  for (const g of extra) await g.stop().catch(() => undefined);
  await city?.stop();
});

const RANGE = { from: dayFromNow(-1), to: dayFromNow(1) };
const DAYS = [RANGE.from, dayFromNow(0), RANGE.to];

const TRAFFIC = graphql(`
  query TrafficFigures($from: String, $to: String) {
    statistics(from: $from, to: $to) {
      traffic {
        requests
        queries
        mutations
        refused
        peakConcurrency
        days {
          day
          requests
          queries
          mutations
          refused
          peakConcurrency
        }
      }
    }
  }
`);

const DISTRICT_TRAFFIC = graphql(`
  query DistrictTraffic($district: ID!) {
    statistics(district: $district) {
      scope
      confirmedHours {
        value
      }
      traffic {
        requests
      }
    }
  }
`);

const CATEGORIES = graphql(`
  query TrafficCategories {
    serviceCategories {
      code
    }
  }
`);

const EDIT_SKILLS = graphql(`
  mutation TrafficEditSkills($input: UpdateVolunteerProfileInput!) {
    updateVolunteerProfile(input: $input) {
      id
    }
  }
`);

/** The range's traffic as the viewer reads it through `gateway`, once `flushed` stored what gateways held. */
async function traffic(gateway: RunningGateway = city.gateway, flushed: RunningGateway[] = [city.gateway]) {
  for (const g of flushed) await g.flushTraffic();
  const res = await post(gateway.url, TRAFFIC, RANGE, { authorization: `Bearer ${viewer}` });
  return expectNoErrors(res).statistics.traffic!;
}

type Figures = Awaited<ReturnType<typeof traffic>>;
const KINDS = ['requests', 'queries', 'mutations', 'refused'] as const;
const increase = (before: Figures, after: Figures) => Object.fromEntries(KINDS.map((k) => [k, after[k] - before[k]]));

test('queries, mutations and refused requests raise the counts by exactly their number, on their day', async () => {
  const before = await traffic();
  const startDay = dayFromNow(0);
  const [n, m, r] = [7, 3, 2];
  for (let i = 0; i < n; i++) expectNoErrors(await city.query(CATEGORIES));
  const volunteer = await volunteerToken(city, 1);
  for (let i = 0; i < m; i++)
    expectNoErrors(await city.query(EDIT_SKILLS, { input: { skills: [`摄影${i}`] } }, volunteer));
  // A field no type has: refused by validation, never run.
  for (let i = 0; i < r; i++) expectError(await city.query('{ noSuchField }'), 'GRAPHQL_VALIDATION_FAILED');
  const endDay = dayFromNow(0);
  const after = await traffic();

  // The first read counts too: it is a query the gateway answered after `before` was stored.
  expect(increase(before, after)).toEqual({ requests: n + 1 + m + r, queries: n + 1, mutations: m, refused: r });
  // Every day of the range, in order; what changed is on the day (or days, across midnight) the requests came.
  expect(after.days.map((d) => d.day)).toEqual(DAYS);
  for (const k of KINDS) expect(after.days.reduce((sum, d) => sum + d[k], 0)).toBe(after[k]);
  const changed = after.days.filter((d, i) => d.requests !== before.days[i].requests).map((d) => d.day);
  expect(changed.length).toBeGreaterThan(0);
  for (const day of changed) expect([startDay, endDay]).toContain(day);
});

test('requests in flight at once raise the day’s peak concurrency to at least their number', async () => {
  const k = 8;
  const before = await traffic();
  expect(before.peakConcurrency).toBeLessThan(k);
  // Another gateway whose projects subgraph answers only once k requests wait for it: all k are in flight together.
  const proxy = await startDelayProxy(city.subgraphs.get('projects')!.url);
  try {
    const busy = await city.startGateway({ subgraphUrls: { ...urls(), projects: proxy.url } });
    extra.push(busy);
    // k different callers: the gateway merges identical fetches of one caller (gateway/fetcher.ts), so k anonymous
    // copies would reach the proxy as one fetch and it would hold them forever.
    const tokens = await Promise.all(
      Array.from({ length: k }, (_, i) => city.token({ role: 'volunteer', sub: `traffic-peak-${i}` })),
    );
    proxy.holdUntil(k);
    const answers = await Promise.all(
      tokens.map((token) => post(busy.url, CATEGORIES, {}, { authorization: `Bearer ${token}` })),
    );
    answers.forEach((a) => expectNoErrors(a));
    const after = await traffic(city.gateway, [city.gateway, busy]);
    expect(after.peakConcurrency).toBeGreaterThanOrEqual(k);
    expect(Math.max(...after.days.map((d) => d.peakConcurrency))).toBe(after.peakConcurrency);
    // Two gateways add to the same days: the k queries of the second one are counted with the first's.
    expect(after.queries - before.queries).toBe(k + 1);
  } finally {
    await proxy.stop();
  }
});

test('counts outlive the gateway that made them: a gateway started afterwards reads them', async () => {
  const before = await traffic();
  const first = await city.startGateway({});
  const n = 5;
  for (let i = 0; i < n; i++) expectNoErrors(await post(first.url, CATEGORIES));
  // Stopped without an explicit flush: stopping stores what it held.
  await first.stop();
  const second = await city.startGateway({});
  extra.push(second);
  // Read through the new gateway, which never saw those requests; the first gateway's read is stored first.
  await city.gateway.flushTraffic();
  const after = await traffic(second, []);
  expect(after.queries - before.queries).toBe(n + 1);
});

test('the dashboard’s city figures carry the traffic, for a viewer and a city admin alike', async () => {
  await city.gateway.flushTraffic();
  const byViewer = expectNoErrors(await city.query(CityStatisticsDocument, RANGE, viewer)).statistics.traffic!;
  expect(byViewer.days.map((d) => d.day)).toEqual(DAYS);
  expect(byViewer.queries).toBeGreaterThan(0);
  await city.gateway.flushTraffic();
  const admin = await cityAdminToken(city);
  const byAdmin = expectNoErrors(await city.query(TRAFFIC, RANGE, admin)).statistics.traffic!;
  // The same figures, and the viewer's read among them.
  expect(byAdmin.queries).toBe(byViewer.queries + 1);
});

test('a district’s figures have no traffic (the platform is the city’s); its admin reads not the city’s', async () => {
  const admin = await districtAdminToken(city, 'pidu');
  const own = expectNoErrors(await city.query(DISTRICT_TRAFFIC, { district: 'pidu' }, admin)).statistics;
  expect(own.scope).toBe('pidu');
  expect(own.traffic).toBeNull();
  expectError(await city.query(TRAFFIC, RANGE, admin), 'FORBIDDEN');
});

test('a volunteer and an anonymous caller are refused the traffic', async () => {
  const volunteer = await volunteerToken(city, 1);
  const refused = await city.query(TRAFFIC, RANGE, volunteer);
  expectError(refused, 'FORBIDDEN');
  expect(refused.data?.statistics ?? null).toBeNull();
  expectError(await city.query(TRAFFIC, RANGE), 'UNAUTHENTICATED');
});

/** The subgraphs' addresses as the city's own gateway has them. */
const urls = () => Object.fromEntries([...city.subgraphs].map(([name, s]) => [name, s.url]));
