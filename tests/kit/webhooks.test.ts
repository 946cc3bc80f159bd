import crypto from 'node:crypto';
import { secretBox, signWebhook, verifyWebhook, webhookBackoffMs } from '../../subgraphs/kit/runtime/webhooks';

/** The kit's webhook parts: the sealed signing secret, the signature partners check, the retry delays. */

const key = () => crypto.generateKeyPairSync('ed25519').privateKey;

test('a sealed secret opens only under the key and purpose it was sealed with, and not once altered', () => {
  const own = key();
  const box = secretBox(own, 'volunteers:secrets');
  const sealed = box.seal('webhook-secret');
  expect(sealed).not.toContain('webhook-secret');
  expect(box.open(sealed)).toBe('webhook-secret');
  // Fresh IV each time: the same secret sealed twice does not show as equal.
  expect(box.seal('webhook-secret')).not.toBe(sealed);
  expect(secretBox(key(), 'volunteers:secrets').open(sealed)).toBeNull();
  expect(secretBox(own, 'projects:secrets').open(sealed)).toBeNull();
  const [v, iv, tag, data] = sealed.split('.');
  const flipped = Buffer.from(data!, 'base64url');
  flipped[0]! ^= 1;
  expect(box.open([v, iv, tag, flipped.toString('base64url')].join('.'))).toBeNull();
  expect(box.open('not sealed')).toBeNull();
});

test('a signature holds for its body, secret and time only', () => {
  const now = Math.floor(Date.now() / 1000);
  const header = signWebhook('s1', '{"a":1}', now);
  expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
  expect(verifyWebhook('s1', header, '{"a":1}', now)).toBe(true);
  expect(verifyWebhook('s2', header, '{"a":1}', now)).toBe(false);
  expect(verifyWebhook('s1', header, '{"a":2}', now)).toBe(false);
  expect(verifyWebhook('s1', header, '{"a":1}', now + 301)).toBe(false);
  expect(verifyWebhook('s1', header.replace(/t=\d+/, `t=${now + 1}`), '{"a":1}', now)).toBe(false);
  expect(verifyWebhook('s1', null, '{"a":1}', now)).toBe(false);
  expect(verifyWebhook('s1', 't=1,v1=zz', '{"a":1}', now)).toBe(false);
});

test('retry delays double from the base and stop growing at an hour', () => {
  expect([1, 2, 3, 4].map((n) => webhookBackoffMs(n, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000]);
  expect(webhookBackoffMs(40, 30_000)).toBe(3_600_000);
});
