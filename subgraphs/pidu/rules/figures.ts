import { suppressUnder } from '../../kit/city/statistics';
import type { TimeBankFigureRow } from '../data/statistics.repository';
import type { ResolversTypes } from '../resolvers/types.generated';

/** Pidu's time-bank figures as `Statistics.pidu` gives them: each withheld under five volunteers (earners, buyers). */
export function piduFigures(r: TimeBankFigureRow): ResolversTypes['PiduStatistics'] {
  return {
    creditsIssued: suppressUnder(r.issuedPeople, r.issued),
    creditsHeld: suppressUnder(r.heldPeople, r.held),
    creditsSpent: suppressUnder(r.spentPeople, r.spent),
    bookings: suppressUnder(r.bookingPeople, r.bookings),
  };
}
