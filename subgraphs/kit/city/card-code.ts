import crypto from 'node:crypto';

/** How a typed or scanned card code is compared: spaces dropped, upper case. */
export function normalizeCode(code: string): string {
  return code.replace(/\s/g, '').toUpperCase();
}

/**
 * What subgraphs other than volunteers keep of a volunteer's card code: a SHA-256 digest of the normalized code,
 * never the code. The projects subgraph finds the volunteer behind a scanned card by digesting what was scanned, so
 * its tables, its outbox and its logs hold nothing that could be printed as someone's card.
 */
export function cardDigest(code: string): string {
  return crypto
    .createHash('sha256')
    .update(`qingju.card:${normalizeCode(code)}`)
    .digest('hex');
}
