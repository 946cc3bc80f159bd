import type { BrokerOptions } from '../../subgraphs/kit/runtime/broker';
import fs from 'node:fs';
import { importJWK, type CryptoKey } from 'jose';
import { GraphQLClient, ClientError } from 'graphql-request';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { GATEWAY_SUBGRAPHS, SUBGRAPHS, type SubgraphEntry } from '../../schema/registry';
import { SUPERGRAPH_FILE } from '../../schema/compose';
import { startGateway, type GatewayOptions, type RunningGateway } from '../../gateway/server';
import { eventKeysOf, generateKeySet, type KeySet } from '../../gateway/keys';
import { mintToken, type TokenRequest } from '../../gateway/tokens';
import { createLogger, type Logger } from '../../subgraphs/kit/runtime/log';
import { repoPath } from '../../subgraphs/kit/runtime/paths';
import { dropSubgraphSchemas } from './database';
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '../../subgraphs/kit/runtime/subgraph';

export const ISSUER = 'qingju-test';
export const AUDIENCE = 'qingju';

export interface City {
  gateway: RunningGateway;
  subgraphs: Map<string, RunningSubgraph>;
  keys: KeySet;
  identityPublicKey: CryptoKey;
  /** A user token for `req`, signed by the test issuer. */
  token(req: TokenRequest, expiresIn?: string | number): Promise<string>;
  /** Another gateway in front of the same subgraphs, with the same keys (for timeouts, shutdown, limits). */
  startGateway(overrides: Partial<GatewayOptions>): Promise<RunningGateway>;
  /** Waits until every subgraph's relay has delivered every event recorded so far. */
  settleEvents(): Promise<void>;
  /**
   * Posts one operation to the gateway as a frontend would. A typed document (a client's operation from
   * gateway/operations/generated, or a test's own from tests/testkit/generated's `graphql()`) types the result and
   * the variables. A string is a document built at run time or one the schema refuses on purpose: its result is
   * `unknown` unless the test states the type it expects.
   */
  query<T, V extends Variables>(query: TypedDocumentNode<T, V>, variables?: V, token?: string): Promise<GqlResult<T>>;
  query<T = unknown>(query: string, variables?: Variables, token?: string): Promise<GqlResult<T>>;
  /**
   * Stops one subgraph (its requests, relay and background work, as a shutdown does), keeps it down for `downMs`,
   * and starts it again on the same port and database, unseeded: what a restart does to work it had queued.
   */
  restart(name: string, downMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export type Variables = Record<string, unknown>;

export interface GqlResult<T> {
  data: T | null | undefined;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  status: number;
}

/** The module a registry entry's folder exports under the subgraph's name. */
export function loadSubgraph(entry: SubgraphEntry, root = repoPath()): SubgraphDefinition<unknown> {
  // The folder is known only at run time (the ninth-district test loads a copy of the repository).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(`${root}/${entry.folder}/module`) as Record<string, SubgraphDefinition<unknown>>;
  const def = mod[entry.name];
  if (!def) throw new Error(`${entry.folder}/module.ts does not export ${entry.name}`);
  return def;
}

export function testDatabaseUrl(): string {
  const url = process.env.QINGJU_TEST_DATABASE_URL;
  if (!url)
    throw new Error('QINGJU_TEST_DATABASE_URL is unset: run tests through jest (globalSetup prepares the database)');
  return url;
}

/**
 * Boots every subgraph on a free port and the gateway in front, in this process, on the test database, with fresh
 * keys. `seed` loads the demo data; `supergraphSdl` and `entries` let a test compose a different city.
 */
export async function startCity(
  opts: {
    seed?: boolean;
    /**
     * Seed the generated demo crowd too (kit/city/demo-crowd.ts: a few hundred volunteers, thousands of records).
     * Off by default: most suites count the hand-written demo data exactly, and the crowd costs seconds each. Its
     * events are not waited for (`settleEvents` does, if a suite needs the districts' ledgers to include it).
     */
    crowd?: boolean;
    entries?: readonly SubgraphEntry[];
    supergraphSdl?: string;
    root?: string;
    gateway?: Partial<GatewayOptions>;
    log?: Logger;
    /** Runs the OAuth server for partner apps (/oauth) on the test database, with the city's fresh keys. */
    oauth?: boolean;
    /** Events through NATS JetStream (kit/runtime/broker.ts) instead of the HTTP relay. */
    broker?: BrokerOptions;
  } = {},
): Promise<City> {
  const entries = opts.entries ?? SUBGRAPHS;
  const keys = await generateKeySet(entries.map((e) => e.name));
  const identityPublicKey = (await importJWK(keys.identity.publicJwk, 'EdDSA')) as CryptoKey;
  const identityPrivateKey = (await importJWK(keys.identity.privateJwk, 'EdDSA')) as CryptoKey;
  // One logger for every subgraph and the gateway; a test passes its own to read what they log.
  const log = opts.log ?? createLogger('test', process.env.LOG_LEVEL ?? 'silent');
  const subgraphs = new Map<string, RunningSubgraph>();
  // Every test file starts from freshly migrated, freshly seeded schemas: no file sees what another one wrote.
  // The gateway's own schemas too (its traffic counts): a file counts only the requests it made.
  await dropSubgraphSchemas(
    testDatabaseUrl(),
    [...entries, ...GATEWAY_SUBGRAPHS].map((e) => e.name),
  );
  // One at a time: concurrent first-time migrations on one fresh database would only contend.
  // If one fails to start, those already running are stopped, so a failed suite does not keep Jest alive.
  const stopStarted = () => Promise.all([...subgraphs.values()].map((s) => s.stop().catch(() => undefined)));
  const defs = new Map(entries.map((e) => [e.name, loadSubgraph(e, opts.root)]));
  const launch = (entry: SubgraphEntry, port: number, seedDemo: boolean) =>
    startSubgraph(defs.get(entry.name)!, {
      port,
      eventKeys: eventKeysOf(keys, entry.name),
      // Every subgraph of the city, those not started yet without an address: a relay waits for them (and keeps
      // its outbox for them) as it would for a subgraph that is down.
      peers: () =>
        Object.fromEntries(
          entries.map((e) => {
            const s = subgraphs.get(e.name);
            return [e.name, s && `http://127.0.0.1:${s.port}`];
          }),
        ),
      host: '127.0.0.1',
      databaseUrl: testDatabaseUrl(),
      poolMax: 4,
      identityKey: identityPublicKey,
      log: log.child({ service: entry.name }),
      seedDemo,
      // The crowd comes once every subgraph is up (below).
      seedCrowd: false,
      broker: opts.broker,
    });
  for (const entry of entries) {
    const running = await launch(entry, 0, opts.seed ?? true).catch(async (err: unknown) => {
      await stopStarted();
      throw err;
    });
    subgraphs.set(entry.name, running);
  }
  const gatewayOptions = (overrides: Partial<GatewayOptions> = {}): GatewayOptions => ({
    port: 0,
    host: '127.0.0.1',
    ops: { port: 0, host: '127.0.0.1' },
    supergraphSdl: opts.supergraphSdl ?? fs.readFileSync(SUPERGRAPH_FILE, 'utf8'),
    databaseUrl: testDatabaseUrl(),
    subgraphUrls: Object.fromEntries([...subgraphs].map(([name, s]) => [name, s.url])),
    auth: { issuer: ISSUER, audience: AUDIENCE, jwks: { keys: [keys.issuer.publicJwk] } },
    identityKey: identityPrivateKey,
    // The production deadline (3 s) is proven in gateway/guards.test.ts against a hung subgraph. Here the whole city
    // shares one event loop with Jest on a two-core runner: a cold first read there has taken over 5 s.
    subgraphTimeoutMs: 10_000,
    // Tests fire 100–200 concurrent writes at one row on a machine shared with other work: give writes room.
    subgraphMutationTimeoutMs: 20_000,
    production: false,
    rateLimits: {
      perIp: 100_000,
      perUser: 100_000,
      perPartnerApp: 100_000,
      mutationsPerUser: 100_000,
      mutationsPerIp: 100_000,
    },
    trustedDocuments: false,
    trustProxy: 0,
    log,
    oauth: opts.oauth
      ? { databaseUrl: testDatabaseUrl(), signingKey: keys.oauth.privateJwk, cookieKeys: [keys.oauth.cookieKey] }
      : undefined,
    ...opts.gateway,
    ...overrides,
  });
  const gateway = await startGateway(gatewayOptions());
  const city: City = {
    gateway,
    startGateway: (overrides) => startGateway(gatewayOptions(overrides)),
    subgraphs,
    keys,
    identityPublicKey,
    token: (req, expiresIn) =>
      mintToken(keys.issuer.privateJwk, req, { issuer: ISSUER, audience: AUDIENCE, expiresIn }),
    async settleEvents() {
      // Twice: a handler may itself emit events that the first round started.
      // 30 s each: on a loaded two-core machine the demo history of eleven subgraphs can take longer than 10 s.
      for (let round = 0; round < 2; round++) for (const s of subgraphs.values()) await s.relay.drain(30_000);
    },
    query: <T, V extends Variables>(query: string | TypedDocumentNode<T, V>, variables?: V, token?: string) =>
      post<T, V>(gateway.url, query, variables, token ? { authorization: `Bearer ${token}` } : {}),
    async restart(name, downMs = 0) {
      const entry = entries.find((e) => e.name === name)!;
      const running = subgraphs.get(name)!;
      await running.stop();
      subgraphs.delete(name);
      await new Promise((r) => setTimeout(r, downMs));
      // The same port, so the gateway finds it where it was; the data stays as it was left.
      subgraphs.set(name, await launch(entry, running.port, false));
    },
    async stop() {
      await gateway.stop();
      for (const s of subgraphs.values()) await s.stop();
    },
  };
  // Tests start once the demo data's events (standings, profiles, hours) have reached every subgraph.
  await city.settleEvents();
  // The crowd after the demo's events have settled, and without waiting for its own (thousands, which only the
  // districts' ledgers read): a suite that asks for it reads figures of volunteers and projects, seeded here.
  if (opts.crowd) for (const [name, def] of defs) if (def.seedCrowd) await def.seedCrowd(subgraphs.get(name)!.db);
  return city;
}

/**
 * One GraphQL POST with graphql-request; GraphQL errors come back as data, not as a thrown exception. It asks for
 * English messages (`Accept-Language: en`), which tests assert; tests/gateway/messages.test.ts covers Chinese, the
 * default for a client that does not ask.
 */
export async function post<T, V extends Variables = Variables>(
  url: string,
  query: string | TypedDocumentNode<T, V>,
  variables?: V,
  headers: Record<string, string> = {},
): Promise<GqlResult<T>> {
  const client = new GraphQLClient(url, { headers: { 'accept-language': 'en', ...headers } });
  try {
    // rawRequest takes a document or a string; typed documents are sent printed, as any GraphQL client sends them.
    const res = await client.rawRequest<T>(typeof query === 'string' ? query : print(query), variables);
    return { data: res.data, errors: res.errors as GqlResult<T>['errors'], status: res.status };
  } catch (err) {
    if (err instanceof ClientError) {
      const r = err.response as unknown as { data?: T; errors?: GqlResult<T>['errors']; status: number };
      return { data: r.data, errors: r.errors, status: r.status };
    }
    throw err;
  }
}

/**
 * The same typed document, its variables unchecked: for a test that sends, on purpose, variables the schema refuses
 * (a string for an Int, an unknown enum value, a required one missing). The result stays typed.
 */
export const uncheckedVariables = <T>(doc: TypedDocumentNode<T, never>) =>
  doc as unknown as TypedDocumentNode<T, Variables>;

/** Fails with the errors themselves when an operation that should succeed did not. */
export function expectNoErrors<T>(res: GqlResult<T>): T {
  if (res.errors?.length) throw new Error(`Expected no errors, got ${JSON.stringify(res.errors, null, 2)}`);
  return res.data as T;
}

/** Asserts the first error carries `code`, and returns it for further checks on message and path. */
export function expectError(res: Pick<GqlResult<unknown>, 'errors' | 'data'>, code: string) {
  const codes = (res.errors ?? []).map((e) => e.extensions?.code);
  if (!codes.includes(code))
    throw new Error(`Expected an error with code ${code}, got ${JSON.stringify(res.errors ?? res.data)}`);
  return res.errors!.find((e) => e.extensions?.code === code)!;
}

/**
 * Runs `fn` and returns how many SQL statements each subgraph ran meanwhile, so a test can prove that a page of
 * N items costs a fixed number of statements (run it for two page sizes and compare).
 */
export async function countStatements(city: City, fn: () => Promise<unknown>): Promise<Record<string, number>> {
  // Events still travelling would be handled (and counted) in the middle of the measurement.
  await city.settleEvents();
  const before = new Map([...city.subgraphs].map(([name, s]) => [name, s.db.sqlLog.statements]));
  await fn();
  return Object.fromEntries([...city.subgraphs].map(([name, s]) => [name, s.db.sqlLog.statements - before.get(name)!]));
}
