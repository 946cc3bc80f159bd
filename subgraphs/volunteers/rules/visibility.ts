import type { Caller } from '../../kit/caller';

/** The partner scope that lets a partner app read its linked citizen's record (with the citizen's consent). */
export const PARTNER_READ_SCOPE = 'volunteer:read';

/** How much of a volunteer's basic record a caller sees. */
export type PersonalDataAccess = 'FULL' | 'MASKED' | 'NONE';

/**
 * Who sees a volunteer's basic record (DOMAIN.md, issue 3):
 * - the volunteer: everything, ID number and phone in full;
 * - an admin of the volunteer's district, a city admin: the record with ID number and phone masked;
 * - a partner app acting for this very volunteer, holding `volunteer:read`, while the volunteer's separate
 *   consent to sharing with partners stands: the same masked record;
 * - anyone else (anonymous, other volunteers, organization admins, other districts' admins): nothing.
 * `administers` is whether the caller verifiably administers the volunteer's district (a city admin, or a district
 * admin on that district's list), looked up by the caller of this pure rule.
 */
export function personalDataAccess(
  caller: Caller,
  v: { accountId: string; districtCode: string; shareWithPartners: boolean },
  administers: boolean,
): PersonalDataAccess {
  switch (caller.kind) {
    case 'volunteer':
      return caller.accountId === v.accountId ? 'FULL' : 'NONE';
    case 'districtAdmin':
    case 'cityAdmin':
      return administers ? 'MASKED' : 'NONE';
    case 'partner':
      return caller.accountId === v.accountId && v.shareWithPartners && caller.scopes.includes(PARTNER_READ_SCOPE) ? 'MASKED' : 'NONE';
    default:
      return 'NONE';
  }
}

/** True when the caller is the volunteer in person (not an app acting for them). */
export function isSelf(caller: Caller, v: { accountId: string }): boolean {
  return caller.kind === 'volunteer' && caller.accountId === v.accountId;
}
