import {
  ALL_SCOPES,
  CITY_SCOPE,
  monthsOf,
  shownUnless,
  withheldCells,
  type Suppressible,
} from '../../kit/city/statistics';
import type { RegistrationRow } from '../data/statistics.repository';

export interface VolunteerFigures {
  total: Suppressible;
  new: Suppressible;
  months: { month: string; newVolunteers: Suppressible }[];
}

/** Counts of one breakdown, each a number of people, withheld as a breakdown (no cell by subtraction). */
const counts = (ns: number[]): Suppressible[] => {
  const withheld = withheldCells(ns);
  return ns.map((n, i) => shownUnless(withheld[i], n));
};

/**
 * The volunteer figures of the city and every district over one range, from the registration rollup's rows; each
 * registration is one person, so a count under five is withheld, and so is a second cell of a breakdown that has
 * only one (the months of a scope, the districts of the city).
 */
export function volunteerFigures(found: RegistrationRow[], from: string, to: string): Map<string, VolunteerFigures> {
  const months = monthsOf(from, to);
  const sums = ALL_SCOPES.map((scope) => {
    const mine = found.filter((r) => scope === CITY_SCOPE || r.districtCode === scope);
    const sum = (keep: (r: RegistrationRow) => boolean) => mine.filter(keep).reduce((n, r) => n + r.registrations, 0);
    return {
      scope,
      total: sum((r) => r.month === null),
      new: sum((r) => r.month !== null),
      months: months.map((month) => sum((r) => r.month === month)),
    };
  });
  const districts = sums.filter((x) => x.scope !== CITY_SCOPE);
  const totalCells = counts(districts.map((x) => x.total));
  const newCells = counts(districts.map((x) => x.new));
  const totals = new Map(districts.map((d, i) => [d.scope, totalCells[i]]));
  const news = new Map(districts.map((d, i) => [d.scope, newCells[i]]));
  return new Map(
    sums.map((x) => {
      const monthly = counts(x.months);
      return [
        x.scope,
        {
          total: totals.get(x.scope) ?? counts([x.total])[0],
          new: news.get(x.scope) ?? counts([x.new])[0],
          months: months.map((month, i) => ({ month, newVolunteers: monthly[i] })),
        },
      ];
    }),
  );
}
