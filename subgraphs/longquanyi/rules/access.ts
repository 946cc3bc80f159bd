import type { DistrictRequest } from '../../kit/district/platform';
import { forbidden, unauthenticated } from '../../kit/runtime/errors';

/** Longquanyi's listed district admins (and city admins) award points; no other district's admin does. */
export async function requireLongquanyiAdmin(req: DistrictRequest, what: string): Promise<string> {
  const { caller } = req;
  if (caller.kind === 'anonymous') throw unauthenticated(`Sign in as a Longquanyi district admin to ${what}.`);
  if (!(await req.loaders.administersDistrict('longquanyi')))
    throw forbidden(`Only Longquanyi district admins (on the district's admin list) can ${what}.`);
  return caller.accountId;
}
