import type { ServiceSummaryRow } from '../data/service-record.repository';
import type { Ctx } from './context';
import { mayReadRecords } from './records';

export const ServiceSummary = {
  // Which projects someone served on is personal; the totals beside it are public (they are on the card).
  lines: async (s: ServiceSummaryRow, _: unknown, ctx: Ctx) =>
    (await mayReadRecords(ctx, s.volunteerId)) ? ctx.loaders.serviceLines.load(s.volunteerId) : [],
};
