import type http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway } from '@apollo/gateway';
import Redis from 'ioredis';
import type { CryptoKey, JWK } from 'jose';
import { controlCharacterGuard } from '../subgraphs/kit/runtime/control-characters';
import { createHttpApp, listen } from '../subgraphs/kit/runtime/http';
import { signIdentity } from '../subgraphs/kit/runtime/identity';
import { ACTING_ORGANIZATION_HEADER, actingFor } from './acting';
import type { Logger } from '../subgraphs/kit/runtime/log';
import { createAuthenticator, type AuthOptions } from './auth';
import { oauthTokenAuthenticator } from './oauth/accept';
import { interactionRoutes } from './oauth/interaction';
import { createOAuthServer, OAUTH_PATH } from './oauth/provider';
import { partnerRegistry } from './oauth/registry';
import { registeredPartnersOnly } from './oauth/city-partner-tokens';
import { openOAuthStore, type OAuthStore } from './oauth/store.repository';
import { maskError } from './errors';
import { requestLanguage } from './messages/request-language';
import { statusPolicyPlugin } from './http-status';
import { statisticsViewerPlugin } from './statistics-viewer';
import { createSubgraphFetchers } from './fetcher';
import { responseCache } from './response-cache';
import { identitySigner } from './identities';
import { dashboardPage } from './dashboard-page';
import { graphiql } from './graphiql';
import { httpErrorHandler } from './http-errors';
import { calendarFeed, sharePage } from './pages';
import { armor, costLimitPlugin, LIMITS } from './limits';
import { createMetrics, observabilityPlugin } from './metrics';
import { opsApp } from './ops';
import {
  callerRateLimitPlugin,
  createLimiters,
  DEFAULT_MUTATIONS_PER_PARTNER_APP,
  ipRateLimit,
  requestRateLimit,
  type RateLimits,
} from './rate-limit';
import { partnerCors } from './partner-cors';
import { appQuotas, callerOf } from './partner-quotas';
import { subgraphReadiness } from './readiness';
import { SignedSubgraphSource, type GatewayContext } from './subgraph-source';
import { startTraffic, TRAFFIC } from './traffic/module';
import { appDocumentOf, loadManifest, manifestCache, operationIds, trustedDocumentsPlugin } from './trusted-documents';

export interface GatewayOptions {
  port: number;
  host: string;
  /** Where /metrics and the detailed /ready are served: a port of their own, never the public one (gateway/ops.ts). */
  ops: { port: number; host: string };
  supergraphSdl: string;
  /** PostgreSQL of the gateway's own subgraph (traffic, in its schema `traffic`). */
  databaseUrl: string;
  /** How often the request counts held in memory are stored (default 10 s; they are also stored on stop). */
  trafficFlushMs?: number;
  /** Overrides of the URLs recorded in the supergraph, by subgraph name (tests and containers use them). */
  subgraphUrls: Record<string, string>;
  auth: AuthOptions;
  identityKey: CryptoKey;
  /** Deadline of one subgraph fetch for a read, and for a mutation (default: the read's). */
  subgraphTimeoutMs: number;
  subgraphMutationTimeoutMs?: number;
  production: boolean;
  rateLimits: RateLimits;
  /** Shares rate-limit counts and cached answers between gateway replicas; in memory without it. */
  redisUrl?: string;
  /**
   * Longest time an anonymous caller's answer made only of data subgraphs mark public is reused (gateway/
   * response-cache.ts); 0 or unset: no response caching (tests, which write and read back at once, by default).
   */
  responseCacheSeconds?: number;
  /** Only operations from gateway/operations/ run (by hash); otherwise any operation, with APQ. */
  trustedDocuments: boolean;
  /** Express `trust proxy`: how many proxies in front set X-Forwarded-For (0: use the socket address). */
  trustProxy: number;
  /** Where clients reach this gateway (share links, calendar feeds); the listening URL when unset. */
  publicUrl?: string;
  /** The volunteer app whose project pages share pages link to. */
  appUrl?: string;
  /** The OAuth server for partner apps at /oauth (gateway/oauth/); off when unset, and only city tokens work. */
  oauth?: { databaseUrl: string; signingKey: JWK; cookieKeys: string[] };
  log: Logger;
}

export interface RunningGateway {
  url: string;
  port: number;
  /** Base URL of the operations port (/metrics, /ready with each subgraph, /health). */
  opsUrl: string;
  httpServer: http.Server;
  /** Stores the request counts held in memory now instead of at the next interval (tests read them back). */
  flushTraffic(): Promise<void>;
  stop(): Promise<void>;
}

/** An address to reach a server listening on `host` from this machine (any-address binds answer on loopback). */
const reachable = (host: string) =>
  host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;

/** Connections get this long to finish their requests on shutdown, so the process exits within 10 s. */
const DRAIN_MS = 8_000;

/**
 * The city gateway: verifies tokens, signs the caller for subgraphs, limits and rate-limits operations, plans over
 * the static supergraph, masks errors, logs and measures every request.
 */
export async function startGateway(opts: GatewayOptions): Promise<RunningGateway> {
  const { log } = opts;
  const cityAuthenticate = createAuthenticator(opts.auth);
  let authenticate = cityAuthenticate;
  const metrics = createMetrics();
  const fetchers = createSubgraphFetchers({
    timeoutMs: opts.subgraphTimeoutMs,
    mutationTimeoutMs: opts.subgraphMutationTimeoutMs ?? opts.subgraphTimeoutMs,
    socketsPerSubgraph: 32,
    metrics,
  });
  const traffic = await startTraffic({ databaseUrl: opts.databaseUrl, flushMs: opts.trafficFlushMs ?? 10_000, log });
  const subgraphUrls: Record<string, string> = {};
  // @apollo/gateway otherwise reports this machine's metrics to usage-reporting.api.apollographql.com and, to label
  // them, probes cloud metadata addresses (169.254.169.254 and others) as it starts. The city's gateway calls no
  // third party it was not configured to call; an operator who wants Apollo's reporting sets it to false.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: opts.supergraphSdl,
    buildService: ({ name, url }) => {
      // Served in this process; not a remote subgraph, so not among those /ready checks either.
      if (name === TRAFFIC) return traffic.source;
      subgraphUrls[name] = opts.subgraphUrls[name] ?? url!;
      return new SignedSubgraphSource({ url: subgraphUrls[name], fetcher: fetchers.forSubgraph(name) });
    },
  });
  const redis = opts.redisUrl
    ? new Redis(opts.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
    : undefined;
  redis?.on('error', (err) => log.warn({ err: err.message }, 'redis unavailable; rate limits count in memory'));
  // Wait (briefly) for Redis so the first requests already share counts; without it we start on memory counts.
  if (redis)
    await new Promise((resolve) => {
      redis.once('ready', resolve);
      redis.once('error', resolve);
      setTimeout(resolve, 2_000).unref();
    });
  const limiters = createLimiters(opts.rateLimits, redis);
  const identityOf = identitySigner({ sign: (caller) => signIdentity(caller, opts.identityKey) });

  let stopping = false;
  const readiness = subgraphReadiness(() => subgraphUrls);
  // The public port answers /ready with the status alone; which subgraph is down is for the ops port.
  const app = createHttpApp(readiness, () => stopping, { degradedIsReady: true, details: false });
  app.set('trust proxy', opts.trustProxy);
  const ops = await listen(
    opsApp(readiness, () => stopping, metrics),
    opts.ops.port,
    opts.ops.host,
  ).catch(async (err: unknown) => {
    await traffic.stop();
    throw err;
  });
  const {
    server: httpServer,
    port,
    drain,
  } = await listen(app, opts.port, opts.host).catch(async (err: unknown) => {
    await ops.drain(0);
    await traffic.stop();
    throw err;
  });

  const responses = responseCache({ seconds: opts.responseCacheSeconds ?? 0, redisUrl: opts.redisUrl, metrics, log });
  const protections = armor();
  const manifest = loadManifest();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !opts.production,
    // Shutdown is ours (readiness fails first, then drain); Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    validationRules: protections.validationRules,
    // graphql-js counts tokens while parsing and stops at the limit: a parse error, 400 like any other.
    parseOptions: { maxTokens: LIMITS.tokens },
    // Trusted documents: the persisted-query store is the manifest, read-only, whatever the method.
    ...(opts.trustedDocuments ? { persistedQueries: { cache: manifestCache(manifest), ttl: null } } : {}),
    formatError: maskError(log, opts.production),
    plugins: [
      // Every request counts as traffic, those the plugins below refuse included.
      traffic.plugin,
      traffic.partnerCalls,
      ...protections.plugins,
      ...(opts.trustedDocuments ? [trustedDocumentsPlugin(manifest)] : []),
      costLimitPlugin(),
      statisticsViewerPlugin(),
      controlCharacterGuard(),
      statusPolicyPlugin(),
      callerRateLimitPlugin(limiters),
      observabilityPlugin(metrics, log),
      // After the limits and rate limits: a cached answer is counted and limited like any other.
      ...responses.plugins,
      // Apollo's landing page loads from a CDN; in development our own GraphiQL (gateway/graphiql.ts) replaces it.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  // The partner-app registry (volunteers subgraph): quotas, CORS origins, apps' own trusted documents, OAuth clients.
  const registry = partnerRegistry(() => subgraphUrls.volunteers, opts.identityKey, opts.subgraphTimeoutMs);
  const appOf = appQuotas(
    {
      requestsPerMinute: opts.rateLimits.perPartnerApp,
      mutationsPerMinute: opts.rateLimits.mutationsPerPartnerApp ?? DEFAULT_MUTATIONS_PER_PARTNER_APP,
      mutationsPerCitizenPerMinute: opts.rateLimits.mutationsPerUser,
    },
    registry,
    log,
  );
  // City-signed partner tokens are checked against the registry as OAuth tokens are (oauth/city-partner-tokens.ts).
  authenticate = registeredPartnersOnly(cityAuthenticate, registry, opts.production);
  // `authenticate` is read at call time: the OAuth server, set up below, adds its tokens to it.
  const requestCaller = (req: express.Request) => callerOf(req, (header) => authenticate(header));
  const cors = partnerCors(registry, requestCaller, appOf, log);
  // Before the IDE's routes, whose router would answer an OPTIONS /graphql itself.
  app.options('/graphql', ipRateLimit(limiters), cors.preflight);
  if (!opts.production) app.use(graphiql());
  app.use(dashboardPage());
  app.use(
    '/graphql',
    requestRateLimit(limiters, requestCaller, appOf),
    cors.actual,
    express.json({ limit: LIMITS.bodyBytes }),
    operationIds(opts.trustedDocuments ? manifest : undefined, {
      async appOf(req) {
        if (!req.header('authorization')) return undefined;
        const caller = await requestCaller(req).catch(() => null);
        // A refused token: the GraphQL context answers it (401 with its challenge) before anything runs.
        return caller ? (await appOf(caller))?.id : null;
      },
      document: (appId, hash) => registry.document(appId, hash),
    }),
    requestLanguage,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const signedIn = await requestCaller(req);
        const app = await appOf(signedIn);
        // Rate limits and quotas count the sign-in itself; what it acts as is for the subgraphs to check.
        const caller = actingFor(signedIn, req.header(ACTING_ORGANIZATION_HEADER), app !== undefined);
        return {
          caller,
          identity: await identityOf(caller),
          ip: req.ip ?? 'unknown',
          app,
          appDocument: appDocumentOf(req),
        };
      },
    }),
  );
  const publicUrl = opts.publicUrl ?? `http://localhost:${port}`;
  let oauthStore: OAuthStore | undefined;
  if (opts.oauth) {
    oauthStore = await openOAuthStore(opts.oauth.databaseUrl);
    const apiResource = `${publicUrl}/graphql`;
    const provider = createOAuthServer({
      issuer: `${publicUrl}${OAUTH_PATH}`,
      apiResource,
      registry,
      store: oauthStore,
      signingKey: opts.oauth.signingKey,
      cookieKeys: opts.oauth.cookieKeys,
    });
    provider.proxy = opts.trustProxy > 0;
    const store = oauthStore;
    authenticate = registeredPartnersOnly(
      createAuthenticator(
        opts.auth,
        oauthTokenAuthenticator(provider, registry, apiResource, (id) => store.revokeGrant(id)),
      ),
      registry,
      opts.production,
    );
    app.use(
      `${OAUTH_PATH}/interaction`,
      ipRateLimit(limiters),
      interactionRoutes({
        provider,
        apollo,
        identityKey: opts.identityKey,
        manifest,
        authenticate: cityAuthenticate,
        log,
      }),
    );
    app.use(OAUTH_PATH, ipRateLimit(limiters), provider.callback());
  }
  app.get(
    '/p/:code',
    ipRateLimit(limiters),
    sharePage(apollo, opts.identityKey, manifest, publicUrl, opts.appUrl ?? publicUrl),
  );
  app.get('/calendar/:token.ics', ipRateLimit(limiters), calendarFeed(apollo, opts.identityKey, manifest, publicUrl));
  app.use(httpErrorHandler);

  log.info({ port, opsPort: ops.port, trustedDocuments: opts.trustedDocuments }, 'gateway ready');
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    opsUrl: `http://${reachable(opts.ops.host)}:${ops.port}`,
    httpServer,
    flushTraffic: () => traffic.flush(),
    async stop() {
      // Readiness fails and every answer carries `Connection: close` from here; Apollo stops only once the
      // connections have gone, so a request on a kept-alive socket is served, never reset.
      stopping = true;
      await Promise.all([drain(DRAIN_MS), ops.drain(DRAIN_MS)]);
      await apollo.stop();
      // After the last request: what it counted is stored too.
      await traffic.stop();
      await fetchers.close();
      await oauthStore?.close();
      await responses.close();
      redis?.disconnect();
    },
  };
}
