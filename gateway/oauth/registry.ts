import type { CryptoKey } from 'jose';
import { ANONYMOUS } from '../../subgraphs/kit/runtime/caller';
import { IDENTITY_HEADER, signIdentity } from '../../subgraphs/kit/runtime/identity';

/** What the gateway reads of a registered partner app (the volunteers subgraph's `PartnerAppClient`). */
export interface RegisteredApp {
  clientId: string;
  name: string;
  redirectUris: string[];
  allowedScopes: string[];
  corsOrigins: string[];
  status: 'ACTIVE' | 'SUSPENDED' | 'REVOKED';
  secretHash: string;
  /** Asked only with a citizen's account: whether their consent to this app is in force (volunteers decides). */
  consentStands?: boolean;
}

export interface PartnerRegistry {
  /**
   * The app, whatever its status; null when none has this id. With `accountId`, also whether that citizen's consent
   * to the app stands. Throws when the registry cannot be reached.
   */
  app(clientId: string, accountId?: string): Promise<RegisteredApp | null>;
}

const QUERY = `query PartnerAppClient($clientId: String!, $accountId: String!, $forCitizen: Boolean!) {
  partnerAppClient(clientId: $clientId) {
    clientId name redirectUris allowedScopes corsOrigins status secretHash
    consentStands(accountId: $accountId) @include(if: $forCitizen)
  }
}`;

/**
 * Reads the registry from the subgraph that owns it. `partnerAppClient` is @inaccessible: not in the API schema, so
 * no client request can reach it; the gateway asks the subgraph directly, signed like any forwarded request. Read on
 * every use, not cached: a suspension or a rotated secret must hold from the next request on.
 */
export function partnerRegistry(volunteersUrl: () => string | undefined, identityKey: CryptoKey): PartnerRegistry {
  return {
    async app(clientId, accountId) {
      const url = volunteersUrl();
      if (!url) throw new Error('the partner-app registry (volunteers subgraph) has no address yet');
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [IDENTITY_HEADER]: await signIdentity(ANONYMOUS, identityKey),
        },
        body: JSON.stringify({
          query: QUERY,
          variables: { clientId, accountId: accountId ?? '', forCitizen: accountId !== undefined },
        }),
        signal: AbortSignal.timeout(3_000),
      });
      const body = (await res.json()) as { data?: { partnerAppClient: RegisteredApp | null }; errors?: unknown[] };
      if (!res.ok || body.errors?.length || !body.data)
        throw new Error(`the partner-app registry answered ${res.status}`);
      return body.data.partnerAppClient;
    },
  };
}
