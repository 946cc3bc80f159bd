import { createLocalJWKSet, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { z } from 'zod';
import { ANONYMOUS, type Caller } from '../subgraphs/kit/runtime/caller';
import { isDistrictCode } from '../subgraphs/kit/city/districts';
import { invalidToken } from './oauth/challenge';

/**
 * User-token claims: `sub` is the account, `role` what it acts as. An organization admin names `org`, a district
 * admin `district`; a statistics viewer (a city dashboard) reads aggregates only; a partner app (`azp`) acts for
 * the linked citizen `sub` within `scope` (space-separated).
 */
const claims = z.discriminatedUnion('role', [
  z.object({ role: z.literal('volunteer'), sub: z.string().min(1).max(64) }),
  z.object({ role: z.literal('org_admin'), sub: z.string().min(1).max(64), org: z.uuid() }),
  z.object({
    role: z.literal('district_admin'),
    sub: z.string().min(1).max(64),
    district: z.string().refine(isDistrictCode),
  }),
  z.object({ role: z.literal('city_admin'), sub: z.string().min(1).max(64) }),
  z.object({ role: z.literal('statistics_viewer'), sub: z.string().min(1).max(64) }),
  z.object({
    role: z.literal('partner'),
    sub: z.string().min(1).max(64),
    azp: z.string().min(1),
    scope: z.string().min(1),
  }),
]);

export const ROLES = [
  'volunteer',
  'org_admin',
  'district_admin',
  'city_admin',
  'statistics_viewer',
  'partner',
] as const;

function toCaller(payload: JWTPayload): Caller | null {
  const c = claims.safeParse(payload);
  if (!c.success) return null;
  const t = c.data;
  switch (t.role) {
    case 'volunteer':
      return { kind: 'volunteer', accountId: t.sub };
    case 'org_admin':
      return { kind: 'orgAdmin', accountId: t.sub, organizationId: t.org };
    case 'district_admin':
      return { kind: 'districtAdmin', accountId: t.sub, district: t.district };
    case 'city_admin':
      return { kind: 'cityAdmin', accountId: t.sub };
    case 'statistics_viewer':
      return { kind: 'statisticsViewer', accountId: t.sub };
    case 'partner':
      return { kind: 'partner', appId: t.azp, accountId: t.sub, scopes: t.scope.split(/\s+/).filter(Boolean) };
  }
}

/**
 * Longest lifetime (`exp` - `iat`) a user token may have. A stolen token is good until it expires, so the gateway
 * does not take the issuer's word for how long that is: a day covers a working day's session with margin.
 */
export const DEFAULT_MAX_TOKEN_LIFETIME_S = 24 * 3600;
/** Clocks of issuer and gateway may disagree this much. */
const CLOCK_SKEW_S = 60;

export interface AuthOptions {
  issuer: string;
  audience: string;
  jwks: JSONWebKeySet;
  /** Seconds; DEFAULT_MAX_TOKEN_LIFETIME_S when unset. */
  maxTokenLifetimeS?: number;
}

/**
 * Turns an Authorization header into a caller. No header means anonymous; a header that is not a valid, unexpired
 * token from our issuer for our audience is refused, never downgraded to anonymous, so a client notices.
 */
export function createAuthenticator(
  opts: AuthOptions,
  /** Access tokens of the city's OAuth server (oauth/accept.ts): opaque, so never mistaken for a JWT. */
  oauthToken?: (token: string) => Promise<Caller>,
): (authorization: string | undefined) => Promise<Caller> {
  const keys = createLocalJWKSet(opts.jwks);
  const maxLifetime = opts.maxTokenLifetimeS ?? DEFAULT_MAX_TOKEN_LIFETIME_S;
  return async (authorization) => {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw invalidToken('The Authorization header must be "Bearer <token>".');
    if (oauthToken && !match[1].includes('.')) return oauthToken(match[1]);
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(match[1], keys, {
        issuer: opts.issuer,
        audience: opts.audience,
        algorithms: ['EdDSA', 'ES256', 'RS256'],
        // Without `iat` a token's lifetime cannot be told, so it is refused like one that lives too long.
        requiredClaims: ['exp', 'iat', 'sub'],
      }));
    } catch (err) {
      const expired = (err as { code?: string }).code === 'ERR_JWT_EXPIRED';
      throw invalidToken(
        expired ? 'Your sign-in has expired; sign in again.' : 'The token is not valid; sign in again.',
      );
    }
    // An `iat` in the future would stretch the lifetime past the maximum while exp - iat looks short.
    const now = Math.floor(Date.now() / 1000);
    if (payload.iat! > now + CLOCK_SKEW_S || payload.exp! - payload.iat! > maxLifetime) {
      throw invalidToken(
        `The token lives longer than this platform allows (${Math.round(maxLifetime / 3600)} h at most); ` +
          `sign in again.`,
      );
    }
    const caller = toCaller(payload);
    if (!caller) throw invalidToken('The token does not name a known role for this platform; sign in again.');
    return caller;
  };
}
