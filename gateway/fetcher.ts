import type { Fetcher } from '@apollo/utils.fetcher';
import { Agent, fetch, Response } from 'undici';
import type { Metrics } from './metrics';

export interface SubgraphFetchers {
  /** The fetcher for one subgraph: times every fetch under that subgraph's name. */
  forSubgraph(name: string): Fetcher;
  /** Closes pooled sockets once in-flight fetches finish, so subgraphs can drain without waiting on us. */
  close(): Promise<void>;
}

/** Only reads are retried: a mutation that may have reached the subgraph must never run twice. */
function isQuery(body: unknown): boolean {
  if (typeof body !== 'string') return false;
  const match = /"query":"\s*(\w+|\{)/.exec(body);
  return match !== null && (match[1] === '{' || match[1] === 'query');
}

/** A connection that failed before any answer (refused, reset): safe to try once more. Timeouts are not retried. */
function isConnectionFailure(err: unknown): boolean {
  const code = (err as { cause?: { code?: string } })?.cause?.code;
  return code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE';
}

/**
 * A subgraph answer that carries `data` is a GraphQL result whatever its HTTP status: Apollo Server takes a
 * response's status from any field error that names one (our kit's field errors no longer do, but a subgraph is its
 * own service), and the gateway would otherwise drop the whole body for a bare "401: Unauthorized" with no path and
 * lose the subgraph's other fields. Handed on as 200, its errors keep their path, code and message. An answer without
 * `data` (the subgraph refused the request itself) keeps its status and is masked as unavailable.
 */
async function asGraphQLResult(res: Response): Promise<Response> {
  if (res.ok || res.status >= 500 || !res.headers.get('content-type')?.includes('json')) return res;
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const executed = typeof body === 'object' && body !== null && 'data' in body;
  return new Response(text, {
    status: executed ? 200 : res.status,
    statusText: executed ? 'OK' : res.statusText,
    headers: { 'content-type': res.headers.get('content-type')! },
  });
}

/**
 * Subgraph fetches share one keep-alive pool with a bounded number of sockets per subgraph and a deadline per fetch
 * (`timeoutMs` for reads, `mutationTimeoutMs` for writes), so a slow subgraph costs one masked error at its deadline,
 * never a hung client or a socket storm.
 */
export function createSubgraphFetchers(opts: {
  timeoutMs: number;
  mutationTimeoutMs: number;
  socketsPerSubgraph: number;
  metrics: Metrics;
}): SubgraphFetchers {
  const longest = Math.max(opts.timeoutMs, opts.mutationTimeoutMs);
  const agent = new Agent({
    connections: opts.socketsPerSubgraph,
    keepAliveTimeout: 30_000,
    headersTimeout: longest,
    bodyTimeout: longest,
  });
  const once = (url: string, init?: Record<string, unknown>) => {
    const deadline = isQuery(init?.body) ? opts.timeoutMs : opts.mutationTimeoutMs;
    return fetch(url, { ...init, dispatcher: agent, signal: AbortSignal.timeout(deadline) } as never);
  };

  return {
    forSubgraph(name) {
      return (async (url: string, init?: Record<string, unknown>) => {
        const stop = opts.metrics.subgraphLatency.startTimer({ subgraph: name });
        try {
          const res = await once(url, init).catch((err: unknown) => {
            if (isConnectionFailure(err) && isQuery(init?.body)) return once(url, init);
            throw err;
          });
          stop({ outcome: res.ok ? 'ok' : `http_${res.status}` });
          return await asGraphQLResult(res);
        } catch (err) {
          stop({ outcome: 'failed' });
          throw err;
        }
      }) as unknown as Fetcher;
    },
    close: () => agent.close(),
  };
}
