import { ALL_SCOPES, CITY_SCOPE, monthsOf, suppressUnder, type Suppressible } from '../../kit/city/statistics';
import type { RegistrationRow } from '../data/statistics.repository';

export interface VolunteerFigures {
  total: Suppressible;
  new: Suppressible;
  months: { month: string; newVolunteers: Suppressible }[];
}

/**
 * The volunteer figures of the city and every district over one range, from the registration rollup's rows; each
 * registration is one person, so a count under five is withheld.
 */
export function volunteerFigures(found: RegistrationRow[], from: string, to: string): Map<string, VolunteerFigures> {
  const months = monthsOf(from, to);
  const out = new Map<string, VolunteerFigures>();
  for (const scope of ALL_SCOPES) {
    const mine = found.filter((r) => scope === CITY_SCOPE || r.districtCode === scope);
    const sum = (keep: (r: (typeof found)[number]) => boolean) =>
      mine.filter(keep).reduce((n, r) => n + r.registrations, 0);
    const count = (n: number) => suppressUnder(n, n);
    out.set(scope, {
      total: count(sum((r) => r.month === null)),
      new: count(sum((r) => r.month !== null)),
      months: months.map((month) => ({ month, newVolunteers: count(sum((r) => r.month === month)) })),
    });
  }
  return out;
}
