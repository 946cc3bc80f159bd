import type { DistrictRequest } from '../../kit/district/platform';
import { forbidden, unauthenticated } from '../../kit/runtime/errors';

/** Jinniu's listed district admins (and city admins) run the alerts; no other district's admin does. */
export const administersJinniu = (req: Pick<DistrictRequest, 'loaders'>) => req.loaders.administersDistrict('jinniu');

export async function requireJinniuAdmin(req: DistrictRequest, what: string): Promise<string> {
  const { caller } = req;
  if (caller.kind === 'anonymous') throw unauthenticated(`Sign in as a Jinniu district admin to ${what}.`);
  if (!(await administersJinniu(req)))
    throw forbidden(`Only Jinniu district admins (on the district's admin list) can ${what}.`);
  return caller.accountId;
}
