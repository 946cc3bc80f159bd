import crypto from 'node:crypto';
import fs from 'node:fs';
import type { NextFunction, Request, Response } from 'express';
import type { ApolloServerPlugin, PersistedQueryOptions } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { repoPath } from '../subgraphs/kit/runtime/paths';
import { errorBody } from './messages/request-language';

/**
 * The trusted-documents manifest: the persisted-documents file graphql-codegen's client preset writes from the
 * operations our clients send (`gateway/operations/<client>/*.graphql`, see gateway/operations/codegen.ts), so the
 * documents the clients are typed by and the documents the gateway trusts are one set.
 */
export const MANIFEST_FILE = repoPath('gateway', 'operations', 'generated', 'persisted-documents.json');

export const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/**
 * The manifest: sha256 of each operation document → its text. Each id the preset wrote ("sha256:<hex>") must be the
 * hash of its text, or a client sending that id would run a document other than the one it was typed by.
 */
export function loadManifest(file = MANIFEST_FILE): Map<string, string> {
  const written = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  const manifest = new Map<string, string>();
  for (const [id, text] of Object.entries(written)) {
    const hash = sha256(text);
    if (id !== `sha256:${hash}`)
      throw new Error(`${file}: ${id} is not the hash of its document; run npm run codegen:clients`);
    manifest.set(hash, text);
  }
  return manifest;
}

/** The text of the registered operation called `name` (our pages and benchmarks run them by name). */
export function operationNamed(manifest: Map<string, string>, name: string): string {
  const pattern = new RegExp(`^(query|mutation) ${name}\\b`, 'm');
  const text = [...manifest.values()].find((t) => pattern.test(t));
  if (!text)
    throw new Error(`no operation ${name} in gateway/operations/<client>/ (or npm run codegen:clients is due)`);
  return text;
}

function refuse(res: Response, status: number, code: string, message: string) {
  res.status(status).json(errorBody(res.req, message, { code }));
}

const DOCUMENT_ID = /^(?:sha256:)?([0-9a-f]{64})$/;
const NOT_TRUSTED = 'Only the operations of registered Qingju apps are accepted here; send its document id.';
const UNKNOWN_ID = 'Unknown document id: this operation is not registered.';

/** The operation fields of a request, wherever the method puts them: the JSON body, or the query string of a GET. */
interface OperationParams {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
  /** Writes `documentId` back as the persisted-query extension Apollo Server understands. */
  setPersistedQuery(hash: string): void;
  /** Supplies the text of a document sent by hash alone (an app's own document, which Apollo's store lacks). */
  setQuery(text: string): void;
}

function paramsOf(req: Request): OperationParams | null {
  if (req.method === 'GET') {
    const url = new URL(req.url, 'http://gateway');
    const q = url.searchParams;
    let extensions: unknown;
    try {
      extensions = q.has('extensions') ? JSON.parse(q.get('extensions')!) : undefined;
    } catch {
      extensions = undefined; // Apollo Server answers malformed JSON in the query string with its own 400.
    }
    return {
      query: q.get('query') ?? undefined,
      documentId: q.get('documentId') ?? undefined,
      extensions,
      setPersistedQuery(hash) {
        q.delete('documentId');
        q.set(
          'extensions',
          JSON.stringify({ ...(extensions as object), persistedQuery: { version: 1, sha256Hash: hash } }),
        );
        req.url = `${url.pathname}?${q}`;
      },
      setQuery(text) {
        q.set('query', text);
        req.url = `${url.pathname}?${q}`;
      },
    };
  }
  const body = req.body as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  return {
    ...body,
    setPersistedQuery(hash) {
      delete body.documentId;
      body.extensions = { ...(body.extensions as object), persistedQuery: { version: 1, sha256Hash: hash } };
    },
    setQuery(text) {
      body.query = text;
    },
  };
}

/** A partner app's own trusted documents (registered through GraphQL, kept in the registry). */
export interface AppDocuments {
  /** The partner app behind the request (its token or a citizen's), if any; null when its token was refused. */
  appOf(req: Request): Promise<string | undefined | null>;
  /** The text of the app's document with this sha256, or null. */
  document(appId: string, hash: string): Promise<string | null>;
}

const approvedAppDocument = new WeakMap<Request, string>();
/** The sha256 of the app's own document this request was let through with (for trustedDocumentsPlugin's check). */
export const appDocumentOf = (req: Request) => approvedAppDocument.get(req);

const HEX_HASH = /^[0-9a-f]{64}$/;

/**
 * Every method, every way of naming an operation. A `documentId` (`sha256:<hex>`) becomes the persisted-query
 * extension Apollo Server already serves by hash; a malformed one is the client's mistake (400). With a manifest
 * (trusted-documents mode), an operation whose text or hash is not in it is refused here, before any parsing, unless
 * it is a document the partner app behind the request registered itself: another app sending the same id is refused.
 * `trustedDocumentsPlugin` holds the same line for any request that reaches Apollo some other way.
 */
export function operationIds(manifest?: Map<string, string>, appDocuments?: AppDocuments) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const params = paramsOf(req);
    if (!params) return next();
    let hash: unknown = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery
      ?.sha256Hash;
    if (params.documentId !== undefined) {
      const id = typeof params.documentId === 'string' ? DOCUMENT_ID.exec(params.documentId) : null;
      if (!id)
        return refuse(
          res,
          400,
          'BAD_REQUEST',
          'documentId must be "sha256:" followed by the 64 hex digits of the document\'s hash.',
        );
      hash = id[1];
      params.setPersistedQuery(id[1]);
    }
    if (!manifest) return next();
    const text = typeof params.query === 'string' ? params.query : undefined;
    const wanted = text !== undefined ? sha256(text) : typeof hash === 'string' ? hash : undefined;
    if (wanted !== undefined && manifest.has(wanted)) return next();
    try {
      const appId = wanted !== undefined && HEX_HASH.test(wanted) ? await appDocuments?.appOf(req) : undefined;
      // The answer to a refused token is 401, which the GraphQL context gives before anything is parsed or run.
      if (appId === null) return next();
      const registered = appId ? await appDocuments!.document(appId, wanted!) : null;
      if (registered !== null && (text === undefined || text === registered)) {
        if (text === undefined) params.setQuery(registered);
        approvedAppDocument.set(req, wanted!);
        return next();
      }
    } catch (err) {
      return next(err);
    }
    if (text !== undefined) return refuse(res, 400, 'OPERATION_NOT_TRUSTED', NOT_TRUSTED);
    return refuse(res, 400, 'OPERATION_NOT_TRUSTED', UNKNOWN_ID);
  };
}

/**
 * The persisted-query store in trusted-documents mode: the manifest itself, read-only. A hash-only request (GET or
 * POST) finds its text here; registering a new text (APQ's second step) stores nothing.
 */
export function manifestCache(manifest: Map<string, string>): NonNullable<PersistedQueryOptions['cache']> {
  // Apollo Server prefixes its persisted-query keys ("apq:<hash>").
  const hashOf = (key: string) => key.slice(key.lastIndexOf(':') + 1);
  return {
    get: async (key) => manifest.get(hashOf(key)),
    set: async () => undefined,
    delete: async () => false,
  };
}

/**
 * The line no request crosses in trusted-documents mode, whatever method or path brought it: an operation whose
 * text is not, byte for byte, a manifest document (or the one document of its own app operationIds let through) is
 * refused before it runs and before APQ would register it.
 */
export function trustedDocumentsPlugin(manifest: Map<string, string>): ApolloServerPlugin<{ appDocument?: string }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ source, contextValue }) {
          const hash = sha256(source);
          // An app's own document, let through for that app alone by operationIds.
          if (!manifest.has(hash) && contextValue.appDocument !== hash) {
            throw new GraphQLError(NOT_TRUSTED, {
              extensions: { code: 'OPERATION_NOT_TRUSTED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
