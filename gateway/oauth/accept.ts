import type { Provider } from 'oidc-provider';
import { ANONYMOUS, type Caller } from '../../subgraphs/kit/runtime/caller';
import { isPartnerScope } from '../../subgraphs/kit/city/partner-scopes';
import { insufficientScope, invalidToken } from './challenge';
import type { PartnerRegistry, RegisteredApp } from './registry';

/**
 * The registered app behind a caller this authenticator returned (a citizen's token or the app's own): quotas and
 * trusted documents go by the app, and an app's own token is an anonymous caller that names no app itself.
 */
export const appBehind = new WeakMap<Caller, RegisteredApp>();

/** The scope an app's own (client credentials) token needs to be served at all: public data. */
export const PUBLIC_DATA_SCOPE = 'projects:read';

/**
 * Turns an access token from the city's OAuth server into a caller, beside the city's own tokens (auth.ts): the
 * token must be in the store (not expired, not revoked), for the city API, from an app the registry lists as ACTIVE,
 * and, when it acts for a citizen, under a grant that still stands. A citizen's token becomes a partner caller
 * (`appId` = client id, `appName` = the registry's name, `accountId` = the citizen, `scopes` = the token's) while
 * the citizen's consent to the app stands (the registry says); an app's own token is served as an anonymous
 * caller, which sees public data only, once it carries `projects:read`.
 */
export function oauthTokenAuthenticator(
  provider: Provider,
  registry: PartnerRegistry,
  apiResource: string,
  revokeGrant: (grantId: string) => Promise<void>,
) {
  return async (token: string): Promise<Caller> => {
    const forCitizen = await provider.AccessToken.find(token);
    const appOnly = forCitizen ? undefined : await provider.ClientCredentials.find(token);
    const found = forCitizen ?? appOnly;
    if (!found || found.aud !== apiResource)
      throw invalidToken('The access token is not valid, has expired or was revoked; get a new one.');
    const scopes = (found.scope ?? '').split(' ').filter(isPartnerScope);
    const app = await registry.app(found.clientId!, forCitizen?.accountId);
    if (!app || app.status !== 'ACTIVE')
      throw invalidToken(
        `The app ${found.clientId} is ${app ? app.status.toLowerCase() : 'not registered'}: ` +
          'its tokens are not accepted.',
      );
    if (forCitizen) {
      if (!forCitizen.grantId || !(await provider.Grant.find(forCitizen.grantId)))
        throw invalidToken('The citizen withdrew this grant; ask them to authorize the app again.');
      // The citizen's consent is the grant's ground: once it is withdrawn (withdrawConsent, revokeAppGrant) the grant
      // goes with every token under it, refresh tokens included, and this token is refused now.
      if (app.consentStands === false) {
        await revokeGrant(forCitizen.grantId);
        throw invalidToken('The citizen withdrew their consent to this app; ask them to authorize it again.');
      }
      const caller: Caller = {
        kind: 'partner',
        appId: app.clientId,
        appName: app.name,
        accountId: forCitizen.accountId!,
        scopes,
      };
      appBehind.set(caller, app);
      return caller;
    }
    if (!scopes.includes(PUBLIC_DATA_SCOPE))
      throw insufficientScope(PUBLIC_DATA_SCOPE, `This app's token lacks the scope ${PUBLIC_DATA_SCOPE}.`);
    // A fresh object, not the shared ANONYMOUS: it carries this app (appBehind) for its quota.
    const caller: Caller = { ...ANONYMOUS };
    appBehind.set(caller, app);
    return caller;
  };
}
