import { CITY_SCOPE, suppressUnder, type Suppressible } from '../../kit/city/statistics';
import type { TimeBankFigureRow } from '../data/statistics.repository';

/** The scope whose figures Pidu's time bank gives: the city's, and Pidu's own (the same, as the bank is Pidu's). */
export const PIDU_SCOPES: readonly string[] = [CITY_SCOPE, 'pidu'];

export interface PiduFigures {
  creditsIssued: Suppressible;
  creditsHeld: Suppressible;
  creditsSpent: Suppressible;
  bookings: Suppressible;
}

/** Each figure withheld when fewer than five volunteers stand behind it (earners, buyers). */
export function piduFigures(r: TimeBankFigureRow): Map<string, PiduFigures> {
  const figures: PiduFigures = {
    creditsIssued: suppressUnder(r.issuedPeople, r.issued),
    creditsHeld: suppressUnder(r.heldPeople, r.held),
    creditsSpent: suppressUnder(r.spentPeople, r.spent),
    bookings: suppressUnder(r.bookingPeople, r.bookings),
  };
  return new Map(PIDU_SCOPES.map((scope) => [scope, figures]));
}
