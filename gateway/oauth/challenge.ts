import { appError } from '../../subgraphs/kit/runtime/errors';

/** The scheme and realm of every bearer challenge this gateway sends (RFC 6750). */
const REALM = 'Bearer realm="qingju"';
const quoted = (s: string) => s.replace(/["\\]/g, '');

/**
 * A request refused for its token: 401 UNAUTHENTICATED with a `WWW-Authenticate` challenge, so an OAuth client
 * library knows to get a new token (Apollo applies `extensions.http` to the response and strips it from the body).
 */
export const invalidToken = (message: string) =>
  appError('UNAUTHENTICATED', message, {
    http: {
      status: 401,
      headers: new Map([
        ['www-authenticate', `${REALM}, error="invalid_token", error_description="${quoted(message)}"`],
      ]),
    },
  });

/** A valid token without the scope this request needs: 403 INSUFFICIENT_SCOPE naming it, and the challenge. */
export const insufficientScope = (scope: string, message: string) =>
  appError('INSUFFICIENT_SCOPE', message, {
    scope,
    http: {
      status: 403,
      headers: new Map([['www-authenticate', `${REALM}, error="insufficient_scope", scope="${quoted(scope)}"`]]),
    },
  });
