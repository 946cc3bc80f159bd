import { z } from 'zod';

/** Environment of a subgraph process, read once and validated here; nothing else reads process.env. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535),
  /** 127.0.0.1 on a developer machine; 0.0.0.0 inside a container. */
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url({ message: 'DATABASE_URL must be a postgres:// URL' }),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(5),
  /** The gateway's public identity key (JWK as JSON); subgraphs trust only identities it signed. */
  IDENTITY_PUBLIC_KEY: z.string().min(1, 'IDENTITY_PUBLIC_KEY is required: the gateway signs every caller'),
  /** Signs event deliveries between subgraphs; the same value in every subgraph. */
  EVENTS_SECRET: z.string().min(32, 'EVENTS_SECRET must be at least 32 characters, the same in every subgraph'),
  /** Where the other subgraphs answer; {name} and {port} come from the registry. */
  PEER_URL_TEMPLATE: z.string().default('http://127.0.0.1:{port}'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Load the demo data after migrating (npm start does; tests and production do not). */
  SEED_DEMO: z.enum(['true', 'false', '1', '0']).default('false').transform((v) => v === 'true' || v === '1'),
});

export type SubgraphConfig = z.infer<typeof schema>;

export function readSubgraphConfig(env: NodeJS.ProcessEnv, defaultPort: number): SubgraphConfig {
  const parsed = schema.safeParse({ PORT: defaultPort, ...stripEmpty(env) });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}

/** Treats `FOO=` like an unset variable, as shells and compose files produce both. */
export function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => !!e[1]));
}
