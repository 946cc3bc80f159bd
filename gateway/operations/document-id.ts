import type { DocumentNode } from 'graphql';

/**
 * The id a generated document carries ("sha256:<hex>", written by the client preset's persisted-documents mode): what
 * a client sends as `documentId` to a gateway that runs only trusted documents.
 */
export function documentIdOf(document: DocumentNode): string {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== 'string') throw new Error('not a generated document: no __meta__.hash (npm run codegen:clients)');
  return hash;
}
