import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { GatewayContext } from './subgraph-source';

/** Requests per minute. Mutations (sign-up above all) are held to far less than reads. */
export interface RateLimits {
  perIp: number;
  perUser: number;
  perPartnerApp: number;
  mutationsPerUser: number;
  mutationsPerIp: number;
}

export interface Limiters {
  ip: RateLimiterAbstract;
  user: RateLimiterAbstract;
  partner: RateLimiterAbstract;
  mutationUser: RateLimiterAbstract;
  mutationIp: RateLimiterAbstract;
}

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
  };
}

function retryAfterSeconds(rejection: unknown): number {
  return rejection instanceof RateLimiterRes ? Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) : 1;
}

const MESSAGE = 'Too many requests; wait a moment and try again.';

/** Per client IP, before any parsing: the cheapest point to turn a flood away. */
export function ipRateLimit(limiters: Limiters) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      await limiters.ip.consume(req.ip ?? 'unknown');
      next();
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) return next(rejection);
      const retryAfter = retryAfterSeconds(rejection);
      res
        .status(429)
        .set('Retry-After', String(retryAfter))
        .json({ errors: [{ message: MESSAGE, extensions: { code: 'RATE_LIMITED', retryAfter } }] });
    }
  };
}

/** Per signed-in user or partner app, and per user and IP for mutations, once the operation type is known. */
export function callerRateLimitPlugin(limiters: Limiters): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          const { caller, ip } = contextValue;
          const checks: [RateLimiterAbstract, string][] = [];
          if (caller.kind === 'partner') checks.push([limiters.partner, caller.appId]);
          else if (caller.kind !== 'anonymous') checks.push([limiters.user, caller.accountId]);
          if (operation?.operation === 'mutation') {
            checks.push([limiters.mutationIp, ip]);
            if (caller.kind !== 'anonymous') checks.push([limiters.mutationUser, caller.accountId]);
          }
          for (const [limiter, key] of checks) {
            try {
              await limiter.consume(key);
            } catch (rejection) {
              if (!(rejection instanceof RateLimiterRes)) throw rejection;
              const retryAfter = retryAfterSeconds(rejection);
              throw new GraphQLError(MESSAGE, {
                extensions: {
                  code: 'RATE_LIMITED',
                  retryAfter,
                  http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
                },
              });
            }
          }
        },
      };
    },
  };
}
