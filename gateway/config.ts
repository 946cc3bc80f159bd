import { z } from 'zod';
import { stripEmpty } from '../subgraphs/kit/config';
import { GATEWAY_PORT, SUBGRAPHS } from '../schema/registry';

/** Issuer and audience of development tokens (npm run token); production sets its own. */
export const DEV_ISSUER = 'qingju-dev';
export const DEV_AUDIENCE = 'qingju';

/** Environment of the gateway, read once and validated here. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(GATEWAY_PORT),
  HOST: z.string().default('127.0.0.1'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Who issues user tokens, and for whom: both are checked on every token. */
  AUTH_ISSUER: z.string().min(1).default(DEV_ISSUER),
  AUTH_AUDIENCE: z.string().min(1).default(DEV_AUDIENCE),
  /** Public keys that may sign user tokens, as a JWKS document (JSON text). */
  AUTH_JWKS: z.string().min(1, 'AUTH_JWKS is required: the public keys user tokens are signed with'),
  /** The gateway's private key (JWK JSON) for signing the identity it forwards to subgraphs. */
  IDENTITY_PRIVATE_KEY: z.string().min(1, 'IDENTITY_PRIVATE_KEY is required'),
  /** How long one subgraph fetch may take before the gateway gives up on it. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Rate-limit counts shared between gateway replicas; in memory when unset. */
  REDIS_URL: z.string().url().optional(),
  /** Requests per minute (see gateway/rate-limit.ts). */
  RATE_LIMIT_PER_IP: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_PER_USER: z.coerce.number().int().min(1).default(300),
  RATE_LIMIT_PER_PARTNER_APP: z.coerce.number().int().min(1).default(6_000),
  RATE_LIMIT_MUTATIONS_PER_USER: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_MUTATIONS_PER_IP: z.coerce.number().int().min(1).default(120),
  /** true: only the operations in gateway/operations/ run, by hash. */
  TRUSTED_DOCUMENTS: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
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
  const subgraphUrls: Record<string, string> = {};
  for (const s of SUBGRAPHS) {
    const url = clean[`SUBGRAPH_${s.name.toUpperCase()}_URL`];
    if (url) subgraphUrls[s.name] = url;
  }
  return { ...parsed.data, subgraphUrls };
}
