import { z } from 'zod';
import { stripEmpty } from '../subgraphs/kit/runtime/config';
import { GATEWAY_PORT, SUBGRAPHS } from '../schema/registry';
import { DEFAULT_MAX_TOKEN_LIFETIME_S } from './auth';

/** Where the gateway serves /metrics and /ready with its per-subgraph checks: never the public API port. */
export const GATEWAY_OPS_PORT = 9400;

/** Issuer and audience of development tokens (npm run token); production sets its own. */
export const DEV_ISSUER = 'qingju-dev';
export const DEV_AUDIENCE = 'qingju';

/** Environment of the gateway, read once and validated here. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(GATEWAY_PORT),
  HOST: z.string().default('127.0.0.1'),
  /**
   * The operations port (/metrics, /ready naming each subgraph, /health) and its address: loopback unless set, so
   * only the host's own scraper reaches it; a container sets 0.0.0.0 and publishes it to a private network only.
   */
  OPS_PORT: z.coerce.number().int().min(0).max(65535).default(GATEWAY_OPS_PORT),
  OPS_HOST: z.string().default('127.0.0.1'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Who issues user tokens, and for whom: both are checked on every token. */
  AUTH_ISSUER: z.string().min(1).default(DEV_ISSUER),
  AUTH_AUDIENCE: z.string().min(1).default(DEV_AUDIENCE),
  /** Longest lifetime (exp - iat) of a user token: seconds, or a number with s, m, h or d ("24h"). */
  AUTH_MAX_TOKEN_LIFETIME: z
    .string()
    .regex(/^\d+[smhd]?$/, 'a duration such as 86400, 90m, 24h or 1d')
    .transform((v) => Number.parseInt(v, 10) * ({ s: 1, m: 60, h: 3600, d: 86400 }[v.slice(-1)] ?? 1))
    .refine((s) => s >= 60 && s <= 30 * 86400, 'between 1 minute and 30 days')
    .default(DEFAULT_MAX_TOKEN_LIFETIME_S),
  /** Public keys that may sign user tokens, as a JWKS document (JSON text). */
  AUTH_JWKS: z.string().min(1, 'AUTH_JWKS is required: the public keys user tokens are signed with'),
  /** The gateway's private key (JWK JSON) for signing the identity it forwards to subgraphs. */
  IDENTITY_PRIVATE_KEY: z.string().min(1, 'IDENTITY_PRIVATE_KEY is required'),
  /**
   * How long one subgraph fetch may take before the gateway gives up on it and answers with the other subgraphs'
   * data. 3 s: our registered operations take tens of milliseconds, a client waits about 10 s in all, and the answer
   * must also come well inside the 8 s a draining gateway gives requests in flight.
   */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
  /**
   * The same for a mutation's fetch. Longer: a write cut off by the gateway may still commit, and the client is left
   * not knowing; under a sign-up rush writes queue on row locks for seconds. 8 s still ends inside the drain window.
   */
  SUBGRAPH_MUTATION_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(8_000),
  /**
   * PostgreSQL of the gateway's own data, the city's database as the subgraphs use it: request counts (schema
   * `traffic`; every replica adds to the same rows) and the OAuth server's grants and tokens (schema gateway_oauth).
   */
  DATABASE_URL: z.string().url({ message: 'DATABASE_URL must be a postgres:// URL' }),
  /** How often request counts held in memory are stored, in milliseconds. */
  TRAFFIC_FLUSH_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /**
   * The OAuth server for partner apps (/oauth) runs when both are set: the private JWK (JSON) that signs its ID
   * tokens, and the comma-separated keys that sign its cookies.
   */
  OAUTH_SIGNING_KEY: z.string().optional(),
  OAUTH_COOKIE_KEYS: z.string().optional(),
  /** Rate-limit counts shared between gateway replicas; in memory when unset. */
  REDIS_URL: z.string().url().optional(),
  /**
   * Longest time an anonymous caller's answer made only of data the subgraphs mark public (`@cacheControl`) is
   * reused, in seconds (gateway/response-cache.ts; shared through REDIS_URL when set). Short, so that a write shows
   * within it. Default: 5 in production, 0 (off) otherwise, where a test or a developer reads back what they just
   * wrote.
   */
  RESPONSE_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).optional(),
  /** Requests per minute (see gateway/rate-limit.ts). */
  RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_PER_USER: z.coerce.number().int().min(1).default(300),
  RATE_LIMIT_PER_PARTNER_APP: z.coerce.number().int().min(1).default(6_000),
  RATE_LIMIT_MUTATIONS_PER_USER: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_MUTATIONS_PER_IP: z.coerce.number().int().min(1).default(120),
  /** A partner app's mutations, all its citizens together; a registration may set its own (setPartnerAppQuota). */
  RATE_LIMIT_MUTATIONS_PER_PARTNER_APP: z.coerce.number().int().min(1).default(600),
  /** true: only the operations in gateway/operations/ run, by hash. */
  TRUSTED_DOCUMENTS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Public base URL of the gateway (share links, calendar feeds), e.g. https://qingju.example.cn. */
  PUBLIC_URL: z.string().url().optional(),
  /** The volunteer app that share pages link into (its /projects/:id page). */
  PUBLIC_APP_URL: z.string().url().optional(),
  /** Proxies in front of the gateway that set X-Forwarded-For. */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
});

export type GatewayConfig = z.infer<typeof schema> & { subgraphUrls: Record<string, string> };

/** Subgraph URLs default to those in the supergraph; `SUBGRAPH_<NAME>_URL` overrides one (docker-compose does). */
export function readGatewayConfig(env: NodeJS.ProcessEnv): GatewayConfig {
  const clean = stripEmpty(env);
  const parsed = schema.safeParse(clean);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid gateway configuration: ${problems}`);
  }
  if (parsed.data.OPS_PORT !== 0 && parsed.data.OPS_PORT === parsed.data.PORT) {
    throw new Error(
      'Invalid gateway configuration: OPS_PORT: must differ from PORT, so metrics never reach the public port',
    );
  }
  const subgraphUrls: Record<string, string> = {};
  for (const s of SUBGRAPHS) {
    const url = clean[`SUBGRAPH_${s.name.toUpperCase()}_URL`];
    if (url) subgraphUrls[s.name] = url;
  }
  return { ...parsed.data, subgraphUrls };
}
