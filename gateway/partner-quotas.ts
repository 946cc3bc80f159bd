import type { Request } from 'express';
import type { Caller } from '../subgraphs/kit/runtime/caller';
import type { Logger } from '../subgraphs/kit/runtime/log';
import { appBehind } from './oauth/accept';
import type { PartnerRegistry, RegisteredApp } from './oauth/registry';

/** A partner app's budgets per minute, its registration's where it sets them, else the gateway's defaults. */
export interface AppQuota {
  requestsPerMinute: number;
  mutationsPerMinute: number;
  mutationsPerCitizenPerMinute: number;
}

/** The partner app behind a request, with its quota: counted per app, never per IP or as the citizen. */
export interface RequestApp {
  id: string;
  quota: AppQuota;
}

/** How long a registry read serves a city-issued token of an app not found there (found apps are read per request). */
const CACHE_MS = 10_000;

/**
 * The app behind a caller and its quota. A registered app was read from the registry while its token was checked
 * (oauth/accept.ts, oauth/city-partner-tokens.ts); a city-issued partner token for an app the registry does not know
 * (development) has it read here, cached briefly, with the defaults when the registry does not answer (quotas must
 * not take the API down).
 */
export function appQuotas(defaults: AppQuota, registry: PartnerRegistry | undefined, log: Logger) {
  const cache = new Map<string, { at: number; app: RegisteredApp | null }>();
  const quotaOf = (app: RegisteredApp | null): AppQuota => ({
    requestsPerMinute: app?.quota.requestsPerMinute ?? defaults.requestsPerMinute,
    mutationsPerMinute: app?.quota.mutationsPerMinute ?? defaults.mutationsPerMinute,
    mutationsPerCitizenPerMinute: app?.quota.mutationsPerCitizenPerMinute ?? defaults.mutationsPerCitizenPerMinute,
  });
  async function registered(appId: string): Promise<RegisteredApp | null> {
    const hit = cache.get(appId);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.app;
    const app = registry
      ? await registry.app(appId).catch((err: unknown) => {
          log.warn({ err: (err as Error).message }, 'partner registry unavailable; default quota applies');
          return null;
        })
      : null;
    if (cache.size > 10_000) cache.clear();
    cache.set(appId, { at: Date.now(), app });
    return app;
  }
  return async (caller: Caller): Promise<RequestApp | undefined> => {
    const known = appBehind.get(caller);
    if (known) return { id: known.clientId, quota: quotaOf(known) };
    if (caller.kind !== 'partner') return undefined;
    return { id: caller.appId, quota: quotaOf(await registered(caller.appId)) };
  };
}

const authenticated = new WeakMap<Request, Promise<Caller>>();

/**
 * The caller of a request, authenticated once however many steps ask (rate limits, CORS, trusted documents, the
 * GraphQL context): an OAuth token costs a lookup, and each step must see the same answer.
 */
export function callerOf(req: Request, authenticate: (authorization: string | undefined) => Promise<Caller>) {
  let caller = authenticated.get(req);
  if (!caller) {
    caller = authenticate(req.header('authorization'));
    // A refusal is answered by the GraphQL context (401 with its challenge); steps before it only read it.
    caller.catch(() => undefined);
    authenticated.set(req, caller);
  }
  return caller;
}
