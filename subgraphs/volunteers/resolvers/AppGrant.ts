import type { AppGrantResolvers } from './types.generated';

/** An app holding a citizen's grant. */
export const AppGrant: AppGrantResolvers = {
  appId: (g) => g.consent.appId!,
};
