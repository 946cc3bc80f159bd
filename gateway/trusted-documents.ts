import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { repoPath } from '../subgraphs/kit/paths';

/** Where the operations our frontends and partner apps send are kept, one `.graphql` file each. */
export const OPERATIONS_DIR = repoPath('gateway', 'operations');

export const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/** The manifest: sha256 of each operation document → its text. */
export function loadManifest(dir = OPERATIONS_DIR): Map<string, string> {
  const manifest = new Map<string, string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort()) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    manifest.set(sha256(text), text);
  }
  return manifest;
}

/** The text of the registered operation called `name` (our pages and benchmarks run them by name). */
export function operationNamed(manifest: Map<string, string>, name: string): string {
  const pattern = new RegExp(`^(query|mutation) ${name}\\b`, 'm');
  const text = [...manifest.values()].find((t) => pattern.test(t));
  if (!text) throw new Error(`gateway/operations/${name}.graphql is missing`);
  return text;
}

function refuse(res: Response, message: string) {
  res.status(400).json({ errors: [{ message, extensions: { code: 'OPERATION_NOT_TRUSTED' } }] });
}

/**
 * Trusted-documents mode: only operations from the manifest run. A client sends the document's hash
 * (`extensions.persistedQuery.sha256Hash`, as Apollo clients do, or `documentId`); the gateway supplies the text.
 * Free-text operations run only if they are, byte for byte, a manifest document.
 */
export function trustedDocumentsOnly(manifest: Map<string, string>) {
  return (req: Request, res: Response, next: NextFunction) => {
    const body = req.body as Record<string, any> | undefined;
    if (req.method !== 'POST' || !body || typeof body !== 'object' || Array.isArray(body)) return next();
    const hash: unknown = body.extensions?.persistedQuery?.sha256Hash ?? body.documentId?.replace(/^sha256:/, '');
    if (typeof body.query === 'string') {
      if (!manifest.has(sha256(body.query))) return refuse(res, 'Only the operations of registered Qingju apps are accepted here; send its document id.');
      return next();
    }
    if (typeof hash !== 'string' || !manifest.has(hash)) return refuse(res, 'Unknown document id: this operation is not registered.');
    body.query = manifest.get(hash);
    delete body.documentId;
    next();
  };
}
