import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Caller } from '../subgraphs/kit/runtime/caller';
import type { RequestApp } from './partner-quotas';
import type { GatewayContext } from './subgraph-source';
import { errorBody } from './messages/request-language';

/** Requests per minute. Mutations (sign-up above all) are held to far less than reads. */
export interface RateLimits {
  perIp: number;
  perUser: number;
  perPartnerApp: number;
  mutationsPerUser: number;
  mutationsPerIp: number;
  /** Mutations of one partner app, all its citizens together (default 600); a registration may set its own. */
  mutationsPerPartnerApp?: number;
}

export interface Limiters {
  ip: RateLimiterAbstract;
  user: RateLimiterAbstract;
  partner: RateLimiterAbstract;
  mutationUser: RateLimiterAbstract;
  mutationIp: RateLimiterAbstract;
  /** Per partner app and per app and citizen: points without a ceiling, each app's quota is checked on the count. */
  app: RateLimiterAbstract;
  appMutation: RateLimiterAbstract;
  appCitizenMutation: RateLimiterAbstract;
  /** Requests with a token that was refused, per IP: past the IP's budget, tokens are no longer even looked up. */
  badToken: RateLimiterAbstract;
}

/** The default of `mutationsPerPartnerApp`: twenty citizens' worth of the per-user budget. */
export const DEFAULT_MUTATIONS_PER_PARTNER_APP = 600;
/** Counters whose ceiling is each app's own quota (compared with the count, which Redis increments atomically). */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/**
 * One limiter per key kind. With Redis (several gateway replicas) the counts are shared; if Redis stops
 * answering, each replica falls back to counting in memory rather than letting everything through or failing.
 */
export function createLimiters(limits: RateLimits, redis?: Redis): Limiters {
  const make = (keyPrefix: string, points: number): RateLimiterAbstract => {
    const memory = new RateLimiterMemory({ keyPrefix, points, duration: 60 });
    if (!redis) return memory;
    return new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `qingju:rl:${keyPrefix}`,
      points,
      duration: 60,
      insuranceLimiter: memory,
    });
  };
  return {
    ip: make('ip', limits.perIp),
    user: make('user', limits.perUser),
    partner: make('partner', limits.perPartnerApp),
    mutationUser: make('mut-user', limits.mutationsPerUser),
    mutationIp: make('mut-ip', limits.mutationsPerIp),
    app: make('app', UNBOUNDED),
    appMutation: make('app-mut', UNBOUNDED),
    appCitizenMutation: make('app-cit-mut', UNBOUNDED),
    badToken: make('bad-token', limits.perIp),
  };
}

function retryAfterSeconds(rejection: unknown): number {
  return rejection instanceof RateLimiterRes ? Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) : 1;
}

const MESSAGE = 'Too many requests; wait a moment and try again.';

function tooMany(res: Response, retryAfter: number) {
  res
    .status(429)
    .set('Retry-After', String(retryAfter))
    .json(errorBody(res.req, MESSAGE, { code: 'RATE_LIMITED', retryAfter }));
}

/** Per client IP, before any parsing: the cheapest point to turn a flood away. */
export function ipRateLimit(limiters: Limiters) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      await limiters.ip.consume(req.ip ?? 'unknown');
      next();
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return next(rejection);
      tooMany(res, retryAfterSeconds(rejection));
    }
  };
}

/**
 * Counts one request against an app's quota (`limit` per minute). The counter only grows (atomically in Redis), so
 * of any number of requests arriving at once exactly `limit` find a count within it.
 */
async function withinQuota(limiter: RateLimiterAbstract, key: string, limit: number): Promise<number | null> {
  const counted = await limiter.consume(key);
  return counted.consumedPoints <= limit ? null : retryAfterSeconds(counted);
}

/**
 * Before any parsing, the request's budget: a partner app's token (a citizen's or the app's own) counts against the
 * app's quota, wherever the app's servers call from, and never against the IP; every other request against its IP.
 * A refused token counts against the IP too, and an IP that has sent its budget of refused tokens gets 429 before
 * its next token is even looked up.
 */
export function requestRateLimit(
  limiters: Limiters,
  callerOf: (req: Request) => Promise<Caller>,
  appOf: (caller: Caller) => Promise<RequestApp | undefined>,
) {
  const byIp = ipRateLimit(limiters);
  return async (req: Request, res: Response, next: NextFunction) => {
    if (!req.header('authorization')) return byIp(req, res, next);
    const ip = req.ip ?? 'unknown';
    try {
      const refused = await limiters.badToken.get(ip);
      if (refused && refused.consumedPoints >= limiters.badToken.points)
        return tooMany(res, retryAfterSeconds(refused));
      const caller = await callerOf(req).catch(() => null);
      if (!caller) {
        await limiters.badToken.consume(ip).catch(() => undefined);
        return byIp(req, res, next);
      }
      const app = await appOf(caller);
      if (!app) return byIp(req, res, next);
      const wait = await withinQuota(limiters.app, app.id, app.quota.requestsPerMinute);
      if (wait !== null) return tooMany(res, wait);
      next();
    } catch (err) {
      next(err);
    }
  };
}

function rateLimited(retryAfter: number) {
  return new GraphQLError(MESSAGE, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfter,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
    },
  });
}

/**
 * Once the operation type is known: a signed-in user's requests, and mutations per user and per IP; a partner app's
 * mutations per app and per app and citizen instead, apart from the citizen's own budget, so an app signing a
 * citizen up 30 times leaves the citizen theirs (its requests were counted per app before parsing).
 */
export function callerRateLimitPlugin(limiters: Limiters): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          const { caller, ip, app } = contextValue;
          const mutation = operation?.operation === 'mutation';
          if (app) {
            if (!mutation) return;
            const quotas: [RateLimiterAbstract, string, number][] = [
              [limiters.appMutation, app.id, app.quota.mutationsPerMinute],
            ];
            if (caller.kind === 'partner')
              quotas.push([
                limiters.appCitizenMutation,
                `${app.id}:${caller.accountId}`,
                app.quota.mutationsPerCitizenPerMinute,
              ]);
            for (const [limiter, key, limit] of quotas) {
              const wait = await withinQuota(limiter, key, limit);
              if (wait !== null) throw rateLimited(wait);
            }
            return;
          }
          const checks: [RateLimiterAbstract, string][] = [];
          if (caller.kind === 'partner') checks.push([limiters.partner, caller.appId]);
          else if (caller.kind !== 'anonymous') checks.push([limiters.user, caller.accountId]);
          if (mutation) {
            checks.push([limiters.mutationIp, ip]);
            if (caller.kind !== 'anonymous') checks.push([limiters.mutationUser, caller.accountId]);
          }
          for (const [limiter, key] of checks) {
            try {
              await limiter.consume(key);
            } catch (rejection) {
              if (!(rejection instanceof RateLimiterRes)) throw rejection;
              throw rateLimited(retryAfterSeconds(rejection));
            }
          }
        },
      };
    },
  };
}
