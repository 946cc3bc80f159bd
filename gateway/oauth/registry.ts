import type { CryptoKey } from 'jose';
import { ANONYMOUS } from '../../subgraphs/kit/runtime/caller';
import { appError } from '../../subgraphs/kit/runtime/errors';
import { IDENTITY_HEADER, signIdentity } from '../../subgraphs/kit/runtime/identity';

/** Per-minute quotas an app's registration sets; null takes the gateway's default (gateway/partner-quotas.ts). */
export interface RegisteredQuota {
  requestsPerMinute: number | null;
  mutationsPerMinute: number | null;
  mutationsPerCitizenPerMinute: number | null;
}

/** What the gateway reads of a registered partner app (the volunteers subgraph's `PartnerAppClient`). */
export interface RegisteredApp {
  clientId: string;
  name: string;
  redirectUris: string[];
  allowedScopes: string[];
  corsOrigins: string[];
  status: 'ACTIVE' | 'SUSPENDED' | 'REVOKED';
  secretHash: string;
  quota: RegisteredQuota;
  /** Asked only with a citizen's account: whether their consent to this app is in force (volunteers decides). */
  consentStands?: boolean;
}

export interface PartnerRegistry {
  /**
   * The app, whatever its status; null when none has this id. With `accountId`, also whether that citizen's consent
   * to the app stands. Throws when the registry cannot be reached.
   */
  app(clientId: string, accountId?: string): Promise<RegisteredApp | null>;
  /** The text of a trusted document the app registered, by its sha256 (hex); null when it has none such. */
  document(clientId: string, hash: string): Promise<string | null>;
  /** The ACTIVE apps that list a browser origin among their CORS origins. */
  appsForOrigin(origin: string): Promise<string[]>;
}

const APP = `query PartnerAppClient($clientId: String!, $accountId: String!, $forCitizen: Boolean!) {
  partnerAppClient(clientId: $clientId) {
    clientId name redirectUris allowedScopes corsOrigins status secretHash
    quota { requestsPerMinute mutationsPerMinute mutationsPerCitizenPerMinute }
    consentStands(accountId: $accountId) @include(if: $forCitizen)
  }
}`;
const DOCUMENT = `query PartnerAppDocument($clientId: String!, $hash: String!) {
  partnerAppDocument(clientId: $clientId, hash: $hash)
}`;
const ORIGIN = `query PartnerAppsForOrigin($origin: String!) { partnerAppsForOrigin(origin: $origin) }`;

/**
 * The registry could not say (not reached in time, or no answer): 503 SERVICE_UNAVAILABLE with Retry-After, which a
 * partner's client retries, rather than the 500 "something went wrong" an unexplained error became when a token's
 * check failed this way (under load the registry's answer can come late). Still refused: an app's tokens are not
 * accepted unchecked, since the app may be suspended. Those who may go on without the registry (quotas, CORS) catch it.
 */
export const registryUnavailable = () =>
  appError(
    'SERVICE_UNAVAILABLE',
    'The partner-app registry could not be reached to check this request; try again shortly.',
    {
      retryAfter: 1,
      http: { status: 503, headers: new Map([['retry-after', '1']]) },
    },
  );

/**
 * Reads the registry from the subgraph that owns it. Its fields for the gateway are @inaccessible: not in the API
 * schema, so no client request can reach them; the gateway asks the subgraph directly, signed like any forwarded
 * request. Read on every use, not cached: a suspension, a rotated secret or a retired document holds from the next
 * request on. `timeoutMs` is the gateway's deadline for a subgraph read: the registry is read like any other
 * subgraph (a fixed 3 s of its own, shorter than the tests' 5 s read deadline, refused partner sign-ups under load).
 */
export function partnerRegistry(
  volunteersUrl: () => string | undefined,
  identityKey: CryptoKey,
  timeoutMs: number,
): PartnerRegistry {
  async function ask<T>(query: string, variables: Record<string, string | boolean>): Promise<T> {
    const url = volunteersUrl();
    if (!url) throw registryUnavailable();
    let body: { data?: T; errors?: unknown[] };
    let ok: boolean;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [IDENTITY_HEADER]: await signIdentity(ANONYMOUS, identityKey),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      ok = res.ok;
      body = (await res.json()) as typeof body;
    } catch {
      // Refused, reset, timed out, or not JSON: the registry did not answer.
      throw registryUnavailable();
    }
    if (!ok || body.errors?.length || !body.data) throw registryUnavailable();
    return body.data;
  }
  return {
    app: async (clientId, accountId) =>
      (
        await ask<{ partnerAppClient: RegisteredApp | null }>(APP, {
          clientId,
          accountId: accountId ?? '',
          forCitizen: accountId !== undefined,
        })
      ).partnerAppClient,
    document: async (clientId, hash) =>
      (await ask<{ partnerAppDocument: string | null }>(DOCUMENT, { clientId, hash })).partnerAppDocument,
    appsForOrigin: async (origin) =>
      (await ask<{ partnerAppsForOrigin: string[] }>(ORIGIN, { origin })).partnerAppsForOrigin,
  };
}
