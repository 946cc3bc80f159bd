import type { Fetcher } from '@apollo/utils.fetcher';

/**
 * Subgraph fetches use Node's fetch (undici: keep-alive pooling by default) with a deadline, so a slow subgraph
 * costs one masked error after `timeoutMs`, never a hung client.
 */
export function fetcherWithTimeout(timeoutMs: number): Fetcher {
  return ((url: string, init?: RequestInit) =>
    fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as unknown as Fetcher;
}
