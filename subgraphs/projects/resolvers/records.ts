import { decodeCursor, pageSize, toConnection } from '../../kit/runtime/connection';
import { recordsOfVolunteer } from '../data/service-record.repository';
import { mayRead } from './context';
import type { Context, QueryMyServiceRecordsArgs } from './types.generated';

/** A page of a volunteer's records, latest first (empty for a caller with no volunteer registration). */
export async function volunteerRecordPage(ctx: Context, volunteerId: string | null, args: QueryMyServiceRecordsArgs) {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, ['date', 'uuid']);
  // First pages (the common case: a list of volunteers with their latest records) are batched across volunteers.
  const rows = !volunteerId
    ? []
    : after
      ? await recordsOfVolunteer(ctx.db, volunteerId, size + 1, after)
      : await ctx.loaders.firstRecords(size + 1).load(volunteerId);
  return toConnection(rows, size, (r) => [r.servedOn, r.id]);
}

/**
 * Service records are personal: the visibility table's `serviceRecords` row (the volunteer, city admins, listed
 * admins of the district the volunteer lives in, a partner app while the volunteer consents).
 */
export const mayReadRecords = (ctx: Context, volunteerId: string): Promise<boolean> =>
  mayRead(ctx, volunteerId, 'serviceRecords');
