import { administersDistrict, type Caller } from '../../kit/caller';
import { forbidden, unauthenticated } from '../../kit/errors';

/** Residents and volunteers act for themselves: a signed-in citizen, not an admin role or a partner app. */
export function requireCitizen(caller: Caller, what: string): string {
  if (caller.kind === 'anonymous') throw unauthenticated(`Sign in to ${what}.`);
  if (caller.kind !== 'volunteer') throw forbidden(`Only residents signed in as themselves can ${what}.`);
  return caller.accountId;
}

/** The board's moderators: Wuhou's district admins and city admins. */
export const moderatesWuhou = (caller: Caller) => administersDistrict(caller, 'wuhou');

export function requireModerator(caller: Caller): string {
  if (caller.kind === 'anonymous') throw unauthenticated('Sign in as a Wuhou district admin to moderate the board.');
  if (!moderatesWuhou(caller)) throw forbidden('Only Wuhou district admins can moderate the needs board.');
  return caller.accountId;
}
