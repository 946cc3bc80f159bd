import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { SUBGRAPHS } from '../schema/registry';
import { importEventKeys, type EventKeys } from '../subgraphs/kit/runtime/event-keys';
import { repoPath } from '../subgraphs/kit/runtime/paths';

interface KeyPair {
  privateJwk: JWK;
  publicJwk: JWK;
}

/**
 * The keys a city needs: a key pair that signs user tokens (the issuer), one that signs forwarded identities (the
 * gateway), and one per subgraph that signs the events it sends (receivers hold only the public halves).
 */
export interface KeySet {
  issuer: KeyPair;
  identity: KeyPair;
  /** By subgraph name. */
  events: Record<string, KeyPair>;
  /** The OAuth server's: a key pair that signs ID tokens, and a secret that signs its cookies. */
  oauth: KeyPair & { cookieKey: string };
}

async function pair(kid: string): Promise<KeyPair> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const meta = { kid, alg: 'EdDSA', use: 'sig' };
  return {
    privateJwk: { ...(await exportJWK(privateKey)), ...meta },
    publicJwk: { ...(await exportJWK(publicKey)), ...meta },
  };
}

const stamp = () => Date.now().toString(36);

const oauthKeys = async () => ({
  ...(await pair(`oauth-${stamp()}`)),
  cookieKey: crypto.randomBytes(32).toString('base64url'),
});

/** Fresh keys; event keys for `subgraphs` (the registry's by default; tests may name others). */
export async function generateKeySet(subgraphs: readonly string[] = SUBGRAPHS.map((s) => s.name)): Promise<KeySet> {
  const keys: KeySet = {
    issuer: await pair(`issuer-${stamp()}`),
    identity: await pair(`gateway-${stamp()}`),
    events: {},
    oauth: await oauthKeys(),
  };
  await addEventKeys(keys, subgraphs);
  return keys;
}

/** Gives every subgraph in `names` that has none an event key pair; true when it added any. */
async function addEventKeys(keys: KeySet, names: readonly string[]): Promise<boolean> {
  const missing = names.filter((name) => !keys.events[name]);
  for (const name of missing) keys.events[name] = await pair(`events-${name}-${stamp()}`);
  return missing.length > 0;
}

/** Every subgraph's public event key by name: what EVENTS_PUBLIC_KEYS holds. */
export function eventPublicKeys(keys: KeySet): Record<string, JWK> {
  return Object.fromEntries(Object.entries(keys.events).map(([name, p]) => [name, p.publicJwk]));
}

/** The event keys subgraph `name` runs with: its own private key and everyone's public keys. */
export function eventKeysOf(keys: KeySet, name: string): EventKeys {
  const own = keys.events[name];
  if (!own) throw new Error(`no event key for ${name}`);
  return importEventKeys(name, own.privateJwk, eventPublicKeys(keys));
}

export const DEV_KEY_FILE = repoPath('.qingju', 'keys.json');

/** Development keys: generated on first start into the git-ignored .qingju/ folder, readable by the owner only. */
export async function loadOrCreateDevKeys(file = DEV_KEY_FILE): Promise<KeySet> {
  if (fs.existsSync(file)) {
    const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as KeySet & { eventsSecret?: string };
    // Older key files carry one shared events secret and no per-subgraph keys, and a new district has none yet:
    // they gain what is missing; the issuer and identity keys stay, so issued tokens stay valid.
    stored.events ??= {};
    const added = await addEventKeys(
      stored,
      SUBGRAPHS.map((s) => s.name),
    );
    // Key files from before the OAuth server (issue 12) gain its keys.
    const oauthAdded = !stored.oauth;
    stored.oauth ??= await oauthKeys();
    if (added || oauthAdded || stored.eventsSecret !== undefined) {
      delete stored.eventsSecret;
      fs.writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
    }
    return stored;
  }
  const keys = await generateKeySet();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}

/**
 * What a subgraph process is started with, as `npm start` and the bench start it: its port and database, the key to
 * check the gateway's identity header, its own event key and everyone's public one to check who sent what it
 * receives; demo data unless SEED_DEMO says otherwise. Subgraphs answer only the gateway, so they run in production
 * mode: no developer affordances to keep, and graphql-js skips its costly development-mode checks.
 */
export function subgraphEnv(name: string, port: number, databaseUrl: string, keys: KeySet): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    IDENTITY_PUBLIC_KEY: JSON.stringify(keys.identity.publicJwk),
    EVENTS_PRIVATE_KEY: JSON.stringify(keys.events[name].privateJwk),
    EVENTS_PUBLIC_KEYS: JSON.stringify(eventPublicKeys(keys)),
    SEED_DEMO: process.env.SEED_DEMO ?? 'true',
    NODE_ENV: 'production',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
}
