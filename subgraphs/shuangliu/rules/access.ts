import type { DistrictRequest } from '../../kit/district/platform';
import { forbidden, unauthenticated } from '../../kit/runtime/errors';

/** Shuangliu's listed district admins (and city admins) keep the posts and rotas; no other district's admin does. */
export async function requireShuangliuAdmin(req: DistrictRequest, what: string): Promise<string> {
  const { caller } = req;
  if (caller.kind === 'anonymous') throw unauthenticated(`Sign in as a Shuangliu district admin to ${what}.`);
  if (!(await req.loaders.administersDistrict('shuangliu')))
    throw forbidden(`Only Shuangliu district admins (on the district's admin list) can ${what}.`);
  return caller.accountId;
}
