import { GraphQLError } from 'graphql';

/**
 * Errors a person can act on. Every error a resolver throws on purpose goes through one of these, so it carries
 * an `extensions.code`; anything else is an internal error and is masked before it leaves the subgraph.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR'
  | (string & {});

export function appError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extra, code } });
}

export const badInput = (message: string, field?: string) =>
  appError('BAD_USER_INPUT', message, field ? { field } : {});
export const notFound = (message: string) => appError('NOT_FOUND', message);
export const forbidden = (message = 'You are not allowed to do this.') => appError('FORBIDDEN', message);
export const conflict = (message: string) => appError('CONFLICT', message);
/**
 * A field the caller must sign in for. No HTTP status: one field's error must not decide the status of an answer
 * that still carries the other fields' data (the gateway's status policy decides, gateway/http-status.ts).
 */
export const unauthenticated = (message = 'Sign in first.') => appError('UNAUTHENTICATED', message);
/** A whole request refused for its credentials (a bad token, an unsigned call to a subgraph): HTTP 401. */
export const unauthenticatedRequest = (message: string) =>
  appError('UNAUTHENTICATED', message, { http: { status: 401 } });

/** Codes that may leave a subgraph with their own message; any other error becomes a generic internal error. */
export function isPublicError(err: unknown): err is GraphQLError {
  if (!(err instanceof GraphQLError)) return false;
  const code = err.extensions?.code;
  return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
}
