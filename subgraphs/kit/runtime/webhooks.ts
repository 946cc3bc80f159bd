import crypto, { type KeyObject } from 'node:crypto';

/**
 * Signed webhooks to partner apps (issue 12.6). A delivery is a POST of a JSON body with these headers:
 * - `X-Qingju-Webhook-Id`: the event id, the same on every retry of one event (the app deduplicates by it);
 * - `X-Qingju-Webhook-Signature`: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the app's webhook
 *   secret>`. The timestamp is signed with the body, so a captured delivery cannot be replayed later under a new
 *   time; the app refuses one whose `t` is more than five minutes off its clock.
 */
export const WEBHOOK_ID_HEADER = 'x-qingju-webhook-id';
export const WEBHOOK_SIGNATURE_HEADER = 'x-qingju-webhook-signature';
/** How far a delivery's signed time may be from the receiver's clock. */
export const WEBHOOK_TOLERANCE_S = 300;

const hmac = (secret: string, timestamp: number, body: string) =>
  crypto.createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');

/** The signature header of `body` sent at `timestamp` (unix seconds). */
export function signWebhook(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

/** What a partner app checks: the header is this body's signature with its secret, made within the tolerance. */
export function verifyWebhook(
  secret: string,
  header: string | null | undefined,
  body: string,
  now = Math.floor(Date.now() / 1000),
): boolean {
  const parts = Object.fromEntries((header ?? '').split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(now - t) > WEBHOOK_TOLERANCE_S || !/^[0-9a-f]{64}$/.test(parts.v1 ?? ''))
    return false;
  return crypto.timingSafeEqual(Buffer.from(hmac(secret, t, body), 'hex'), Buffer.from(parts.v1!, 'hex'));
}

/**
 * How long before attempt `attempts + 1` after `attempts` failed ones: doubling from `baseMs`, at most an hour, so a
 * receiver that is down for a day is tried about 30 times, and one that comes back is reached within the hour.
 */
export function webhookBackoffMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

/**
 * Seals secrets the service must read again (a webhook signing secret: it signs with it, so a hash will not do) with
 * AES-256-GCM, under a key derived (HKDF) from the subgraph's own event signing key for one `purpose`: no new key to
 * deploy, and a database dump alone opens nothing. Replacing the subgraph's event key makes sealed secrets unreadable:
 * rotate each app's secret afterwards (deliveries to an app whose secret cannot be opened wait and are logged).
 */
export interface SecretBox {
  seal(plain: string): string;
  /** The plain secret; null when it was sealed under another key or altered. */
  open(sealed: string): string | null;
}

export function secretBox(own: KeyObject, purpose: string): SecretBox {
  const material = Buffer.from(own.export({ format: 'jwk' }).d ?? '', 'base64url');
  if (material.length === 0) throw new Error('secretBox needs a private key');
  const key = Buffer.from(crypto.hkdfSync('sha256', material, 'qingju-secret-box', purpose, 32));
  return {
    seal(plain) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return ['v1', iv, cipher.getAuthTag(), data]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
    },
    open(sealed) {
      const [version, iv, tag, data] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || data === undefined) return null;
      try {
        const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}
