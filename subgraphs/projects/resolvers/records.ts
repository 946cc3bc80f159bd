import { administersDistrict } from '../../kit/caller';
import { decodeCursor, pageSize, toConnection } from '../../kit/connection';
import { profileOfAccount } from '../data/replica.repository';
import { recordsOfVolunteer } from '../data/service-record.repository';
import { isSelf, type Ctx } from './context';

/** A page of a volunteer's records, latest first (empty for a caller with no volunteer registration). */
export async function volunteerRecordPage(ctx: Ctx, volunteerId: string | null, args: { first?: number; after?: string }) {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, 2);
  const rows = volunteerId ? await recordsOfVolunteer(ctx.db, volunteerId, size + 1, after) : [];
  return toConnection(rows, size, (r) => [r.servedOn, r.id]);
}

/** Service records are personal: the volunteer, city admins, and admins of the district the volunteer lives in. */
export async function mayReadRecords(ctx: Ctx, volunteerId: string): Promise<boolean> {
  if (ctx.caller.kind === 'cityAdmin') return true;
  if (ctx.caller.kind === 'districtAdmin') {
    const [row] = await ctx.db.query('SELECT district_code FROM volunteer_profile WHERE volunteer_id = $1', [volunteerId]);
    return !!row && administersDistrict(ctx.caller, row.district_code);
  }
  return isSelf(ctx, volunteerId);
}
