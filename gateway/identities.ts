import { LRUCache } from 'lru-cache';
import type { Caller } from '../subgraphs/kit/runtime/caller';
import { IDENTITY_LIFETIME_SECONDS } from '../subgraphs/kit/runtime/identity';

/**
 * The caller as a cache key: every field of it (account, acting organization, district, app, scopes…), keys in a
 * fixed order, so two requests get the same signed header exactly when subgraphs would see the same caller.
 */
export function callerKey(caller: Caller): string {
  const fields = caller as unknown as Record<string, unknown>;
  return JSON.stringify(
    Object.keys(fields)
      .sort()
      .map((k) => [k, fields[k]]),
  );
}

/**
 * Signs each caller once per half lifetime of the identity header instead of once per request. An EdDSA signature
 * cost more per request than the whole rest of our own work for a one-subgraph query, and anonymous visitors, most of
 * the traffic, all share one header now. The header holds only the caller and its issue and expiry times: nothing
 * of a request, so reusing it tells a subgraph nothing new. Reused only while it is younger than half its lifetime,
 * so a header handed out still has at least 30 s left for the slowest query plan before subgraphs refuse it.
 * Bounded: the least recently seen callers are forgotten first.
 */
export function identitySigner(opts: {
  sign: (caller: Caller) => Promise<string>;
  max?: number;
  reuseMs?: number;
  now?: () => number;
}): (caller: Caller) => Promise<string> {
  const reuseMs = opts.reuseMs ?? (IDENTITY_LIFETIME_SECONDS * 1000) / 2;
  const now = opts.now ?? Date.now;
  // The promise is kept, so callers arriving while the first signature is computed wait for it instead of signing.
  const signed = new LRUCache<string, { header: Promise<string>; at: number }>({ max: opts.max ?? 10_000 });
  return (caller) => {
    const key = callerKey(caller);
    const hit = signed.get(key);
    if (hit && now() - hit.at < reuseMs) return hit.header;
    const entry = { header: opts.sign(caller), at: now() };
    signed.set(key, entry);
    // A failed signature is not kept: the next request tries again.
    entry.header.catch(() => {
      if (signed.get(key) === entry) signed.delete(key);
    });
    return entry.header;
  };
}
