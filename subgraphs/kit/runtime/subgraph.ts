import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { parse, type DocumentNode } from 'graphql';
import type { CryptoKey } from 'jose';
import type { DataSource } from 'typeorm';
import type { Caller } from './caller';
import { accessRecorder, clientOperationName, type AccessRecorder } from './access-log';
import { controlCharacterGuard } from './control-characters';
import { createDataSource, openDatabase, type EntityList, type MigrationList, type SqlLog } from './database';
import type { Consumer } from './events';
import type { EventKeys } from './event-keys';
import { startBrokerConsumer, startBrokerRelay, type BrokerOptions } from './broker';
import { consumesEndpoint, eventsEndpoint } from './inbox';
import { startRelay, type Relay } from './relay';
import { isPublicError, unauthenticatedRequest } from './errors';
import { createHttpApp, listen } from './http';
import { IDENTITY_HEADER, verifyIdentity } from './identity';
import type { Logger } from './log';
import { repoPath } from './paths';
import { secretBox, type SecretBox } from './webhooks';
import { withCacheControl } from './cache-control';

/** What every resolver receives: the verified caller, this request's DataLoaders, the data source and a logger. */
export interface SubgraphContext<L = unknown> {
  caller: Caller;
  loaders: L;
  db: DataSource;
  log: Logger;
  /** This request's access log (access-log.ts): resolvers note personal fields served to admins and partner apps. */
  access: AccessRecorder;
  /** Seals secrets this subgraph must read again (webhooks.ts), under a key derived from its own. */
  secrets: SecretBox;
}

/** What a subgraph's background work gets (see SubgraphDefinition.background). */
export interface BackgroundEnv {
  db: DataSource;
  /** The requests' data source: work that requests hand over in their transactions is found by it (job-queue.ts). */
  requestDb: DataSource;
  log: Logger;
  secrets: SecretBox;
}

/** Work a subgraph runs beside its requests (a delivery loop); stopped before its database is closed. */
export interface Background {
  stop(): Promise<void>;
}

/**
 * A subgraph's resolvers. Each subgraph checks its own against its SDL with its generated `Resolvers`
 * (resolvers/types.generated.ts, `npm run codegen`); the kit needs no more than type names mapped to objects.
 */
export type ResolverMap = { readonly [typeName: string]: object };

/** A subgraph as its folder describes it; the kit turns it into a running service. */
export interface SubgraphDefinition<L = unknown> {
  /** Registry name; also its Postgres schema. */
  name: string;
  typeDefs: DocumentNode;
  resolvers: ResolverMap;
  entities: EntityList;
  migrations: MigrationList;
  /** Creates this request's DataLoaders; called once per request, never shared between requests. */
  loaders: (db: DataSource, caller: Caller) => L;
  /**
   * Event handlers made with the catalogue's `on` (see events.ts): each event at most once, in a transaction with its
   * inbox row; several handlers of one type run in list order in that transaction.
   */
  consumes?: readonly Consumer[];
  /** Loads demo data; must be idempotent (npm start runs it on every start). */
  seed?: (db: DataSource) => Promise<void>;
  /**
   * Loads this subgraph's share of the generated demo crowd (kit/city/demo-crowd.ts), after `seed`: once, so a
   * second start adds nothing.
   */
  seedCrowd?: (db: DataSource) => Promise<void>;
  /**
   * Work to run while the subgraph is up (partner webhooks in volunteers, reminders in projects), started before
   * requests and events are taken, so what they hand over has somewhere to go.
   */
  background?: (env: BackgroundEnv) => Background | Promise<Background>;
  /** True when the subgraph keeps an access log (lists `AccessLog1764900000000` among its migrations). */
  logsAccess?: boolean;
}

/** Typed identity helper so each module.ts reads as a declaration. */
export function defineSubgraph<L>(def: SubgraphDefinition<L>): SubgraphDefinition<L> {
  return def;
}

/** Parses the SDL that is the subgraph's source of truth, from its folder below the repository root. */
export function readSdl(folder: string): DocumentNode {
  return parse(withCacheControl(fs.readFileSync(path.join(repoPath(folder), 'schema.graphql'), 'utf8')));
}

export interface SubgraphOptions {
  port: number;
  /** This subgraph's key that signs the events it sends, and every subgraph's public key to check those it receives. */
  eventKeys: EventKeys;
  /** Base URLs (http://host:port) of the other subgraphs by name (none yet: not started); read on every delivery. */
  peers: () => Record<string, string | undefined>;
  /** How long the outbox keeps rows every peer has been sent (the relay's default: an hour). */
  outboxRetentionMs?: number;
  host: string;
  databaseUrl: string;
  poolMax: number;
  identityKey: CryptoKey;
  log: Logger;
  seedDemo: boolean;
  /** With the demo data, the generated crowd too (default: whenever the demo is seeded; tests ask for it). */
  seedCrowd?: boolean;
  /** Events travel through NATS JetStream instead of the HTTP relay (broker.ts); the outbox and inbox stay. */
  broker?: BrokerOptions;
}

export interface RunningSubgraph {
  name: string;
  port: number;
  url: string;
  db: DataSource & { sqlLog: SqlLog };
  httpServer: http.Server;
  relay: Relay;
  stop(): Promise<void>;
}

/** Migrates the subgraph's schema, optionally seeds it, and serves /graphql, /health and /ready. */
export async function startSubgraph<L>(def: SubgraphDefinition<L>, opts: SubgraphOptions): Promise<RunningSubgraph> {
  const { log } = opts;
  const db = createDataSource({
    url: opts.databaseUrl,
    schema: def.name,
    entities: def.entities,
    migrations: def.migrations,
    poolMax: opts.poolMax,
    log,
  });
  await openDatabase(db, def.name);
  if (opts.seedDemo && def.seed) await def.seed(db);
  if (opts.seedDemo && (opts.seedCrowd ?? true) && def.seedCrowd) await def.seedCrowd(db);

  const secrets = secretBox(opts.eventKeys.own, `${def.name}:secrets`);
  let stopping = false;
  // A subgraph has no ops port: /ready tells whoever reaches it the status alone, and which check failed goes to the
  // log, for operators only.
  const readiness = async () => {
    const database = await db.query('SELECT 1').then(
      () => true,
      (err: unknown) => {
        log.warn({ err, check: 'database' }, 'readiness check failed');
        return false;
      },
    );
    return { database };
  };
  const app = createHttpApp(readiness, () => stopping, { details: false });
  const { server: httpServer, port } = await listen(app, opts.port, opts.host);

  const apollo = new ApolloServer<SubgraphContext<L>>({
    // A list of modules: since @apollo/subgraph 2.15 a lone { typeDefs, resolvers } object is read as SDL and fails.
    schema: buildSubgraphSchema([{ typeDefs: def.typeDefs, resolvers: def.resolvers as GraphQLResolverMap<unknown> }]),
    introspection: false,
    // The kit's own signal handler stops this server in order (readiness first, then drain, then the database).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    // No inline traces: they would carry timings and errors of this subgraph to whoever asks through the gateway.
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // The gateway refuses control characters first; this is for anything that reaches the subgraph another way.
      controlCharacterGuard(),
      // The request's access-log rows, one statement once the answer is ready (before it is sent, so a log read
      // right after sees them).
      { requestDidStart: async () => ({ willSendResponse: ({ contextValue }) => contextValue.access.flush() }) },
    ],
    formatError: (formatted, error) => {
      const original = (error as { originalError?: unknown })?.originalError ?? error;
      if (isPublicError(original) || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
      // The kit logger's serializer keeps the error's type and database code, never its parameters or row.
      log.error({ err: original, path: formatted.path }, 'resolver failed');
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
  await apollo.start();

  // Background work polls on its own small pool, as the relay does on its own connection: its statements are not
  // the requests' (countStatements measures what a request costs) and its waits never take a request's connection.
  const backgroundDb = def.background
    ? createDataSource({
        url: opts.databaseUrl,
        schema: def.name,
        entities: def.entities,
        migrations: [],
        poolMax: 2,
        log,
      })
    : undefined;
  await backgroundDb?.initialize();
  const background = backgroundDb
    ? await def.background!({ db: backgroundDb, requestDb: db, log, secrets })
    : undefined;

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const caller = await verifyIdentity(req.header(IDENTITY_HEADER), opts.identityKey);
        if (!caller) throw unauthenticatedRequest('This service answers only requests signed by the Qingju gateway.');
        const operation = clientOperationName((req.body as { operationName?: unknown } | undefined)?.operationName);
        const access = accessRecorder(db, caller, operation, log, def.logsAccess === true);
        return { caller, loaders: def.loaders(db, caller), db, log, access, secrets };
      },
    }),
  );

  app.get('/events', consumesEndpoint(def.consumes ?? []));
  app.post(
    '/events',
    express.raw({ type: 'application/json', limit: '2mb' }),
    eventsEndpoint(db, def.consumes ?? [], opts.eventKeys, log),
  );
  const relayOptions = {
    databaseUrl: opts.databaseUrl,
    source: def.name,
    peers: opts.peers,
    keys: opts.eventKeys,
    retainMs: opts.outboxRetentionMs,
    log,
  };
  // With a broker, POST /events above still answers (a producer still on HTTP during a switch-over is not lost).
  const relay = opts.broker
    ? await startBrokerRelay({ ...relayOptions, broker: opts.broker })
    : await startRelay(relayOptions);
  const brokerConsumer = opts.broker
    ? await startBrokerConsumer({
        broker: opts.broker,
        name: def.name,
        db,
        consumers: def.consumes ?? [],
        keys: opts.eventKeys,
        log,
      })
    : undefined;

  log.info({ port }, `${def.name} subgraph ready`);
  return {
    name: def.name,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    db,
    httpServer,
    relay,
    async stop() {
      stopping = true;
      await apollo.stop();
      await background?.stop();
      if (backgroundDb?.isInitialized) await backgroundDb.destroy();
      await brokerConsumer?.stop();
      await relay.stop();
      if (db.isInitialized) await db.destroy();
    },
  };
}
