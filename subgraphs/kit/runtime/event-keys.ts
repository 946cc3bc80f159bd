import crypto, { type KeyObject } from 'node:crypto';

/**
 * Each subgraph signs the event batches it sends with its own Ed25519 private key; every subgraph holds all the
 * others' public keys. A receiver checks a batch against the key of the subgraph it claims to come from, so a
 * subgraph (or whoever took over one) can speak only for itself, never claim another's `source`.
 */
export interface EventKeys {
  /** This subgraph's private key. */
  own: KeyObject;
  /** Public keys by subgraph name. */
  peers: ReadonlyMap<string, KeyObject>;
}

export const SIGNATURE_HEADER = 'x-qingju-signature';

/**
 * Imports the keys subgraph `self` runs with, given as JWKs (how they travel in config). Throws naming what is
 * wrong, never the key itself; a private key that is not the pair of `self`'s published public key is wrong too,
 * since every batch it signed would be refused.
 */
export function importEventKeys(self: string, privateJwk: unknown, publicJwks: Record<string, unknown>): EventKeys {
  const own = importOne(privateJwk, 'private', 'EVENTS_PRIVATE_KEY');
  const peers = new Map(
    Object.entries(publicJwks).map(([name, jwk]) => [name, importOne(jwk, 'public', `EVENTS_PUBLIC_KEYS.${name}`)]),
  );
  const published = peers.get(self);
  if (!published || !crypto.createPublicKey(own).equals(published)) {
    throw new Error(
      `EVENTS_PRIVATE_KEY is not the pair of EVENTS_PUBLIC_KEYS.${self}: peers would refuse every event ${self} sends`,
    );
  }
  return { own, peers };
}

function importOne(jwk: unknown, kind: 'private' | 'public', what: string): KeyObject {
  let key: KeyObject;
  try {
    const given = { key: jwk as crypto.JsonWebKey, format: 'jwk' as const };
    key = kind === 'private' ? crypto.createPrivateKey(given) : crypto.createPublicKey(given);
  } catch {
    throw new Error(`${what} is not an Ed25519 ${kind} key in JWK form`);
  }
  if (key.asymmetricKeyType !== 'ed25519' || key.type !== kind)
    throw new Error(`${what} is not an Ed25519 ${kind} key in JWK form`);
  return key;
}

/** Ed25519 signature of the exact request body. */
export function signBatch(key: KeyObject, body: string): string {
  return crypto.sign(null, Buffer.from(body), key).toString('base64url');
}

/** True when `signature` is `source`'s signature of `body`; an unknown source or a malformed signature is false. */
export function verifyBatch(keys: EventKeys, source: unknown, body: string, signature: string | undefined): boolean {
  const key = typeof source === 'string' ? keys.peers.get(source) : undefined;
  if (!key || !signature) return false;
  try {
    return crypto.verify(null, Buffer.from(body), key, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}
