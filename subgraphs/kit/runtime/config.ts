import { z } from 'zod';

/** A JSON object given as text; the keys inside are checked when they are imported (event-keys.ts). */
function jsonObject(message: string) {
  return z.string().transform((text, ctx) => {
    try {
      const value: unknown = JSON.parse(text);
      if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  });
}

/** Environment of a subgraph process, read once and validated here; nothing else reads process.env. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535),
  /** 127.0.0.1 on a developer machine; 0.0.0.0 inside a container. */
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url({ message: 'DATABASE_URL must be a postgres:// URL' }),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(5),
  /** The gateway's public identity key (JWK as JSON); subgraphs trust only identities it signed. */
  IDENTITY_PUBLIC_KEY: z.string().min(1, 'IDENTITY_PUBLIC_KEY is required: the gateway signs every caller'),
  /** This subgraph's own Ed25519 private key (JWK as JSON): it signs the events this subgraph sends. */
  EVENTS_PRIVATE_KEY: jsonObject("EVENTS_PRIVATE_KEY must be this subgraph's own Ed25519 private key as a JWK (JSON)"),
  /**
   * Every subgraph's Ed25519 public key by name ({"volunteers": {JWK}, ...}): a delivery must be signed by its source.
   */
  EVENTS_PUBLIC_KEYS: jsonObject("EVENTS_PUBLIC_KEYS must be a JSON object of every subgraph's public JWK by name"),
  /** Where the other subgraphs answer; {name} and {port} come from the registry. */
  PEER_URL_TEMPLATE: z.string().default('http://127.0.0.1:{port}'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * A NATS server with JetStream (nats://host:4222): events between subgraphs travel through it instead of the HTTP
   * relay (kit/runtime/broker.ts). Unset: the HTTP relay, the one-machine default.
   */
  NATS_URL: z.string().optional(),
  /** Names the stream, subjects and durable consumers, so several cities can share one NATS server. */
  NATS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'NATS_PREFIX may hold letters, digits, - and _ only')
    .default('qingju'),
  /** Load the demo data after migrating (npm start does; tests and production do not). */
  SEED_DEMO: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
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
