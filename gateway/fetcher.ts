import type { Fetcher } from '@apollo/utils.fetcher';
import { Agent, fetch, Headers, Response } from 'undici';
import { decodeJwt } from 'jose';
import { LRUCache } from 'lru-cache';
import type { Metrics } from './metrics';
import type { Caller } from '../subgraphs/kit/runtime/caller';
import { IDENTITY_HEADER } from '../subgraphs/kit/runtime/identity';

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

/** What one upstream answer was, kept whole so each fetch that shared it gets a Response of its own. */
interface Answer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

/** The body is re-created from text: its length and transfer encoding are the new Response's own. */
const NOT_COPIED = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive']);

async function answerOf(res: Response): Promise<Answer> {
  const headers: [string, string][] = [];
  res.headers.forEach((value, name) => {
    if (!NOT_COPIED.has(name)) headers.push([name, value]);
  });
  return { status: res.status, statusText: res.statusText, headers, body: await res.text() };
}

const responseOf = (a: Answer) =>
  new Response(a.body, { status: a.status, statusText: a.statusText, headers: a.headers });

/**
 * Which fetches may share one upstream request: the same URL, the same body (document and variables) and the same
 * headers, all of them (the signed identity says who asks; anything else a future version forwards is in the key
 * without anyone having to remember it). Identity headers are signed once per caller for 30 s (identities.ts), so
 * every anonymous visitor's identical reads share a key, as do one dashboard viewer's; other signed-in callers' reads
 * are never merged (below).
 */
function mergeKey(url: string, init: Record<string, unknown> | undefined): string | undefined {
  if (!isQuery(init?.body)) return undefined;
  // Whose read it is decides first, before any copying, since most signed-in reads are not merged. Apollo hands a
  // plain object with lowercased names; any other form goes through the Headers class.
  const given = (init?.headers ?? {}) as ConstructorParameters<typeof Headers>[0];
  const identity =
    given?.constructor === Object
      ? (given as Record<string, string>)[IDENTITY_HEADER]
      : new Headers(given).get(IDENTITY_HEADER);
  if (!mergeable(identity)) return undefined;
  // Names lowercased and sorted (the Headers class iterates them so).
  const headers = new Headers(given);
  const pairs: [string, string][] = [];
  headers.forEach((v, k) => pairs.push([k, v]));
  return JSON.stringify([url, pairs, init?.body]);
}

/**
 * Whose reads are merged: anonymous visitors', and a read-only statistics viewer's (a city dashboard), which is
 * served aggregates only (the gateway refuses it every personal field), so none of its reads is ever an entry in the
 * access log. Any other signed-in caller's read may be of personal data, and every such read is one entry in the
 * access log the person can see (issue 9): merged, twelve reads by one admin would be logged as one. A volunteer
 * acting for an organization (a header the subgraphs check) reads as that organization's admin, so volunteers are
 * not merged either. The header is the one this gateway signed, so its payload is read without checking the
 * signature again.
 */
const MERGED_KINDS = new Set<Caller['kind']>(['anonymous', 'statisticsViewer']);

/** Each identity header's answer: a caller's header is signed once per 30 s and sent with each of its fetches. */
const mergeableByIdentity = new LRUCache<string, boolean>({ max: 10_000 });

function mergeable(identity: string | null | undefined): boolean {
  if (!identity) return false;
  let known = mergeableByIdentity.get(identity);
  if (known === undefined) {
    try {
      const kind = (decodeJwt(identity).caller as Caller | undefined)?.kind;
      known = kind !== undefined && MERGED_KINDS.has(kind);
    } catch {
      known = false;
    }
    mergeableByIdentity.set(identity, known);
  }
  return known;
}

/**
 * Subgraph fetches share one keep-alive pool with a bounded number of sockets per subgraph and a deadline per fetch
 * (`timeoutMs` for reads, `mutationTimeoutMs` for writes), so a slow subgraph costs one masked error at its deadline,
 * never a hung client or a socket storm.
 *
 * Identical reads in flight at the same time are merged: under a rush of visitors most requests are the same few
 * public queries, and the subgraphs and PostgreSQL, on the same cores as the gateway, did the same work once per
 * visitor (the measured gap to Hive Gateway, issue 14). The first fetch goes upstream; the others wait for its answer
 * and each gets a copy; its error or timeout is theirs too. Nothing is kept once it settles: a fetch that starts after
 * the answer came goes upstream again, so this never serves anything older than a fetch of one's own would. Writes
 * are never merged: each mutation is its caller's own act.
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
  const withRetry = (url: string, init?: Record<string, unknown>) =>
    once(url, init).catch((err: unknown) => {
      if (isConnectionFailure(err) && isQuery(init?.body)) return once(url, init);
      throw err;
    });
  const inFlight = new Map<string, Promise<Answer>>();
  /** The answer to a read, shared with every identical read already in flight. */
  const shared = (name: string, key: string, url: string, init?: Record<string, unknown>) => {
    const pending = inFlight.get(key);
    if (pending) {
      opts.metrics.subgraphFetchesMerged.inc({ subgraph: name });
      return pending;
    }
    const started = withRetry(url, init).then(answerOf);
    inFlight.set(key, started);
    const forget = () => {
      if (inFlight.get(key) === started) inFlight.delete(key);
    };
    started.then(forget, forget);
    return started;
  };

  return {
    forSubgraph(name) {
      return (async (url: string, init?: Record<string, unknown>) => {
        const stop = opts.metrics.subgraphLatency.startTimer({ subgraph: name });
        try {
          const key = mergeKey(url, init);
          const res = key === undefined ? await withRetry(url, init) : responseOf(await shared(name, key, url, init));
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
