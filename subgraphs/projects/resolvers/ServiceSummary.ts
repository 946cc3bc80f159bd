import type { ServiceSummaryResolvers } from './types.generated';
import { mayReadRecords } from './records';

export const ServiceSummary: ServiceSummaryResolvers = {
  // Which projects someone served on is personal; the totals beside it are public (they are on the card).
  lines: async (s, _, ctx) =>
    (await mayReadRecords(ctx, s.volunteerId)) ? ctx.loaders.serviceLines.load(s.volunteerId) : [],
};
