import type { Caller } from '../../kit/runtime/caller';
import type { DistrictRequest } from '../../kit/district/platform';
import { forbidden, unauthenticated } from '../../kit/runtime/errors';

/** Residents and volunteers act for themselves: a signed-in citizen, not an admin role or a partner app. */
export function requireCitizen(caller: Caller, what: string): string {
  if (caller.kind === 'anonymous') throw unauthenticated(`Sign in to ${what}.`);
  if (caller.kind !== 'volunteer') throw forbidden(`Only residents signed in as themselves can ${what}.`);
  return caller.accountId;
}

/** The board's moderators: Wuhou's listed district admins and city admins. */
export const moderatesWuhou = (req: Pick<DistrictRequest, 'loaders'>) => req.loaders.administersDistrict('wuhou');

export async function requireModerator(req: DistrictRequest): Promise<string> {
  const { caller } = req;
  if (caller.kind === 'anonymous') throw unauthenticated('Sign in as a Wuhou district admin to moderate the board.');
  if (!(await moderatesWuhou(req)))
    throw forbidden("Only Wuhou district admins (on the district's admin list) can moderate the needs board.");
  return caller.accountId;
}
