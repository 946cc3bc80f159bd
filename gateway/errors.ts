import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../subgraphs/kit/log';

/** Domain codes look like PROJECT_FULL; anything else a subgraph or library sends is not for clients. */
const PUBLIC_CODE = /^[A-Z][A-Z0-9_]{2,40}$/;
const INTERNAL_CODES = new Set(['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR']);
/** Extensions that help a person fix their input; everything else (serviceName, response, stacktrace...) is dropped. */
const SAFE_EXTENSIONS = ['field', 'retryAfter'];

/**
 * The gateway coerces variables itself and reports a bad one as an internal error whose message repeats the value
 * (which may be a phone or ID number). It is the client's input: BAD_USER_INPUT, naming the variable, the place in
 * it and what was wrong, without the value.
 */
function variableError(message: string): string | null {
  const invalid = /^Variable "(\$\w+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s.exec(message);
  if (invalid) {
    const [, name, at, reason] = invalid;
    const why = reason.replace(/^Value "[^"]*" /, 'the value ').replace(/:\s.*$/s, '').replace(/ value$/, '').replace(/\.$/, '');
    return `Variable ${name} has an invalid value${at ? ` at ${at}` : ''}: ${why}.`;
  }
  if (/^Variable "\$\w+" of (required|non-null) type "[^"]+" (was not provided|must not be null)\.$/.test(message)) return message;
  return null;
}

/** An error (or its original) from a subgraph fetch that never got a GraphQL answer (undici's TypeError, a timeout). */
function isFetchFailure(error: unknown): boolean {
  // Duck-typed: errors from the HTTP client may come from another realm, where instanceof Error is false.
  type Err = { message?: unknown; name?: unknown; originalError?: Err };
  const e = error as Err | undefined;
  return [e, e?.originalError].some((x) => x?.message === 'fetch failed' || x?.name === 'TimeoutError' || x?.name === 'AbortError');
}

/**
 * Masks every error before it leaves the gateway: message, code, path and locations only. Subgraph failures,
 * HTTP bodies and unknown errors become one generic message; the detail goes to the log, without variables.
 */
export function maskError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const badVariable = variableError(formatted.message);
    if (badVariable) return { locations: formatted.locations, message: badVariable, extensions: { code: 'BAD_USER_INPUT' } };
    const ext = formatted.extensions ?? {};
    const code = typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR';
    const base = { path: formatted.path, locations: formatted.locations };
    if (INTERNAL_CODES.has(code) || !PUBLIC_CODE.test(code)) {
      log.error({ code, service: ext.serviceName, message: formatted.message, path: formatted.path }, 'masked error');
      // A subgraph that answered with its own internal error is "something went wrong"; one that could not be
      // reached (refused, reset, timed out, a non-GraphQL HTTP answer) is "temporarily unavailable".
      const unavailable = code === 'DOWNSTREAM_SERVICE_ERROR' || ext.response !== undefined || isFetchFailure(error);
      return {
        ...base,
        message: unavailable
          ? 'Part of this answer is temporarily unavailable; try again shortly.'
          : 'Something went wrong on our side; try again shortly.',
        extensions: { code: unavailable ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR' },
      };
    }
    const safe = Object.fromEntries(SAFE_EXTENSIONS.filter((k) => k in ext).map((k) => [k, ext[k]]));
    return { ...base, message: formatted.message, extensions: { ...safe, code } };
  };
}

/**
 * A response that carries only input errors and no data is the client's mistake: HTTP 400, not the 500 the gateway
 * gives variables it could not coerce.
 */
export function clientErrorStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (!data && errors?.length && errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT')) response.http.status = 400;
        },
      };
    },
  };
}
