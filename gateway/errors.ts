import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../subgraphs/kit/runtime/log';
import { localize } from './messages/localize';
import { currentLanguage } from './messages/request-language';

/** Domain codes look like PROJECT_FULL; anything else a subgraph or library sends is not for clients. */
const PUBLIC_CODE = /^[A-Z][A-Z0-9_]{2,40}$/;
const INTERNAL_CODES = new Set(['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR']);
/**
 * Extensions that help a person fix their input (or an app ask for the scope it lacks); everything else (serviceName,
 * response, stacktrace...) is dropped.
 */
const SAFE_EXTENSIONS = ['field', 'retryAfter', 'scope'];

/**
 * The gateway coerces variables itself and reports a bad one as an internal error whose message repeats the value
 * (which may be a phone or ID number). It is the client's input: BAD_USER_INPUT, naming the variable, the place in
 * it and what was wrong, without the value.
 */
function variableError(message: string): string | null {
  const invalid = /^Variable "(\$\w+)" got invalid value .*?(?: at "([^"]+)")?; (.*)$/s.exec(message);
  if (invalid) {
    const [, name, at, reason] = invalid;
    const why = reason
      .replace(/^Value "[^"]*" /, 'the value ')
      .replace(/:\s.*$/s, '')
      .replace(/ value$/, '')
      .replace(/\.$/, '');
    return at
      ? `Variable ${name} has an invalid value at ${at}: ${why}.`
      : `Variable ${name} has an invalid value: ${why}.`;
  }
  if (/^Variable "\$\w+" of (required|non-null) type "[^"]+" (was not provided|must not be null)\.$/.test(message))
    return message;
  return null;
}

/**
 * graphql-js repeats a wrongly typed literal written in the operation (`first: "13812345678"`, an ID number typed
 * into the wrong argument) in its validation message. Clients get the type and the location, never the value.
 */
function literalError(message: string): string | null {
  const scalar = /^(\w+) cannot represent ([^:]+?): .*$/s.exec(message);
  if (scalar) return `${scalar[1]} cannot represent ${scalar[2]}; see the location for the value.`;
  const expected = /^Expected value of type ("[^"]+"), found .*$/s.exec(message);
  if (expected) return `Expected a value of type ${expected[1]}; see the location for the value.`;
  const enumValue = /^Value .* does not exist in ("\w+") enum\..*$/s.exec(message);
  if (enumValue) return `The value does not exist in ${enumValue[1]} enum.`;
  return null;
}

/** "Did you mean ...?" maps the schema for whoever probes it; production drops it from every message. */
const withoutSuggestions = (message: string) => message.replace(/\s*Did you mean [^?]*\?/g, '');

/** An error (or its original) from a subgraph fetch that never got a GraphQL answer (undici's TypeError, a timeout). */
function isFetchFailure(error: unknown): boolean {
  // Duck-typed: errors from the HTTP client may come from another realm, where instanceof Error is false.
  type Err = { message?: unknown; name?: unknown; originalError?: Err };
  const e = error as Err | undefined;
  return [e, e?.originalError].some(
    (x) => x?.message === 'fetch failed' || x?.name === 'TimeoutError' || x?.name === 'AbortError',
  );
}

/**
 * Masks every error before it leaves the gateway: message, code, path and locations only. Subgraph failures,
 * HTTP bodies and unknown errors become one generic message; the detail goes to the log, without variables.
 * Then writes the message in the request's language (gateway/messages): every error a client reads passes here,
 * whichever subgraph sent it, so this is the one place messages are translated; codes never change.
 */
export function maskError(log: Logger, production: boolean) {
  const mask = maskOne(log);
  // Done here, on the formatted copy, rather than by mutating errors (graphql-armor's suggestion blocker assigned
  // `message` on every error, and a subgraph timeout's error has a read-only one: the whole answer became a 500).
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const masked = mask(formatted, error);
    const message = production ? withoutSuggestions(masked.message) : masked.message;
    return { ...masked, message: localize(message, currentLanguage()) };
  };
}

function maskOne(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const badVariable = variableError(formatted.message);
    if (badVariable)
      return { locations: formatted.locations, message: badVariable, extensions: { code: 'BAD_USER_INPUT' } };
    const badLiteral =
      formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' ? literalError(formatted.message) : null;
    if (badLiteral)
      return { locations: formatted.locations, message: badLiteral, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    // graphql-js stops parsing at the token limit with "more that N tokens. Parsing aborted." (sic).
    const tooLong = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/.exec(formatted.message);
    if (tooLong)
      return {
        message: `This operation has more than ${tooLong[1]} tokens (the limit); send a smaller one.`,
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      };
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
