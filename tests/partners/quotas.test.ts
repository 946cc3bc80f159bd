import Redis from 'ioredis';
import type { RateLimits } from '../../gateway/rate-limit';
import type { GatewayOptions, RunningGateway } from '../../gateway/server';
import { PartnerSignUpDocument } from '../../gateway/operations/generated/graphql';
import { expectNoErrors, post, startCity, type City } from '../testkit/city';
import { graphql } from '../testkit/generated';
import { REDIS_URL, requireRedis, withRedis } from '../testkit/redis';
import { cityAdminToken } from '../testkit/tokens';
import { dayFromNow, publishedProject } from '../projects/helpers';
import { ORG } from '../testkit/fixtures';
import { citizenAccessToken, tokenRequest } from './oauth-client';

/**
 * Partner quotas (issue 12.4) as an app and its citizens meet them at the gateway: what an app does for a citizen
 * counts against the app's quota, per app and per citizen, never against the citizen's own budget; quotas are set
 * per app in the registry, with the gateway's defaults otherwise; an app's own (client-credentials) token is counted
 * per app, not per IP; concurrent sign-ups never pass the quota, on one gateway or across replicas sharing Redis.
 */

const REGISTER = graphql(`
  mutation QuotasRegister($input: RegisterPartnerAppInput!) {
    registerPartnerApp(input: $input) {
      clientSecret
      app {
        clientId
        quota {
          requestsPerMinute
          mutationsPerMinute
          mutationsPerCitizenPerMinute
        }
      }
    }
  }
`);
const SET_QUOTA = graphql(`
  mutation QuotasSet($clientId: String!, $quota: PartnerAppQuotaInput!) {
    setPartnerAppQuota(clientId: $clientId, quota: $quota) {
      clientId
      quota {
        requestsPerMinute
        mutationsPerMinute
        mutationsPerCitizenPerMinute
      }
    }
  }
`);
const CITIZEN_SIGN_UP = graphql(`
  mutation QuotasCitizenSignUp($shiftId: ID!) {
    signUp(shiftId: $shiftId) {
      status
    }
  }
`);

const REDIRECT = 'http://localhost:7777/callback';
const CITIZEN = 'demo-volunteer-02';
const PING = '{ districts { code } }';
const open = 100_000;

let city: City;
let base: string;
let admin: string;
const gateways: RunningGateway[] = [];
/** Shifts on distinct days of one published project, so one citizen may hold every one of them. */
let shifts: string[];

beforeAll(async () => {
  city = await startCity({ oauth: true });
  base = city.gateway.url.replace(/\/graphql$/, '');
  admin = await cityAdminToken(city);
  const days = Array.from({ length: 70 }, (_, i) => dayFromNow(10 + i));
  const project = await publishedProject(city, ORG(1), {
    startsOn: days[0],
    endsOn: days[days.length - 1],
    shifts: days.map((date) => ({ date, startTime: '09:00', endTime: '11:00', capacity: 5, waitlistCapacity: 0 })),
  });
  shifts = project.shifts.map((s: { id: string }) => s.id);
});
afterAll(async () => {
  for (const g of gateways) await g.stop();
  await city?.stop();
});

/** Another gateway replica of the city, with the first one's public URL: the OAuth server's tokens hold there too. */
async function replica(limits: Partial<RateLimits>, redisUrl?: string, options: Partial<GatewayOptions> = {}) {
  const g = await city.startGateway({
    ...options,
    publicUrl: `http://localhost:${city.gateway.port}`,
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

let seq = 0;
async function register(scopes = ['projects:read', 'volunteer:read', 'project:signup']) {
  const res = expectNoErrors(
    await city.query(
      REGISTER,
      {
        input: {
          // Unique per run: counts shared through Redis outlive a test run by a minute.
          clientId: `quota-app-${++seq}-${Date.now().toString(36)}`,
          name: '天府市民云',
          redirectUris: [REDIRECT],
          allowedScopes: scopes,
          corsOrigins: [],
        },
      },
      admin,
    ),
  ).registerPartnerApp;
  return { clientId: res.app.clientId, secret: res.clientSecret, quota: res.app.quota };
}

async function citizenToken(app: { clientId: string; secret: string }, citizen = CITIZEN) {
  const token = await citizenAccessToken(base, app, {
    redirectUri: REDIRECT,
    scope: 'openid project:signup',
    citizenToken: await city.token({ role: 'volunteer', sub: citizen }),
  });
  // The consent given on the consent page reaches the projects subgraph as an event.
  await city.settleEvents();
  return token;
}

const appToken = async (app: { clientId: string; secret: string }) =>
  (await tokenRequest(base, app, { grant_type: 'client_credentials', scope: 'projects:read' })).body.access_token!;

let nextShift = 0;
const freshShift = () => shifts[nextShift++];
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const codeOf = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

/**
 * One sign-up per gateway URL, all at once, each on a fresh shift, each sent again while it is answered 503 (at most
 * five times): on a loaded machine the registry's check of the token can miss its deadline, and a partner's client
 * retries that answer. A 503 is a refusal before the operation ran, so no quota was counted for it. Returns how each
 * ended: CONFIRMED, or the error code.
 */
async function parallelSignUps(urls: string[], token: string) {
  return Promise.all(
    urls.map(async (url) => {
      const shiftId = freshShift();
      for (let attempt = 1; ; attempt++) {
        const res = await post(url, PartnerSignUpDocument, { shiftId }, bearer(token));
        if (res.status !== 503 || attempt === 5) return res.data?.signUp?.status ?? codeOf(res);
      }
    }),
  );
}
/** `confirmed` CONFIRMED and the rest RATE_LIMITED, in the order parallelSignUps' outcomes sort to. */
const quotaOutcomes = (confirmed: number, total: number) =>
  [...Array(confirmed).fill('CONFIRMED'), ...Array(total - confirmed).fill('RATE_LIMITED')].sort();

test("an app's 30 sign-ups for a citizen do not lock the citizen out; the app's 31st is refused", async () => {
  // The gateway's defaults: 30 mutations a minute for a citizen in person, and for an app per citizen.
  const g = await replica({ mutationsPerUser: 30 });
  const app = await register();
  expect(app.quota).toEqual({ requestsPerMinute: null, mutationsPerMinute: null, mutationsPerCitizenPerMinute: null });
  const token = await citizenToken(app);
  for (let i = 0; i < 30; i++) {
    const res = await post(g.url, PartnerSignUpDocument, { shiftId: freshShift() }, bearer(token));
    expect(expectNoErrors(res).signUp.status).toBe('CONFIRMED');
  }
  const refused = await post(g.url, PartnerSignUpDocument, { shiftId: freshShift() }, bearer(token));
  expect(refused.status).toBe(429);
  expect(codeOf(refused)).toBe('RATE_LIMITED');

  // The citizen, in person, still has every one of their own 30.
  const own = await city.token({ role: 'volunteer', sub: CITIZEN });
  const mine = await post(g.url, CITIZEN_SIGN_UP, { shiftId: freshShift() }, bearer(own));
  expect(expectNoErrors(mine).signUp.status).toBe('CONFIRMED');
});

test('a quota set in the registry holds for that app alone; parallel sign-ups never pass it', async () => {
  const g = await replica({ mutationsPerUser: 30 });
  const [limited, other] = [await register(), await register()];
  const set = expectNoErrors(
    await city.query(SET_QUOTA, { clientId: limited.clientId, quota: { mutationsPerMinute: 5 } }, admin),
  ).setPartnerAppQuota;
  expect(set.quota).toEqual({ requestsPerMinute: null, mutationsPerMinute: 5, mutationsPerCitizenPerMinute: null });
  const token = await citizenToken(limited, 'demo-volunteer-03');
  const outcomes = await parallelSignUps(Array(12).fill(g.url), token);
  expect(outcomes.sort()).toEqual(quotaOutcomes(5, 12));

  // Another app, with the default quota, signs the same kind of citizen up as before.
  const otherToken = await citizenToken(other, 'demo-volunteer-04');
  const res = await post(g.url, PartnerSignUpDocument, { shiftId: freshShift() }, bearer(otherToken));
  expect(expectNoErrors(res).signUp.status).toBe('CONFIRMED');
});

test("an app's own token is counted per app, not per IP; anonymous callers on that IP keep their budget", async () => {
  const g = await replica({ perIp: 3 });
  const [app, other] = [await register(['projects:read']), await register(['projects:read'])];
  expectNoErrors(await city.query(SET_QUOTA, { clientId: app.clientId, quota: { requestsPerMinute: 5 } }, admin));
  const token = await appToken(app);
  const statuses = [];
  for (let i = 0; i < 6; i++) statuses.push((await post(g.url, PING, {}, bearer(token))).status);
  // Five, more than the IP's three: the app's servers may call from one address for all its users.
  expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  // The IP's budget was not touched by the app; another app has its own.
  for (let i = 0; i < 3; i++) expect((await post(g.url, PING)).status).toBe(200);
  expect((await post(g.url, PING)).status).toBe(429);
  expect((await post(g.url, PING, {}, bearer(await appToken(other)))).status).toBe(200);
});

test('only a city admin sets a quota, within range; an unknown app is NOT_FOUND', async () => {
  const app = await register(['projects:read']);
  const zero = await city.query(SET_QUOTA, { clientId: app.clientId, quota: { requestsPerMinute: 0 } }, admin);
  expect(codeOf(zero)).toBe('BAD_USER_INPUT');
  const citizen = await city.token({ role: 'volunteer', sub: CITIZEN });
  const byCitizen = await city.query(SET_QUOTA, { clientId: app.clientId, quota: { requestsPerMinute: 9 } }, citizen);
  expect(codeOf(byCitizen)).toBe('FORBIDDEN');
  const unknown = await city.query(SET_QUOTA, { clientId: 'no-such-app', quota: {} }, admin);
  expect(codeOf(unknown)).toBe('NOT_FOUND');
});

test('refused tokens count against the IP: past its budget the next token is refused unread (429)', async () => {
  const g = await replica({ perIp: 3 });
  const statuses = [];
  for (let i = 0; i < 5; i++) statuses.push((await post(g.url, PING, {}, bearer(`forged-token-${i}`))).status);
  expect(statuses).toEqual([401, 401, 401, 429, 429]);
});

test('a token the registry cannot check is answered 503 SERVICE_UNAVAILABLE, not 500', async () => {
  const app = await register();
  const token = await citizenToken(app, 'demo-volunteer-06');
  // A replica whose registry (the volunteers subgraph) refuses connections: nothing listens on port 1.
  const urls = Object.fromEntries([...city.subgraphs].map(([name, s]) => [name, s.url]));
  const g = await replica({}, undefined, { subgraphUrls: { ...urls, volunteers: 'http://127.0.0.1:1/graphql' } });
  const res = await post(g.url, PartnerSignUpDocument, { shiftId: shifts[0] }, bearer(token));
  // Refused, since a suspended app's tokens must not pass unchecked, but with a code a partner's client retries.
  expect([res.status, codeOf(res), res.data]).toEqual([503, 'SERVICE_UNAVAILABLE', undefined]);
});

withRedis(
  "with REDIS_URL, replicas share an app's quota: parallel sign-ups across two gateways never pass it",
  async () => {
    await requireRedis();
    const redis = new Redis(REDIS_URL);
    await redis.ping();
    await redis.quit();
    const [g1, g2] = [
      await replica({ mutationsPerUser: 30 }, REDIS_URL),
      await replica({ mutationsPerUser: 30 }, REDIS_URL),
    ];
    const app = await register();
    expectNoErrors(await city.query(SET_QUOTA, { clientId: app.clientId, quota: { mutationsPerMinute: 4 } }, admin));
    const token = await citizenToken(app, 'demo-volunteer-05');
    const outcomes = await parallelSignUps(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? g1 : g2).url),
      token,
    );
    // Every sign-up ends CONFIRMED or RATE_LIMITED, exactly the quota's four CONFIRMED across both replicas.
    expect(outcomes.sort()).toEqual(quotaOutcomes(4, 10));
  },
);
