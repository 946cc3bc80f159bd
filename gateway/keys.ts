import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { repoPath } from '../subgraphs/kit/paths';

/**
 * The secrets a city needs: a key pair that signs user tokens (the issuer), one that signs forwarded identities
 * (the gateway), and the secret subgraphs sign event deliveries with.
 */
export interface KeySet {
  issuer: { privateJwk: JWK; publicJwk: JWK };
  identity: { privateJwk: JWK; publicJwk: JWK };
  eventsSecret: string;
}

async function pair(kid: string): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const meta = { kid, alg: 'EdDSA', use: 'sig' };
  return { privateJwk: { ...(await exportJWK(privateKey)), ...meta }, publicJwk: { ...(await exportJWK(publicKey)), ...meta } };
}

export async function generateKeySet(): Promise<KeySet> {
  const stamp = Date.now().toString(36);
  return { issuer: await pair(`issuer-${stamp}`), identity: await pair(`gateway-${stamp}`), eventsSecret: newEventsSecret() };
}

function newEventsSecret(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export const DEV_KEY_FILE = repoPath('.qingju', 'keys.json');

/** Development keys: generated on first start into the git-ignored .qingju/ folder, readable by the owner only. */
export async function loadOrCreateDevKeys(file = DEV_KEY_FILE): Promise<KeySet> {
  if (fs.existsSync(file)) {
    const keys = JSON.parse(fs.readFileSync(file, 'utf8')) as KeySet;
    if (keys.eventsSecret) return keys;
    // Key files from before events existed gain a secret; their keys stay, so issued tokens stay valid.
    keys.eventsSecret = newEventsSecret();
    fs.writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
    return keys;
  }
  const keys = await generateKeySet();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}
