import { accountOf, administersDistrict, type Caller } from '../../kit/caller';
import { forbidden, unauthenticated } from '../../kit/errors';

/** Qionglai's extension is managed by Qionglai's district admins (and city admins); returns who acts, for the record. */
export function requireQionglaiAdmin(caller: Caller): string {
  if (caller.kind === 'anonymous') throw unauthenticated('Sign in as a Qionglai district admin to tag projects.');
  if (!administersDistrict(caller, 'qionglai')) throw forbidden('Only Qionglai district admins can tag projects with villages and themes.');
  return accountOf(caller)!;
}
