import type { Fetcher } from '@apollo/utils.fetcher';
import { Agent, fetch } from 'undici';
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
 * Subgraph fetches share one keep-alive pool with a bounded number of sockets per subgraph and a deadline per fetch,
 * so a slow subgraph costs one masked error after `timeoutMs`, never a hung client or a socket storm.
 */
export function createSubgraphFetchers(opts: { timeoutMs: number; socketsPerSubgraph: number; metrics: Metrics }): SubgraphFetchers {
  const agent = new Agent({
    connections: opts.socketsPerSubgraph,
    keepAliveTimeout: 30_000,
    headersTimeout: opts.timeoutMs,
    bodyTimeout: opts.timeoutMs,
  });
  const once = (url: string, init?: Record<string, unknown>) =>
    fetch(url, { ...init, dispatcher: agent, signal: AbortSignal.timeout(opts.timeoutMs) } as never);

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
          return res;
        } catch (err) {
          stop({ outcome: 'failed' });
          throw err;
        }
      }) as unknown as Fetcher;
    },
    close: () => agent.close(),
  };
}
