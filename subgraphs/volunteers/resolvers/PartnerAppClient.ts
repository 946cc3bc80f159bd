import { consentStands } from '../actions/app-grants';
import type { PartnerAppClientResolvers } from './types.generated';

/** What the gateway reads of an app; only the gateway reaches it (@inaccessible). */
export const PartnerAppClient: PartnerAppClientResolvers = {
  consentStands: (a, args, ctx) => consentStands(ctx.db, a.clientId, args.accountId),
};
