import type { Fetcher } from '@apollo/utils.fetcher';
import { Agent, fetch } from 'undici';

export interface SubgraphFetcher {
  fetcher: Fetcher;
  /** Closes pooled sockets once in-flight fetches finish, so subgraphs can drain without waiting on us. */
  close(): Promise<void>;
}

/**
 * Subgraph fetches share one keep-alive pool with a bounded number of sockets per subgraph and a deadline per
 * fetch, so a slow subgraph costs one masked error after `timeoutMs`, never a hung client or a socket storm.
 */
export function createSubgraphFetcher(opts: { timeoutMs: number; socketsPerSubgraph: number }): SubgraphFetcher {
  const agent = new Agent({
    connections: opts.socketsPerSubgraph,
    keepAliveTimeout: 30_000,
    headersTimeout: opts.timeoutMs,
    bodyTimeout: opts.timeoutMs,
  });
  const fetcher = ((url: string, init?: Record<string, unknown>) =>
    fetch(url, { ...init, dispatcher: agent, signal: AbortSignal.timeout(opts.timeoutMs) } as never)) as unknown as Fetcher;
  return { fetcher, close: () => agent.close() };
}
