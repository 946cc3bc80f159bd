import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (pw: string, salt: Buffer, len: number) => Promise<Buffer>;
const KEY_LENGTH = 32;

/**
 * A salted scrypt hash of a secret, `scrypt$<salt>$<hash>` (base64url): what the partner-app registry keeps of a
 * client secret, so a leaked table gives no secret away. Node's default cost (N = 16384) takes tens of
 * milliseconds: fine once per token request, too slow to try guesses in bulk.
 */
export async function hashSecret(secret: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const hash = await scrypt(secret, salt, KEY_LENGTH);
  return `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/** True when `secret` is the one `stored` was made from; compared in constant time. */
export async function verifySecret(stored: string, secret: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(secret, Buffer.from(salt, 'base64url'), expected.length);
  return crypto.timingSafeEqual(expected, actual);
}

/** A new random secret: 32 bytes, base64url (43 characters). */
export const newSecret = () => crypto.randomBytes(32).toString('base64url');
