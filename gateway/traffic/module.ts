import { LocalGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { ApolloServerPlugin } from '@apollo/server';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import { ANONYMOUS } from '../../subgraphs/kit/runtime/caller';
import { createDataSource, openDatabase } from '../../subgraphs/kit/runtime/database';
import type { Logger } from '../../subgraphs/kit/runtime/log';
import { readSdl } from '../../subgraphs/kit/runtime/subgraph';
import type { GatewayContext } from '../subgraph-source';
import { trafficMaxAge } from './cache-policy';
import type { LocalContext } from './context';
import { TrafficCounter } from './counter';
import { createLoaders } from './data/loaders';
import { addTrafficDays } from './data/traffic-day.repository';
import { TrafficDays1765100000000 } from './migrations/1765100000000-traffic-days';
import { trafficPlugin } from './plugin';
import { Statistics } from './resolvers/Statistics';
import { Query } from './resolvers/Query';
import { PartnerCall } from './resolvers/PartnerCall';
import { partnerCallPlugin } from './partner-calls';
import { PartnerCalls1765200000000 } from './migrations/1765200000000-partner-calls';
import type { Resolvers } from './resolvers/types.generated';

/** Its registry name (schema/registry.ts GATEWAY_SUBGRAPHS) and its Postgres schema. */
export const TRAFFIC = 'traffic';

const resolvers = { Statistics, Query, PartnerCall } satisfies Resolvers;

export interface TrafficOptions {
  databaseUrl: string;
  /** How often counts are added to the stored ones (and once more on stop). */
  flushMs: number;
  log: Logger;
}

export interface Traffic {
  /** Counts every request (first among the gateway's plugins). */
  plugin: ApolloServerPlugin;
  /** Records every partner app's call for a citizen (the partner-call trail, issue 12.5). */
  partnerCalls: ApolloServerPlugin<GatewayContext>;
  /** Serves the `traffic` subgraph of the supergraph inside the gateway's process. */
  source: LocalGraphQLDataSource<GatewayContext>;
  /** Adds the counts held in memory to the stored ones now; rejects (counts kept for the next try) when it fails. */
  flush(): Promise<void>;
  /** Stores what is left and closes the database. */
  stop(): Promise<void>;
}

/**
 * Resolves this subgraph's part of a query with the caller the gateway already verified: nothing travels over HTTP,
 * so there is no identity to sign. Loaders are made once per client request (one context), not per fetch.
 */
class TrafficSource extends LocalGraphQLDataSource<GatewayContext> {
  private readonly contexts = new WeakMap<object, LocalContext>();
  /** Each fetch document's maxAge: the query planner sends the same few documents again and again. */
  private readonly maxAges = new LRUCache<string, number>({ max: 1_000 });

  constructor(private readonly db: DataSource) {
    super(buildSubgraphSchema([{ typeDefs: readSdl('gateway/traffic'), resolvers: resolvers as GraphQLResolverMap }]));
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const outer = options.context as Partial<GatewayContext>;
    let local = this.contexts.get(outer);
    if (!local) {
      local = { caller: outer.caller ?? ANONYMOUS, loaders: createLoaders(this.db), db: this.db };
      this.contexts.set(outer, local);
    }
    // Remote subgraphs' Cache-Control headers restrict how long the gateway may keep the answer; this one's part
    // restricts it alike, so an answer with partner calls is never kept and one with traffic at most 5 s.
    const query = options.request.query;
    if ('incomingRequestContext' in options && query) {
      let maxAge = this.maxAges.get(query);
      if (maxAge === undefined) this.maxAges.set(query, (maxAge = trafficMaxAge(this.schema, query)));
      (
        options.incomingRequestContext.overallCachePolicy as { restrict(hint: { maxAge: number }): void } | undefined
      )?.restrict({ maxAge });
    }
    return super.process({ ...options, context: local as unknown as GatewayContext });
  }
}

/**
 * The platform's traffic (issue 13.3): the gateway counts requests in memory and adds them to its own Postgres schema
 * every `flushMs`, so counting costs a request no I/O and replicas share one table; the same schema answers
 * `Statistics.traffic`.
 */
export async function startTraffic(opts: TrafficOptions): Promise<Traffic> {
  const db = createDataSource({
    url: opts.databaseUrl,
    schema: TRAFFIC,
    entities: [],
    migrations: [TrafficDays1765100000000, PartnerCalls1765200000000],
    // One flush at a time, the occasional dashboard read, and the partner-call trail's writes.
    poolMax: 4,
    log: opts.log.child({ service: TRAFFIC }),
  });
  await openDatabase(db, TRAFFIC, { events: false });
  const counter = new TrafficCounter();

  // Flushes one after another: a forced flush waits for the timer's, so each takes what the previous one left.
  let last: Promise<void> = Promise.resolve();
  const flush = () => {
    const run = last.then(async () => {
      const taken = counter.take();
      try {
        await addTrafficDays(
          db,
          [...taken].map(([day, counts]) => ({ day, ...counts })),
        );
      } catch (err) {
        counter.putBack(taken);
        throw err;
      }
    });
    last = run.catch(() => undefined);
    return run;
  };
  // The database's error code only: its message may quote the statement's values.
  const code = (err: unknown) => (err as { code?: string }).code ?? 'unknown';
  const timer = setInterval(() => {
    flush().catch((err: unknown) => opts.log.warn({ err: code(err) }, 'traffic counts not stored; kept for next time'));
  }, opts.flushMs);
  timer.unref();

  return {
    plugin: trafficPlugin(counter),
    partnerCalls: partnerCallPlugin(db, opts.log),
    source: new TrafficSource(db),
    flush,
    async stop() {
      clearInterval(timer);
      await flush().catch((err: unknown) => opts.log.warn({ err: code(err) }, 'traffic counts lost at shutdown'));
      if (db.isInitialized) await db.destroy();
    },
  };
}
