import { Provider, errors, type Adapter, type ClientMetadata, type KoaContextWithOIDC } from 'oidc-provider';
import type { JWK } from 'jose';
import { isPartnerScope, PARTNER_SCOPE_NAMES, PARTNER_SCOPES } from '../../subgraphs/kit/city/partner-scopes';
import { verifySecret } from '../../subgraphs/kit/runtime/secret-hash';
import { escapeHtml } from '../pages';
import type { OAuthStore } from './store.repository';
import type { PartnerRegistry, RegisteredApp } from './registry';

/** Where the OAuth server is mounted on the gateway: discovery is at /oauth/.well-known/openid-configuration. */
export const OAUTH_PATH = '/oauth';

/** Lifetimes, seconds. An access token is short (an hour); the refresh token carries the citizen's grant. */
const TTL = {
  AccessToken: 3600,
  ClientCredentials: 3600,
  AuthorizationCode: 60,
  RefreshToken: 30 * 86400,
  Grant: 30 * 86400,
  Session: 86400,
  Interaction: 3600,
};

/** The scopes of an app that act for a citizen, or those that do not (client credentials). */
const scopesOf = (scopes: readonly string[], forCitizen: boolean) =>
  scopes.filter((s) => isPartnerScope(s) && PARTNER_SCOPES[s].forCitizen === forCitizen);

/** An ACTIVE registered app as oidc-provider's client metadata; a suspended, revoked or unknown one is no client. */
export function clientMetadata(app: RegisteredApp | null): ClientMetadata | undefined {
  if (!app || app.status !== 'ACTIVE') return undefined;
  const actsForCitizens = scopesOf(app.allowedScopes, true).length > 0 && app.redirectUris.length > 0;
  const appOnly = scopesOf(app.allowedScopes, false).length > 0;
  return {
    client_id: app.clientId,
    // The hash: compareClientSecret (below) checks a presented secret against it.
    client_secret: app.secretHash,
    client_name: app.name,
    redirect_uris: actsForCitizens ? app.redirectUris : [],
    response_types: actsForCitizens ? ['code'] : [],
    grant_types: [
      ...(actsForCitizens ? ['authorization_code', 'refresh_token'] : []),
      ...(appOnly ? ['client_credentials'] : []),
    ],
    scope: ['openid', ...app.allowedScopes].join(' '),
    token_endpoint_auth_method: 'client_secret_basic',
    id_token_signed_response_alg: 'EdDSA',
  };
}

/** Clients come from the registry, read on every lookup: a suspension or a new secret holds at once. */
function registryClients(registry: PartnerRegistry): Adapter {
  const readOnly = async () => {
    throw new Error('partner apps are registered through GraphQL (registerPartnerApp), not by the OAuth server');
  };
  return {
    find: async (id) => clientMetadata(await registry.app(id)),
    upsert: readOnly,
    findByUid: readOnly,
    findByUserCode: readOnly,
    consume: readOnly,
    destroy: readOnly,
    revokeByGrantId: readOnly,
  };
}

export interface OAuthServerOptions {
  /** The issuer: the gateway's public URL + /oauth. */
  issuer: string;
  /** The resource indicator of the city's GraphQL API: the audience of every access token. */
  apiResource: string;
  registry: PartnerRegistry;
  store: OAuthStore;
  /** Private JWK (Ed25519) that signs ID tokens; its public half is served at /oauth/jwks. */
  signingKey: JWK;
  /** Keys that sign the OAuth server's cookies (the first signs; all verify, so keys can be rolled). */
  cookieKeys: string[];
}

/**
 * The city's OAuth 2 / OpenID Connect server (oidc-provider, OpenID certified): client credentials for an app's
 * own access to public data; authorization code with PKCE (always required) for acting for a citizen, with refresh
 * tokens, revocation, discovery and JWKS. Access tokens are opaque and kept in the store: the gateway looks each one
 * up, so a revoked grant or a revoked token stops working at once, which a self-contained JWT could not do.
 */
export function createOAuthServer(opts: OAuthServerOptions): Provider {
  const provider = new Provider(opts.issuer, {
    adapter: (name: string) => (name === 'Client' ? registryClients(opts.registry) : opts.store.adapter(name)),
    jwks: { keys: [opts.signingKey] },
    cookies: { keys: opts.cookieKeys },
    // The citizen is who signed in during the interaction (interaction.ts); the ID token says who, nothing more.
    findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub }) }),
    // Every scope a client may be registered for must be one the server supports; which of them a token carries
    // is decided per grant type in getResourceServerInfo.
    scopes: ['openid', 'offline_access', ...PARTNER_SCOPE_NAMES],
    claims: { openid: ['sub'] },
    pkce: { required: () => true },
    ttl: TTL,
    expiresWithSession: async () => false,
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // Errors shown to a citizen's browser (a bad authorization request): our own page, no third-party fonts.
    renderError: async (ctx, out) => {
      ctx.type = 'html';
      ctx.body =
        '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>授权出错 · 青聚</title><h1>授权出错</h1>' +
        `<p>${escapeHtml(String(out.error))}: ${escapeHtml(String(out.error_description ?? ''))}</p></html>`;
    },
    interactions: { url: (_ctx, interaction) => `${OAUTH_PATH}/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => opts.apiResource,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (ctx: KoaContextWithOIDC, resource: string, client) => {
          if (resource !== opts.apiResource) throw new errors.InvalidTarget('the only resource is the city API');
          // Client credentials give the app's own scopes (public data); a citizen's grant the scopes acting for them.
          const appOnly = (ctx.oidc.params?.grant_type as string | undefined) === 'client_credentials';
          return {
            scope: scopesOf((client.scope ?? '').split(' '), !appOnly).join(' '),
            audience: opts.apiResource,
            accessTokenFormat: 'opaque',
            accessTokenTTL: appOnly ? TTL.ClientCredentials : TTL.AccessToken,
          };
        },
      },
    },
  });
  // The registry keeps only a hash of each secret: compare against it rather than against plain text.
  provider.Client.prototype.compareClientSecret = function compare(this: { clientSecret?: string }, actual: string) {
    return this.clientSecret ? verifySecret(this.clientSecret, actual) : Promise.resolve(false);
  };
  return provider;
}
