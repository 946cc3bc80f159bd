import net from 'node:net';
import { importJWK, SignJWT } from 'jose';
import { GraphQLClient } from 'graphql-request';
import { Agent, request } from 'undici';
import { readGatewayConfig } from '../../gateway/config';
import type { RunningGateway } from '../../gateway/server';
import { documentIdOf } from '../../gateway/operations/document-id';
import { ProjectListDocument, type ProjectListQuery } from '../../gateway/operations/generated/graphql';
import { loadManifest, operationNamed, sha256 } from '../../gateway/trusted-documents';
import { AUDIENCE, ISSUER, expectError, post, startCity, type City } from '../testkit/city';
import { graphql } from '../testkit/generated';

/**
 * The gateway's guards on every path a request can take (issue 10): trusted documents whatever the method, a hung
 * subgraph in production, the HTTP status policy and error hygiene, and shutdown under keep-alive load.
 */
let city: City;
const gateways: RunningGateway[] = [];
beforeAll(async () => {
  city = await startCity();
});
afterAll(async () => {
  for (const g of gateways) await g.stop().catch(() => undefined);
  await city?.stop();
});

async function gateway(overrides: Parameters<City['startGateway']>[0]) {
  const g = await city.startGateway(overrides);
  gateways.push(g);
  return g;
}

/** English messages, which these tests assert (tests/gateway/messages.test.ts covers Chinese). */
const PREFLIGHT = { 'apollo-require-preflight': 'true', 'accept-language': 'en' };
const get = (url: string, params: Record<string, unknown>) => {
  const search = new URLSearchParams(
    Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
  return fetch(`${url}?${search}`, { headers: PREFLIGHT });
};
const postJson = (url: string, body: unknown) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    body: JSON.stringify(body),
  });
/** A raw HTTP answer's body: the only data these tests read is a page of projects. */
type RawBody = {
  data?: { projects: { edges: unknown[] } };
  errors?: { message: string; extensions: Record<string, unknown> }[];
};
const answer = async (res: Response) => ({
  status: res.status,
  body: (await res.json()) as RawBody,
});

const ANY_VOLUNTEER = '20000000-0000-4000-8000-000000000001';
/** Reads from two subgraphs: volunteers (the one that hangs or refuses) and projects. */
type TwoSubgraphs = { volunteer: { displayName: string } | null; projects: { edges: { node: { title: string } }[] } };
const TWO_SUBGRAPHS = `
  {
    volunteer(id: "${ANY_VOLUNTEER}") {
      displayName
    }
    projects(first: 1) {
      edges {
        node {
          title
        }
      }
    }
  }
`;

describe('trusted documents on every method and path', () => {
  const manifest = loadManifest();
  const registered = operationNamed(manifest, 'ProjectList');
  const hash = sha256(registered);
  const unregistered = '{ volunteers(first: 2) { edges { node { displayName } } } }';
  const persisted = (h: string) => ({ persistedQuery: { version: 1, sha256Hash: h } });
  let trusted: RunningGateway;
  beforeAll(async () => {
    trusted = await gateway({ trustedDocuments: true });
  });

  const refused = async (res: Response) => {
    const { status, body } = await answer(res);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].extensions.code).toBe('OPERATION_NOT_TRUSTED');
  };

  test('a registered operation runs by its hash over GET and POST, by extension or documentId', async () => {
    for (const res of [
      await get(trusted.url, { extensions: persisted(hash), variables: { first: 2 } }),
      await get(trusted.url, { documentId: `sha256:${hash}`, variables: { first: 2 } }),
      await postJson(trusted.url, { extensions: persisted(hash), variables: { first: 2 } }),
      await postJson(trusted.url, { documentId: `sha256:${hash}`, variables: { first: 2 } }),
    ]) {
      const { status, body } = await answer(res);
      expect(body.errors).toBeUndefined();
      expect(status).toBe(200);
      expect(body.data?.projects.edges).toHaveLength(2);
    }
  });

  test('a typed client sends the id its generated document carries and reads a typed result', async () => {
    const client = new GraphQLClient(trusted.url, {
      // As a client in persisted-documents mode does: the document's id travels in place of its text.
      requestMiddleware: (req) => {
        const { query: _text, ...rest } = JSON.parse(String(req.body)) as { query: string };
        return { ...req, body: JSON.stringify({ ...rest, documentId: documentIdOf(ProjectListDocument) }) };
      },
    });
    const data: ProjectListQuery = await client.request(ProjectListDocument, { first: 2 });
    expect(data.projects.edges).toHaveLength(2);
    expect(documentIdOf(ProjectListDocument)).toBe(`sha256:${hash}`);
  });

  test('an unregistered query is refused over GET as over POST', async () => {
    await refused(await get(trusted.url, { query: unregistered }));
    await refused(await postJson(trusted.url, { query: unregistered }));
  });

  test('APQ cannot register an unregistered operation, over GET or POST, nor run it by hash afterwards', async () => {
    const h = sha256(unregistered);
    await refused(await get(trusted.url, { query: unregistered, extensions: persisted(h) }));
    await refused(await postJson(trusted.url, { query: unregistered, extensions: persisted(h) }));
    await refused(await get(trusted.url, { extensions: persisted(h) }));
    await refused(await postJson(trusted.url, { extensions: persisted(h) }));
    await refused(await get(trusted.url, { documentId: `sha256:${h}` }));
  });

  test("a malformed documentId is the client's mistake: 400 with BAD_REQUEST, over POST and GET", async () => {
    for (const res of [
      await postJson(trusted.url, { documentId: 5 }),
      await postJson(trusted.url, { documentId: 'sha256:not-a-hash' }),
      await get(trusted.url, { documentId: 'sha256:' }),
    ]) {
      const { status, body } = await answer(res);
      expect(status).toBe(400);
      expect(body.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_REQUEST' },
        message: expect.stringMatching(/documentId/),
      });
    }
  });
});

describe('a hung subgraph in production', () => {
  // Like `kill -STOP`: the kernel accepts the connection, nothing ever answers.
  const held: net.Socket[] = [];
  const hung = net.createServer((socket) => held.push(socket));
  afterAll(async () => {
    for (const s of held) s.destroy();
    await new Promise((r) => hung.close(r));
  });

  test("gives other subgraphs' data, SERVICE_UNAVAILABLE for the hung part, in SUBGRAPH_TIMEOUT_MS", async () => {
    const required = { AUTH_JWKS: '{"keys":[]}', IDENTITY_PRIVATE_KEY: '{}', DATABASE_URL: 'postgres://127.0.0.1/q' };
    const timeoutMs = readGatewayConfig(required).SUBGRAPH_TIMEOUT_MS;
    expect(timeoutMs).toBeLessThanOrEqual(5_000);
    await new Promise<void>((r) => hung.listen(0, '127.0.0.1', r));
    const urls = Object.fromEntries([...city.subgraphs].map(([n, s]) => [n, s.url]));
    const prod = await gateway({
      production: true,
      subgraphTimeoutMs: timeoutMs,
      subgraphUrls: { ...urls, volunteers: `http://127.0.0.1:${(hung.address() as net.AddressInfo).port}/graphql` },
    });
    const started = Date.now();
    const res = await post<TwoSubgraphs>(prod.url, TWO_SUBGRAPHS);
    const elapsed = Date.now() - started;
    expect(res.status).toBe(200);
    expect(res.data?.projects.edges).toHaveLength(1);
    expect(res.data?.volunteer).toBeNull();
    expect(res.errors).toEqual([
      {
        message: 'Part of this answer is temporarily unavailable; try again shortly.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      },
    ]);
    expect(elapsed).toBeGreaterThanOrEqual(timeoutMs - 100);
    expect(elapsed).toBeLessThan(timeoutMs + 2_000);
  });
});

describe('HTTP status policy and error hygiene', () => {
  test('a syntax error is 400 GRAPHQL_PARSE_FAILED, not 500', async () => {
    const { status, body } = await answer(await postJson(city.gateway.url, { query: '{ projects(' }));
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  test('a document over the token limit is 400, not 500, over POST and GET', async () => {
    const query = `{ ${'__typename '.repeat(1_200)} }`;
    for (const res of [await postJson(city.gateway.url, { query }), await get(city.gateway.url, { query })]) {
      const { status, body } = await answer(res);
      expect(status).toBe(400);
      expect(body.errors?.[0]).toMatchObject({
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        message: expect.stringMatching(/more than 1000 tokens \(the limit\)/),
      });
    }
  });

  test('anonymous, a sign-in field beside public ones: public data plus UNAUTHENTICATED with a path', async () => {
    const res = await city.query(
      graphql(`
        query GuardsProofBesidePublic($id: ID!) {
          volunteer(id: $id) {
            displayName
            serviceProof {
              code
            }
          }
          projects(first: 1) {
            edges {
              node {
                title
              }
            }
          }
        }
      `),
      { id: ANY_VOLUNTEER },
    );
    expect(res.status).toBe(200);
    expect(res.data?.volunteer).toEqual({ displayName: '李*雨', serviceProof: null });
    expect(res.data?.projects.edges).toHaveLength(1);
    expect(res.errors).toEqual([
      {
        message: 'Sign in to obtain your proof of service.',
        path: ['volunteer', 'serviceProof'],
        extensions: { code: 'UNAUTHENTICATED' },
      },
    ]);
  });

  test('a sign-in list asked anonymously: 200 (execution started), UNAUTHENTICATED with path, message', async () => {
    const res = await city.query(
      graphql(`
        query GuardsVolunteers {
          volunteers(first: 2) {
            edges {
              cursor
            }
          }
        }
      `),
    );
    expect(res.status).toBe(200);
    expect(res.errors?.[0]).toMatchObject({
      path: ['volunteers'],
      extensions: { code: 'UNAUTHENTICATED' },
      message: expect.stringMatching(/^Sign in/),
    });
  });

  test('a wrong-typed inline literal is never echoed back', async () => {
    const secret = '13812345678';
    for (const query of [
      `{ projects(first: "${secret}") { edges { cursor } } }`,
      `{ projects(first: 1, sort: ZHANG_SAN_${secret}) { edges { cursor } } }`,
      `{ projects(first: 1, filter: { categoryCode: ${secret}.5 }) { edges { cursor } } }`,
    ]) {
      const res = await city.query(query);
      expect(res.status).toBe(400);
      expect(res.errors?.[0]).toMatchObject({
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        locations: [expect.anything()],
      });
      expect(JSON.stringify(res)).not.toContain(secret);
    }
  });

  test('a request refused as a whole gets the status of its code: 401 for a bad token', async () => {
    const res = await city.query(TWO_SUBGRAPHS, {}, 'not-a-token');
    expect(res.status).toBe(401);
    expectError(res, 'UNAUTHENTICATED');
  });

  test('a token living longer than the maximum (24 h by default) is refused; 12 h is fine', async () => {
    const ok = await city.query(
      graphql(`
        query GuardsMe {
          me {
            displayName
          }
        }
      `),
      {},
      await city.token({ role: 'volunteer', sub: 'demo-volunteer-01' }, '12h'),
    );
    expect(ok.errors).toBeUndefined();
    const long = await city.query(
      graphql(`
        query GuardsMe2 {
          me {
            displayName
          }
        }
      `),
      {},
      await city.token({ role: 'volunteer', sub: 'demo-volunteer-01' }, '25h'),
    );
    expect(long.status).toBe(401);
    expect(expectError(long, 'UNAUTHENTICATED').message).toMatch(/longer than this platform allows/);
  });

  test('a token without iat, or issued in the future, cannot prove its lifetime and is refused', async () => {
    const key = await importJWK(city.keys.issuer.privateJwk, 'EdDSA');
    const now = Math.floor(Date.now() / 1000);
    const sign = (claims: { iat?: number; exp: number }) =>
      new SignJWT({ role: 'volunteer', ...(claims.iat ? { iat: claims.iat } : {}) })
        .setProtectedHeader({ alg: 'EdDSA', kid: city.keys.issuer.privateJwk.kid })
        .setSubject('demo-volunteer-01')
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime(claims.exp)
        .sign(key);
    const noIat = await city.query(
      graphql(`
        query GuardsMe3 {
          me {
            displayName
          }
        }
      `),
      {},
      await sign({ exp: now + 3600 }),
    );
    expect(noIat.status).toBe(401);
    const future = await city.query(
      graphql(`
        query GuardsMe4 {
          me {
            displayName
          }
        }
      `),
      {},
      await sign({ iat: now + 30 * 86400, exp: now + 30 * 86400 + 3600 }),
    );
    expect(future.status).toBe(401);
  });
});

describe('shutdown under keep-alive load', () => {
  test('readiness fails first; requests on open connections get Connection: close or 503, never a reset', async () => {
    const g = await city.startGateway({});
    const agent = new Agent({ connections: 20, keepAliveTimeout: 30_000, pipelining: 1 });
    const tally = { served: 0, closed: 0, unavailable: 0, refused: 0, resets: 0, other: [] as string[] };
    let stopRequested = false;
    const body = JSON.stringify({ query: '{ districts { code } }' });
    const worker = async () => {
      for (;;) {
        try {
          const res = await request(g.url, {
            method: 'POST',
            dispatcher: agent,
            headers: { 'content-type': 'application/json' },
            body,
          });
          await res.body.text();
          if (res.statusCode === 503) tally.unavailable++;
          else if (res.statusCode === 200) tally.served++;
          else tally.other.push(`status ${res.statusCode}`);
          // A client told to close moves on (as a balancer would, readiness having failed).
          if (res.headers.connection === 'close' || res.statusCode === 503) {
            tally.closed++;
            return;
          }
        } catch (err) {
          const code = (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
          if (code === 'ECONNREFUSED' && stopRequested) tally.refused++;
          else if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') tally.resets++;
          else tally.other.push(String(code ?? err));
          return;
        }
      }
    };
    const workers = Array.from({ length: 20 }, worker);
    // Every connection open and busy before the stop begins.
    for (let waited = 0; tally.served < 100 && waited < 10_000; waited += 50)
      await new Promise((r) => setTimeout(r, 50));
    const servedBeforeStop = tally.served;
    stopRequested = true;
    const stopped = g.stop();
    const ready = await fetch(g.url.replace('/graphql', '/ready')).then(
      (r) => r.status,
      () => 0,
    );
    await Promise.all(workers);
    await stopped;
    await agent.close();
    expect(ready).toBe(503);
    expect(servedBeforeStop).toBeGreaterThanOrEqual(100);
    expect(tally.resets).toBe(0);
    expect(tally.other).toEqual([]);
    // Every client was told, by an answer, to stop using its connection.
    expect(tally.closed).toBe(20);
  });
});
