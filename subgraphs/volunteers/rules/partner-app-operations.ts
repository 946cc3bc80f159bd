import crypto from 'node:crypto';
import { Kind, parse } from 'graphql';
import { badInput } from '../../kit/runtime/errors';
import type { PartnerAppQuota } from '../data/partner-app.repository';

/** A quota above this is no limit at all; below 1 it would shut the app out (suspend it instead). */
const MAX_PER_MINUTE = 1_000_000;

export function validateQuota(input: {
  requestsPerMinute?: number | null;
  mutationsPerMinute?: number | null;
  mutationsPerCitizenPerMinute?: number | null;
}): PartnerAppQuota {
  const quota: PartnerAppQuota = {
    requestsPerMinute: input.requestsPerMinute ?? null,
    mutationsPerMinute: input.mutationsPerMinute ?? null,
    mutationsPerCitizenPerMinute: input.mutationsPerCitizenPerMinute ?? null,
  };
  for (const [field, value] of Object.entries(quota))
    if (value !== null && !(value >= 1 && value <= MAX_PER_MINUTE))
      throw badInput(`quota.${field}: 1 to ${MAX_PER_MINUTE.toLocaleString('en')} per minute, or null.`, field);
  return quota;
}

/** Limits on what one app registers: its own operations, not a second schema. */
export const MAX_DOCUMENTS = 500;
const MAX_BODY = 20_000;
const DOCUMENT_ID = /^sha256:([0-9a-f]{64})$/;

/**
 * Checks documents of an app's persisted-documents manifest: each id is the sha256 of its text (what clients send
 * and the gateway looks up), and each text parses to exactly one operation. Whether it fits the schema and the
 * gateway's limits is decided when it runs, like any operation.
 */
export function validateDocuments(documents: readonly { id: string; body: string }[]) {
  if (documents.length === 0 || documents.length > MAX_DOCUMENTS)
    throw badInput(`documents: 1 to ${MAX_DOCUMENTS} at a time.`, 'documents');
  return documents.map(({ id, body }, i) => {
    const hash = DOCUMENT_ID.exec(id)?.[1];
    if (!hash) throw badInput(`documents[${i}].id must be "sha256:" and 64 lower-case hex digits.`, 'documents');
    if (body.length > MAX_BODY) throw badInput(`documents[${i}].body: at most ${MAX_BODY} characters.`, 'documents');
    if (crypto.createHash('sha256').update(body).digest('hex') !== hash)
      throw badInput(`documents[${i}]: the id is not the sha256 of its body.`, 'documents');
    let operations: number;
    try {
      operations = parse(body).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
    } catch {
      throw badInput(`documents[${i}].body is not a GraphQL document.`, 'documents');
    }
    if (operations !== 1) throw badInput(`documents[${i}].body must hold exactly one operation.`, 'documents');
    return { hash, body };
  });
}

/** An id as the gateway passes it (64 hex digits), or null. */
export const hashOfId = (id: string) => DOCUMENT_ID.exec(id)?.[1] ?? null;
