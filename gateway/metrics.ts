import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Logger } from '../subgraphs/kit/runtime/log';
import type { GatewayContext } from './subgraph-source';

/** Prometheus metrics of one gateway (its own registry, so tests can run several in one process). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({
      name: 'qingju_gateway_requests_total',
      help: 'GraphQL requests',
      labelNames: ['type', 'outcome'],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'qingju_gateway_errors_total',
      help: 'Errors returned to clients, by code',
      labelNames: ['code'],
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'qingju_gateway_request_duration_seconds',
      help: 'Time to answer a GraphQL request',
      labelNames: ['type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    subgraphLatency: new Histogram({
      name: 'qingju_gateway_subgraph_fetch_duration_seconds',
      help: 'Time of one fetch from a subgraph',
      labelNames: ['subgraph', 'outcome'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    subgraphFetchesMerged: new Counter({
      name: 'qingju_gateway_subgraph_fetches_merged_total',
      help: 'Subgraph reads answered by an identical read already in flight instead of a fetch of their own',
      labelNames: ['subgraph'],
      registers: [registry],
    }),
    responseCache: new Counter({
      name: 'qingju_gateway_response_cache_total',
      help: 'Queries answered from the response cache (hit) or not (miss), while response caching is on',
      labelNames: ['outcome'],
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/**
 * One log line and one set of metric samples per request: operation name and type, duration, the kind of client,
 * outcome and error codes. Never variables, tokens or account ids: those can carry personal data.
 */
export function observabilityPlugin(metrics: Metrics, log: Logger): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, operationName, response }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const type = operation?.operation ?? 'unknown';
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          const outcome =
            codes.length === 0
              ? 'ok'
              : response.body.kind === 'single' && response.body.singleResult.data
                ? 'partial'
                : 'error';
          metrics.requests.inc({ type, outcome });
          metrics.latency.observe({ type }, seconds);
          for (const code of codes) metrics.errors.inc({ code });
          const { caller } = contextValue;
          log.info(
            {
              operation: operationName ?? null,
              type,
              ms: Math.round(seconds * 1000),
              outcome,
              codes,
              client: caller ? (caller.kind === 'partner' ? `partner:${caller.appId}` : caller.kind) : 'unknown',
            },
            'request',
          );
        },
      };
    },
  };
}
