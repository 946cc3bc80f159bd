import crypto from 'node:crypto';
import type { RunningGateway } from '../../gateway/server';
import { expectNoErrors, startCity, type City } from '../testkit/city';
import { graphql } from '../testkit/generated';
import { cityAdminToken } from '../testkit/tokens';
import { tokenRequest } from './oauth-client';

/**
 * An app's own operations and its browser origins (issue 12.7), on a production gateway (NODE_ENV=production,
 * TRUSTED_DOCUMENTS=true): a city admin registers the app's persisted-document manifest through GraphQL and the
 * gateway runs those documents for that app alone, by id or by text, over POST and GET; another app, an anonymous
 * caller or a retired document is refused. CORS headers go to the origins an ACTIVE app registered, preflight and
 * actual requests alike, and never to any other origin or to a suspended app's.
 */

const REGISTER = graphql(`
  mutation CorsDocsRegister($input: RegisterPartnerAppInput!) {
    registerPartnerApp(input: $input) {
      clientSecret
      app {
        clientId
      }
    }
  }
`);
const ADD_DOCUMENTS = graphql(`
  mutation CorsDocsAdd($clientId: String!, $documents: [PartnerAppDocumentInput!]!) {
    addPartnerAppDocuments(clientId: $clientId, documents: $documents) {
      clientId
      documentIds
    }
  }
`);
const REMOVE_DOCUMENTS = graphql(`
  mutation CorsDocsRemove($clientId: String!, $ids: [String!]!) {
    removePartnerAppDocuments(clientId: $clientId, ids: $ids) {
      documentIds
    }
  }
`);
const SUSPEND = graphql(`
  mutation CorsDocsSuspend($clientId: String!) {
    suspendPartnerApp(clientId: $clientId) {
      status
    }
  }
`);
const RESUME = graphql(`
  mutation CorsDocsResume($clientId: String!) {
    resumePartnerApp(clientId: $clientId) {
      status
    }
  }
`);

/** An operation of the app's own, in no manifest of the city's (gateway/operations/). */
const APP_QUERY = 'query TianfuAppProjectCount { projects(first: 1) { totalCount } }';
const APP_HASH = crypto.createHash('sha256').update(APP_QUERY).digest('hex');
const APP_ID = `sha256:${APP_HASH}`;

let city: City;
let base: string;
let admin: string;
let production: RunningGateway;

beforeAll(async () => {
  city = await startCity({ oauth: true });
  base = city.gateway.url.replace(/\/graphql$/, '');
  admin = await cityAdminToken(city);
  production = await city.startGateway({
    publicUrl: `http://localhost:${city.gateway.port}`,
    production: true,
    trustedDocuments: true,
  });
});
afterAll(async () => {
  await production?.stop();
  await city?.stop();
});

let seq = 0;
async function register(corsOrigins: string[] = []) {
  const res = expectNoErrors(
    await city.query(
      REGISTER,
      {
        input: {
          clientId: `cors-app-${++seq}-${Date.now().toString(36)}`,
          name: '天府通',
          redirectUris: [],
          allowedScopes: ['projects:read'],
          corsOrigins,
        },
      },
      admin,
    ),
  ).registerPartnerApp;
  const app = { clientId: res.app.clientId, secret: res.clientSecret };
  const token = (await tokenRequest(base, app, { grant_type: 'client_credentials', scope: 'projects:read' })).body
    .access_token!;
  return { ...app, token };
}

/** Every way a client names an operation, over both methods. */
const WAYS = {
  'POST documentId': { method: 'POST', body: { documentId: APP_ID } },
  'POST persistedQuery': {
    method: 'POST',
    body: { extensions: { persistedQuery: { version: 1, sha256Hash: APP_HASH } } },
  },
  'POST text': { method: 'POST', body: { query: APP_QUERY } },
  'GET documentId': { method: 'GET', params: { documentId: APP_ID } },
  'GET persistedQuery': {
    method: 'GET',
    params: { extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: APP_HASH } }) },
  },
  'GET text': { method: 'GET', params: { query: APP_QUERY } },
} as const;

async function send(
  gateway: RunningGateway,
  way: (typeof WAYS)[keyof typeof WAYS],
  headers: Record<string, string> = {},
) {
  const init: RequestInit = {
    method: way.method,
    // Apollo's CSRF prevention lets a GET through with this header, as our clients send it.
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
  };
  let url = gateway.url;
  if ('body' in way) init.body = JSON.stringify(way.body);
  else url += `?${new URLSearchParams(way.params)}`;
  const res = await fetch(url, init);
  const body = (await res.json()) as {
    data?: { projects?: { totalCount: number } };
    errors?: { extensions?: { code?: string } }[];
  };
  return { status: res.status, body, cors: res.headers.get('access-control-allow-origin') };
}

describe("an app's own trusted documents, on a production gateway", () => {
  test('run for their app by id or text, over POST and GET; refused for another app and anonymously', async () => {
    const [owner, other] = [await register(), await register()];
    const added = expectNoErrors(
      await city.query(
        ADD_DOCUMENTS,
        { clientId: owner.clientId, documents: [{ id: APP_ID, body: APP_QUERY }] },
        admin,
      ),
    ).addPartnerAppDocuments;
    expect(added.documentIds).toEqual([APP_ID]);
    for (const [name, way] of Object.entries(WAYS)) {
      const ran = await send(production, way, { authorization: `Bearer ${owner.token}` });
      expect([name, ran.status, ran.body.errors]).toEqual([name, 200, undefined]);
      expect(ran.body.data?.projects?.totalCount).toEqual(expect.any(Number));
      for (const [who, headers] of [
        ['another app', { authorization: `Bearer ${other.token}` }],
        ['anonymous', {}],
      ] as const) {
        const refused = await send(production, way, headers);
        expect([name, who, refused.status, refused.body.errors?.[0]?.extensions?.code]).toEqual([
          name,
          who,
          400,
          'OPERATION_NOT_TRUSTED',
        ]);
        expect(refused.body.data).toBeUndefined();
      }
    }
  });

  test('a retired document is refused from then on; a suspended app is refused altogether', async () => {
    const app = await register();
    expectNoErrors(
      await city.query(ADD_DOCUMENTS, { clientId: app.clientId, documents: [{ id: APP_ID, body: APP_QUERY }] }, admin),
    );
    const auth = { authorization: `Bearer ${app.token}` };
    expect((await send(production, WAYS['POST documentId'], auth)).status).toBe(200);
    const removed = expectNoErrors(
      await city.query(REMOVE_DOCUMENTS, { clientId: app.clientId, ids: [APP_ID] }, admin),
    );
    expect(removed.removePartnerAppDocuments.documentIds).toEqual([]);
    for (const way of Object.values(WAYS)) {
      const refused = await send(production, way, auth);
      expect(refused.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_TRUSTED');
    }
    expectNoErrors(
      await city.query(ADD_DOCUMENTS, { clientId: app.clientId, documents: [{ id: APP_ID, body: APP_QUERY }] }, admin),
    );
    expectNoErrors(await city.query(SUSPEND, { clientId: app.clientId }, admin));
    const suspended = await send(production, WAYS['POST documentId'], auth);
    expect(suspended.status).toBe(401);
    expect(suspended.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('registration is checked: only a city admin, an id that is the hash of its text, one operation', async () => {
    const app = await register();
    const citizen = await city.token({ role: 'volunteer', sub: 'demo-volunteer-02' });
    const doc = { id: APP_ID, body: APP_QUERY };
    const byCitizen = await city.query(ADD_DOCUMENTS, { clientId: app.clientId, documents: [doc] }, citizen);
    expect(byCitizen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const wrongId = await city.query(
      ADD_DOCUMENTS,
      { clientId: app.clientId, documents: [{ id: APP_ID, body: `${APP_QUERY} ` }] },
      admin,
    );
    expect(wrongId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const two = 'query A { districts { code } } query B { districts { name } }';
    const twoOps = await city.query(
      ADD_DOCUMENTS,
      {
        clientId: app.clientId,
        documents: [{ id: `sha256:${crypto.createHash('sha256').update(two).digest('hex')}`, body: two }],
      },
      admin,
    );
    expect(twoOps.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('CORS for the origins an app registered', () => {
  const ORIGIN = 'https://m.tianfu-citizen-cloud.example.cn';
  const STRANGER = 'https://evil.example.com';

  const preflight = (gateway: RunningGateway, origin: string, method: 'GET' | 'POST') =>
    fetch(gateway.url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': method,
        'access-control-request-headers': 'authorization, content-type',
      },
    });

  test('preflights and actual requests, GET and POST, get CORS headers for a registered origin only', async () => {
    const app = await register([ORIGIN]);
    for (const gateway of [city.gateway, production]) {
      for (const method of ['GET', 'POST'] as const) {
        const allowed = await preflight(gateway, ORIGIN, method);
        expect(allowed.status).toBe(204);
        expect(allowed.headers.get('access-control-allow-origin')).toBe(ORIGIN);
        expect(allowed.headers.get('access-control-allow-methods')).toContain(method);
        expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
        const refused = await preflight(gateway, STRANGER, method);
        expect(refused.headers.get('access-control-allow-origin')).toBeNull();
        expect(refused.headers.get('access-control-allow-methods')).toBeNull();
      }
      for (const way of [WAYS['POST text'], WAYS['GET text']]) {
        // Anonymous, as a public page of the app reads projects.
        expect((await send(gateway, way, { origin: ORIGIN })).cors).toBe(ORIGIN);
        expect((await send(gateway, way, { origin: STRANGER })).cors).toBeNull();
        expect((await send(gateway, way, { origin: ORIGIN, authorization: `Bearer ${app.token}` })).cors).toBe(ORIGIN);
      }
    }
  });

  test("another app's token from a registered origin gets no CORS headers", async () => {
    await register([ORIGIN]);
    const other = await register(['https://other-app.example.cn']);
    const res = await send(city.gateway, WAYS['POST text'], { origin: ORIGIN, authorization: `Bearer ${other.token}` });
    expect(res.cors).toBeNull();
  });

  test("a suspended app's origins are dropped at once, and come back when it resumes", async () => {
    const origin = `https://suspended-${Date.now().toString(36)}.example.cn`;
    const app = await register([origin]);
    expect((await preflight(production, origin, 'POST')).headers.get('access-control-allow-origin')).toBe(origin);
    expectNoErrors(await city.query(SUSPEND, { clientId: app.clientId }, admin));
    expect((await preflight(production, origin, 'POST')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await send(production, WAYS['GET text'], { origin })).cors).toBeNull();
    expectNoErrors(await city.query(RESUME, { clientId: app.clientId }, admin));
    expect((await preflight(production, origin, 'GET')).headers.get('access-control-allow-origin')).toBe(origin);
  });
});
