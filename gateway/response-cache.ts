import type { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { createKeyv } from '@keyv/redis';
import type { Logger } from '../subgraphs/kit/runtime/log';
import { languageOf } from './messages/language';
import type { Metrics } from './metrics';
import type { GatewayContext } from './subgraph-source';

/** Entries of replicas that share Redis live under this prefix, apart from rate-limit counts. */
const REDIS_NAMESPACE = 'qingju:responses';

type CacheCtx = { contextValue: GatewayContext; request: { http?: { headers: Map<string, string> } } };

/**
 * Whether an answer may be shared: only an anonymous caller's (no Authorization header, no acting organization, which
 * an anonymous caller cannot have anyway). Everyone anonymous is answered alike, so one anonymous answer is any
 * other's; a signed-in caller's answer may hold what only they may see and is never read from or written to the cache.
 */
const anonymous = (ctx: CacheCtx) =>
  ctx.contextValue.caller?.kind === 'anonymous' && !ctx.request.http?.headers.get('authorization');

/**
 * The one signed-in caller whose answers are kept, each for that caller alone: a statistics viewer (a city
 * dashboard's token). It reads aggregates only (statistics-viewer.ts refuses it anything else before the cache is
 * consulted), so none of its reads is an entry in anyone's access log, and a wall of dashboards polling with one
 * viewer account is one read every few seconds instead of one per screen. Its answers are private: keyed by its
 * account, never served to another viewer nor to an anonymous caller, and marked private for clients.
 */
const viewerSession = (ctx: CacheCtx): string | null => {
  const caller = ctx.contextValue.caller;
  return caller?.kind === 'statisticsViewer' ? `statisticsViewer:${caller.accountId}` : null;
};

/** Whose answers the cache serves and keeps: anonymous callers' (shared) and a statistics viewer's (its own). */
const kept = (ctx: CacheCtx) => anonymous(ctx) || viewerSession(ctx) !== null;

/**
 * Response caching of public data (issue 14.3). Subgraphs mark public types with `@cacheControl(maxAge: 5)`
 * (subgraphs/kit/runtime/cache-control.ts) and answer with a Cache-Control header; Apollo Gateway restricts the
 * request's cache policy by each subgraph fetch's header (RemoteGraphQLDataSource's honorSubgraphCacheControlHeader),
 * so an answer is cacheable only when every subgraph it used said so, for the shortest maxAge among them. Apollo's
 * response-cache plugin then serves an anonymous caller's identical query from the cache for that long without any
 * subgraph fetch, and marks such answers with an `Age` header; a statistics viewer's likewise, kept for that viewer
 * alone (above). Answers with errors are never kept.
 *
 * `seconds` caps every maxAge, so a write shows within it whatever a subgraph says; 0 turns caching off and the
 * gateway tells clients `no-store` as before. With `redisUrl` every replica shares one cache; in memory otherwise.
 * Always installed: it also marks every signed-in caller's answer private, so no shared cache between a client and
 * us keeps it whatever the subgraphs said.
 */
export function responseCache(opts: { seconds: number; redisUrl?: string; metrics: Metrics; log: Logger }): {
  plugins: ApolloServerPlugin<GatewayContext>[];
  close(): Promise<void>;
} {
  const policy: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart(ctx) {
      // Restrictions only ever shorten: subgraphs' hints come on top of these.
      ctx.overallCachePolicy.restrict({ maxAge: opts.seconds });
      if (!anonymous(ctx)) ctx.overallCachePolicy.restrict({ scope: 'PRIVATE' });
      return {
        async willSendResponse({ metrics: m, operation }) {
          if (operation?.operation !== 'query' || opts.seconds === 0) return;
          opts.metrics.responseCache.inc({ outcome: m.responseCacheHit ? 'hit' : 'miss' });
        },
      };
    },
  };
  if (opts.seconds === 0) return { plugins: [policy], close: async () => {} };

  let cache: KeyValueCache<string>;
  let close = async () => {};
  if (opts.redisUrl) {
    const keyv = createKeyv(opts.redisUrl, {
      namespace: REDIS_NAMESPACE,
      throwOnConnectError: false,
      throwOnErrors: false,
    });
    // A Redis outage costs the cache (every read a miss), never an answer.
    keyv.on('error', (err: Error) => opts.log.warn({ err: err.message }, 'response cache unavailable'));
    cache = new KeyvAdapter(keyv, { disableBatchReads: true });
    close = () => keyv.disconnect();
  } else {
    cache = new InMemoryLRUCache<string>({ maxSize: 64 * 1024 * 1024 });
  }
  const cached = responseCachePlugin<GatewayContext>({
    cache,
    shouldReadFromCache: async (ctx) => kept(ctx),
    shouldWriteToCache: async (ctx) => kept(ctx),
    sessionId: async (ctx) => viewerSession(ctx),
    // Error messages follow Accept-Language (and errors are never kept); the language is in the key all the same.
    extraCacheKeyData: async (ctx) => ({ language: languageOf(ctx.request.http?.headers.get('accept-language')) }),
  });
  return { plugins: [policy, cached], close };
}
