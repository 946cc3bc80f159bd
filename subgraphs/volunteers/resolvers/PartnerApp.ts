import { iso } from '../../kit/runtime/timestamps';
import type { PartnerAppResolvers } from './types.generated';

/** A registered partner app; moments leave as ISO 8601. The secret hash never leaves through this type. */
export const PartnerApp: PartnerAppResolvers = {
  createdAt: (a) => iso(a.createdAt),
  secretIssuedAt: (a) => iso(a.secretIssuedAt),
  documentIds: async (a, _, ctx) =>
    (await ctx.loaders.partnerAppDocuments.load(a.clientId)).map((d) => `sha256:${d.hash}`),
};
