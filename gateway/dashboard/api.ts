import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import manifest from '../operations/generated/persisted-documents.json';

/** sessionStorage key: the token lives as long as the tab, never in localStorage or a cookie. */
const TOKEN_KEY = 'qingju.dashboard.token';

export const savedToken = () => sessionStorage.getItem(TOKEN_KEY);
export const saveToken = (token: string) => sessionStorage.setItem(TOKEN_KEY, token);
export const forgetToken = () => sessionStorage.removeItem(TOKEN_KEY);

export interface Claims {
  role?: string;
  district?: string;
  sub?: string;
  exp?: number;
}

/**
 * What the token says about its holder, read (not verified: the gateway verifies every request) so the page can
 * open on a district admin's own district and greet the role. Null when it is not a JWT at all.
 */
export function claimsOf(token: string): Claims | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as Claims;
  } catch {
    return null;
  }
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const documentIdOf = (doc: TypedDocumentNode<unknown, never>) =>
  (doc as unknown as { __meta__: { hash: string } }).__meta__.hash;

async function post<T>(body: object, token: string): Promise<Answer<T>> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('json')) throw new ApiError(`网关返回 ${res.status}`, undefined);
  return (await res.json()) as Answer<T>;
}

/**
 * Runs one of the registered operations (gateway/operations/dashboard/) by its document id, as a production
 * gateway in trusted-documents mode requires. A development gateway keeps persisted queries in memory and may not
 * know the id yet: then the document's registered text goes along once, under the same hash.
 */
export async function run<T, V>(doc: TypedDocumentNode<T, V>, variables: V, token: string): Promise<T> {
  const documentId = documentIdOf(doc as TypedDocumentNode<unknown, never>);
  let answer = await post<T>({ documentId, variables }, token);
  if (answer.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) {
    const query = (manifest as Record<string, string>)[documentId];
    const sha256Hash = documentId.replace(/^sha256:/, '');
    answer = await post<T>({ query, variables, extensions: { persistedQuery: { version: 1, sha256Hash } } }, token);
  }
  if (answer.errors?.length || !answer.data) {
    const first = answer.errors?.[0];
    throw new ApiError(first?.message ?? '没有返回数据', first?.extensions?.code);
  }
  return answer.data;
}
