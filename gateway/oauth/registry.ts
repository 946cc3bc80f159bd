import type { CryptoKey } from 'jose';
import { ANONYMOUS } from '../../subgraphs/kit/runtime/caller';
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
 * Reads the registry from the subgraph that owns it. Its fields for the gateway are @inaccessible: not in the API
 * schema, so no client request can reach them; the gateway asks the subgraph directly, signed like any forwarded
 * request. Read on every use, not cached: a suspension, a rotated secret or a retired document holds from the next
 * request on.
 */
export function partnerRegistry(volunteersUrl: () => string | undefined, identityKey: CryptoKey): PartnerRegistry {
  async function ask<T>(query: string, variables: Record<string, string | boolean>): Promise<T> {
    const url = volunteersUrl();
    if (!url) throw new Error('the partner-app registry (volunteers subgraph) has no address yet');
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [IDENTITY_HEADER]: await signIdentity(ANONYMOUS, identityKey),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(3_000),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (!res.ok || body.errors?.length || !body.data)
      throw new Error(`the partner-app registry answered ${res.status}`);
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
