import type { NextFunction, Request, Response } from 'express';
import type { Caller } from '../subgraphs/kit/runtime/caller';
import type { Logger } from '../subgraphs/kit/runtime/log';
import type { PartnerRegistry } from './oauth/registry';
import type { RequestApp } from './partner-quotas';

/** What a browser may send cross-origin: a token, JSON, and the header Apollo's CSRF prevention accepts. */
const ALLOWED_HEADERS = 'authorization, content-type, apollo-require-preflight, x-apollo-operation-name';

/**
 * CORS for partner apps' web pages (issue 12.7): a browser origin gets CORS headers only while an ACTIVE app lists
 * it (`corsOrigins` in the registry, read on each request, so a suspended app's origins are dropped at once); with a
 * partner token, only an origin of that token's own app. Anything else gets no CORS header at all, so the browser
 * keeps the answer from the page; server-to-server calls (no Origin) are not concerned.
 */
export function partnerCors(
  registry: PartnerRegistry,
  callerOf: (req: Request) => Promise<Caller>,
  appOf: (caller: Caller) => Promise<RequestApp | undefined>,
  log: Logger,
) {
  const appsFor = (res: Response, origin: string) => {
    // Caches between the browser and us must keep one answer per origin.
    res.vary('Origin');
    return registry.appsForOrigin(origin).catch((err: unknown): string[] => {
      log.warn({ err: (err as Error).message }, 'partner registry unavailable; no CORS headers');
      return [];
    });
  };
  return {
    /** The preflight: it carries no token, so the origin alone decides. Answered here, before any other route. */
    async preflight(req: Request, res: Response, next: NextFunction) {
      const origin = req.header('origin');
      if (req.method !== 'OPTIONS' || !origin || !req.header('access-control-request-method')) return next();
      try {
        if ((await appsFor(res, origin)).length > 0)
          res.set({
            'access-control-allow-origin': origin,
            'access-control-allow-methods': 'GET, POST',
            'access-control-allow-headers': ALLOWED_HEADERS,
            'access-control-max-age': '600',
          });
        res.status(204).end();
      } catch (err) {
        next(err);
      }
    },
    /** The actual request, after the rate limit has authenticated its token (once, shared with later steps). */
    async actual(req: Request, res: Response, next: NextFunction) {
      const origin = req.header('origin');
      if (!origin) return next();
      try {
        const apps = await appsFor(res, origin);
        if (apps.length > 0) {
          const caller = req.header('authorization') ? await callerOf(req).catch(() => null) : null;
          const app = caller ? await appOf(caller) : undefined;
          if (!app || apps.includes(app.id)) res.set('access-control-allow-origin', origin);
        }
        next();
      } catch (err) {
        next(err);
      }
    },
  };
}
