import Redis from 'ioredis';
import type { RunningGateway } from '../../gateway/server';
import type { RateLimits } from '../../gateway/rate-limit';
import { post, startCity, type City } from '../testkit/city';
import { graphql } from '../testkit/generated';
import { REDIS_URL, requireRedis, withRedis } from '../testkit/redis';

/** Rate limits as a client meets them: 429, a Retry-After header, a RATE_LIMITED code; others unaffected. */
let city: City;
const gateways: RunningGateway[] = [];
beforeAll(async () => {
  city = await startCity();
});
afterAll(async () => {
  for (const g of gateways) await g.stop();
  await city?.stop();
});

const open = 100_000;
async function gatewayWith(limits: Partial<RateLimits>, redisUrl?: string) {
  const g = await city.startGateway({
    rateLimits: {
      perIp: open,
      perUser: open,
      perPartnerApp: open,
      mutationsPerUser: open,
      mutationsPerIp: open,
      ...limits,
    },
    redisUrl,
  });
  gateways.push(g);
  return g;
}
const PING = '{ districts { code } }';

test('per client IP: the request over the limit gets 429 with Retry-After, before any parsing', async () => {
  const g = await gatewayWith({ perIp: 5 });
  for (let i = 0; i < 5; i++) expect((await post(g.url, PING)).status).toBe(200);
  const res = await fetch(g.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    body: JSON.stringify({ query: PING }),
  });
  expect(res.status).toBe(429);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(((await res.json()) as { errors: unknown[] }).errors[0]).toMatchObject({
    message: expect.stringMatching(/try again/),
    extensions: { code: 'RATE_LIMITED' },
  });
});

test('per user: one account is held to its own budget; another account is not affected', async () => {
  const g = await gatewayWith({ perUser: 3 });
  const [a, b] = await Promise.all(
    ['demo-volunteer-01', 'demo-volunteer-02'].map((sub) => city.token({ role: 'volunteer', sub })),
  );
  for (let i = 0; i < 3; i++)
    expect((await post(g.url, PING, {}, { authorization: `Bearer ${a}` })).errors).toBeUndefined();
  const limited = await post(g.url, PING, {}, { authorization: `Bearer ${a}` });
  expect(limited.status).toBe(429);
  expect(limited.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
  expect((await post(g.url, PING, {}, { authorization: `Bearer ${b}` })).errors).toBeUndefined();
});

test('per partner app: all the citizens an app acts for share the app budget', async () => {
  const g = await gatewayWith({ perPartnerApp: 4 });
  const tokens = await Promise.all(
    [1, 2, 3, 4, 5].map((n) =>
      city.token({ role: 'partner', sub: `citizen-${n}`, azp: 'tianfu-citizen-cloud', scope: 'volunteer:read' }),
    ),
  );
  const statuses = [];
  for (const t of tokens) statuses.push((await post(g.url, PING, {}, { authorization: `Bearer ${t}` })).status);
  expect(statuses).toEqual([200, 200, 200, 200, 429]);
  const other = await city.token({ role: 'partner', sub: 'citizen-1', azp: 'tianfutong', scope: 'volunteer:read' });
  expect((await post(g.url, PING, {}, { authorization: `Bearer ${other}` })).status).toBe(200);
});

test('mutations are held to a stricter budget than reads', async () => {
  const g = await gatewayWith({ mutationsPerUser: 2 });
  const token = await city.token({ role: 'volunteer', sub: 'demo-volunteer-01' });
  const MUTATE = graphql(`
    mutation RateLimitsMutate {
      setPartnerSharing(allow: false) {
        id
      }
    }
  `);
  const auth = { authorization: `Bearer ${token}` };
  expect((await post(g.url, MUTATE, {}, auth)).errors).toBeUndefined();
  expect((await post(g.url, MUTATE, {}, auth)).errors).toBeUndefined();
  const third = await post(g.url, MUTATE, {}, auth);
  expect(third.status).toBe(429);
  expect(third.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  // Reads go on.
  for (let i = 0; i < 5; i++) expect((await post(g.url, PING, {}, auth)).status).toBe(200);
});

withRedis(
  'with REDIS_URL, replicas share one count (in CI always; elsewhere skipped only where no Redis runs)',
  async () => {
    await requireRedis();
    const redis = new Redis(REDIS_URL);
    const stale = await redis.keys('qingju:rl:ip:*');
    if (stale.length) await redis.del(...stale);
    await redis.quit();
    const [g1, g2] = [await gatewayWith({ perIp: 4 }, REDIS_URL), await gatewayWith({ perIp: 4 }, REDIS_URL)];
    const statuses = [];
    for (const g of [g1, g2, g1, g2, g1]) statuses.push((await post(g.url, PING)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  },
);
