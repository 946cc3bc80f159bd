import { accountOf } from '../../kit/runtime/caller';
import type { DistrictRequest } from '../../kit/district/platform';
import { forbidden, unauthenticated } from '../../kit/runtime/errors';

/**
 * Qionglai's extension is managed by Qionglai's district admins (and city admins); returns who acts, for the record.
 */
export async function requireQionglaiAdmin(req: DistrictRequest): Promise<string> {
  const { caller } = req;
  if (caller.kind === 'anonymous') throw unauthenticated('Sign in as a Qionglai district admin to tag projects.');
  if (!(await req.loaders.administersDistrict('qionglai')))
    throw forbidden('Only Qionglai district admins can tag projects with villages and themes.');
  return accountOf(caller)!;
}
