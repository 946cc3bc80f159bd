import { decodeCursor, pageSize, toConnection } from '../../kit/runtime/connection';
import { recordsOfVolunteer } from '../data/service-record.repository';
import { isSelf } from './context';
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

/** Service records are personal: the volunteer, city admins, and listed admins of the district the volunteer lives in. */
export async function mayReadRecords(ctx: Context, volunteerId: string): Promise<boolean> {
  if (ctx.caller.kind === 'cityAdmin') return true;
  if (ctx.caller.kind === 'districtAdmin') {
    const profile = await ctx.loaders.profile.load(volunteerId);
    return !!profile?.districtCode && ctx.loaders.administersDistrict(profile.districtCode);
  }
  return isSelf(ctx, volunteerId);
}
