import fs from 'node:fs';
import type { JWK } from 'jose';
import { SUPERGRAPH_FILE } from '../schema/compose';
import { importKey } from '../subgraphs/kit/runtime/identity';
import { createLogger } from '../subgraphs/kit/runtime/log';
import { readGatewayConfig } from './config';
import { startGateway, type RunningGateway } from './server';

/** Starts the gateway from environment variables: its own process (docker-compose) or inside the launcher. */
export async function runGateway(env: NodeJS.ProcessEnv): Promise<RunningGateway> {
  const config = readGatewayConfig(env);
  return startGateway({
    port: config.PORT,
    host: config.HOST,
    ops: { port: config.OPS_PORT, host: config.OPS_HOST },
    supergraphSdl: fs.readFileSync(SUPERGRAPH_FILE, 'utf8'),
    databaseUrl: config.DATABASE_URL,
    trafficFlushMs: config.TRAFFIC_FLUSH_MS,
    subgraphUrls: config.subgraphUrls,
    auth: {
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
      jwks: JSON.parse(config.AUTH_JWKS),
      maxTokenLifetimeS: config.AUTH_MAX_TOKEN_LIFETIME,
    },
    identityKey: await importKey(config.IDENTITY_PRIVATE_KEY),
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    subgraphMutationTimeoutMs: config.SUBGRAPH_MUTATION_TIMEOUT_MS,
    production: config.NODE_ENV === 'production',
    rateLimits: {
      perIp: config.RATE_LIMIT_PER_IP,
      perUser: config.RATE_LIMIT_PER_USER,
      perPartnerApp: config.RATE_LIMIT_PER_PARTNER_APP,
      mutationsPerUser: config.RATE_LIMIT_MUTATIONS_PER_USER,
      mutationsPerIp: config.RATE_LIMIT_MUTATIONS_PER_IP,
      mutationsPerPartnerApp: config.RATE_LIMIT_MUTATIONS_PER_PARTNER_APP,
    },
    redisUrl: config.REDIS_URL,
    responseCacheSeconds: config.RESPONSE_CACHE_SECONDS ?? (config.NODE_ENV === 'production' ? 5 : 0),
    trustedDocuments: config.TRUSTED_DOCUMENTS,
    trustProxy: config.TRUST_PROXY,
    publicUrl: config.PUBLIC_URL,
    appUrl: config.PUBLIC_APP_URL,
    oauth:
      config.OAUTH_SIGNING_KEY && config.OAUTH_COOKIE_KEYS
        ? {
            databaseUrl: config.DATABASE_URL,
            signingKey: JSON.parse(config.OAUTH_SIGNING_KEY) as JWK,
            cookieKeys: config.OAUTH_COOKIE_KEYS.split(','),
          }
        : undefined,
    log: createLogger('gateway', config.LOG_LEVEL),
  });
}
