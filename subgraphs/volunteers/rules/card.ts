import { starLevel } from './growth';
import { publicIdentity, type IdentitySource } from './visibility';

/** What `verifyVolunteerCard` answers: the card's facts, never the volunteer row (no id to look the person up by). */
export interface CardCheck {
  valid: boolean;
  displayName: string | null;
  starLevel: number | null;
  confirmedHours: number | null;
  issuedIn: string | null;
}

const INVALID: CardCheck = { valid: false, displayName: null, starLevel: null, confirmedHours: null, issuedIn: null };

/**
 * A card check is anonymous whoever asks (the caller holds a card, not an account of its holder), so it shows what
 * the public identity shows anyone: the public name and the month, nothing for a minor beyond the placeholder. The
 * card is issued at registration. Hours are the total the projects subgraph last announced (`volunteer.hours`): a
 * query field cannot `@requires` the projects subgraph's figures without returning the Volunteer entity itself.
 */
export function cardCheck(v: (IdentitySource & { hoursSnapshot: number }) | null, today: Date): CardCheck {
  if (!v) return INVALID;
  const identity = publicIdentity(v, 'NONE', today);
  return {
    valid: true,
    displayName: identity.name,
    starLevel: starLevel(v.hoursSnapshot),
    confirmedHours: v.hoursSnapshot,
    issuedIn: identity.memberSince,
  };
}
