import fs from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { repoPath } from '../subgraphs/kit/paths';

/** The two key pairs a city needs: one signs user tokens (the issuer), one signs forwarded identities (the gateway). */
export interface KeySet {
  issuer: { privateJwk: JWK; publicJwk: JWK };
  identity: { privateJwk: JWK; publicJwk: JWK };
}

async function pair(kid: string): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const meta = { kid, alg: 'EdDSA', use: 'sig' };
  return { privateJwk: { ...(await exportJWK(privateKey)), ...meta }, publicJwk: { ...(await exportJWK(publicKey)), ...meta } };
}

export async function generateKeySet(): Promise<KeySet> {
  const stamp = Date.now().toString(36);
  return { issuer: await pair(`issuer-${stamp}`), identity: await pair(`gateway-${stamp}`) };
}

export const DEV_KEY_FILE = repoPath('.qingju', 'keys.json');

/** Development keys: generated on first start into the git-ignored .qingju/ folder, readable by the owner only. */
export async function loadOrCreateDevKeys(file = DEV_KEY_FILE): Promise<KeySet> {
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as KeySet;
  const keys = await generateKeySet();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(keys, null, 2), { mode: 0o600 });
  return keys;
}
