import type { Caller } from '../../subgraphs/kit/runtime/caller';
import { appBehind } from './accept';
import { invalidToken } from './challenge';
import type { PartnerRegistry } from './registry';

/**
 * Partner tokens signed by the city itself (`role: partner`, `azp`: the development token command, or a city IdP)
 * answer to the registry too, so that suspending or revoking an app stops every token it holds, not only those of the
 * OAuth server. A registered app that is not ACTIVE is refused in every mode; an app the registry does not know is
 * refused in production, and let through in development, where the IDE's partner tab and tests use the demo app's
 * tokens (`tianfu-citizen-cloud`) without registering it. OAuth callers were checked already (oauth/accept.ts).
 */
export function registeredPartnersOnly(
  authenticate: (authorization: string | undefined) => Promise<Caller>,
  registry: PartnerRegistry,
  production: boolean,
) {
  return async (authorization: string | undefined): Promise<Caller> => {
    const caller = await authenticate(authorization);
    if (caller.kind !== 'partner' || appBehind.has(caller)) return caller;
    const app = await registry.app(caller.appId);
    if (app && app.status !== 'ACTIVE')
      throw invalidToken(`The app ${caller.appId} is ${app.status.toLowerCase()}: its tokens are not accepted.`);
    if (!app && production)
      throw invalidToken(`The app ${caller.appId} is not registered: its tokens are not accepted.`);
    // The app just read serves its quota too (partner-quotas.ts), instead of a second read of the registry.
    if (app) appBehind.set(caller, app);
    return caller;
  };
}
