import type { DataSource } from 'typeorm';
import {
  ALL_SCOPES,
  CITY_SCOPE,
  monthsOf,
  shownUnless,
  withheldCells,
  type Suppressible,
} from '../../kit/city/statistics';
import {
  activeProjects,
  allWageRates,
  peopleCounts,
  peopleMarks,
  rollupCells,
  type PeopleCount,
  type RollupCell,
} from '../data/statistics.repository';
import { CATEGORIES, findCategory, type Category } from '../data/taxonomy';
import { peopleFromMarks } from '../rules/people';
import { rateLookup, toFen, type RateFor } from '../rules/valuation';

/** Projects without a category are shown under this code. */
export const NO_CATEGORY = 'none';

interface Sums {
  signups: number;
  personTimes: number;
  hours: number;
  value: number;
  published: number;
}

/** This subgraph's figures of one cell, suppressed where fewer than five people stand behind them. */
export interface CellFigures {
  signups: Suppressible;
  personTimes: Suppressible;
  confirmedHours: Suppressible;
  serviceValue: Suppressible;
  projectsPublished: number;
}

export interface MonthFigures extends CellFigures {
  month: string;
}

export interface CategoryFigures extends CellFigures {
  code: string;
  category: Category | null;
}

export interface Figures extends CellFigures {
  projectsActive: number;
  months: MonthFigures[];
  categories: CategoryFigures[];
}

const zero = (): Sums => ({ signups: 0, personTimes: 0, hours: 0, value: 0, published: 0 });

function add(into: Sums, c: RollupCell, rateFor: RateFor) {
  into.signups += c.signups;
  into.personTimes += c.personTimes;
  into.hours += c.hours;
  into.value += c.hours * rateFor(c.categoryCode, Number(c.month.slice(0, 4)));
  into.published += c.published;
}

interface Counted {
  sums: Sums;
  /** Distinct people with confirmed service behind the sums. */
  people: number;
}

/**
 * The figures of the cells of one breakdown (or of one headline, alone). Sign-ups are one person's act each, so
 * their own count decides whether they are withheld; service figures, the distinct people behind them. Withheld
 * as a breakdown (`withheldCells`), no cell can be had by subtracting the others from the total.
 */
function cells(items: readonly Counted[]): CellFigures[] {
  const service = withheldCells(items.map((i) => i.people));
  const signups = withheldCells(items.map((i) => i.sums.signups));
  return items.map(({ sums }, i) => ({
    signups: shownUnless(signups[i], sums.signups),
    personTimes: shownUnless(service[i], sums.personTimes),
    confirmedHours: shownUnless(service[i], toFen(sums.hours)),
    serviceValue: shownUnless(service[i], toFen(sums.value)),
    projectsPublished: sums.published,
  }));
}

/**
 * The figures of the city and of every district over one range, from the rollups: four statements whatever the
 * number of districts, categories or months asked for (five for a range the people marks cannot tell, see
 * `peopleFromMarks`).
 */
export async function figuresOfRange(db: DataSource, from: string, to: string): Promise<Map<string, Figures>> {
  const [rollup, marks, active, rates] = await Promise.all([
    rollupCells(db, from, to),
    peopleMarks(db, from, to),
    activeProjects(db, from, to),
    allWageRates(db),
  ]);
  const people = peopleFromMarks(marks, from, to) ?? (await peopleCounts(db, from, to));
  const rateFor = rateLookup(rates);
  const peopleKey = (d: string | null, c: string | null, m: string | null) => `${d}|${c}|${m}`;
  const peopleOf = new Map(
    people.map((p: PeopleCount) => [peopleKey(p.districtCode, p.categoryCode, p.month), p.people]),
  );
  const months = monthsOf(from, to);
  const categoryCodes = [...CATEGORIES.map((c) => c.code), ''];
  const out = new Map<string, Figures>();
  const totals = new Map<string, Counted>();
  for (const scope of ALL_SCOPES) {
    const district = scope === CITY_SCOPE ? null : scope;
    const mine = district ? rollup.filter((c) => c.districtCode === district) : rollup;
    const total = zero();
    const byMonth = new Map(months.map((m) => [m, zero()]));
    const byCategory = new Map(categoryCodes.map((c) => [c, zero()]));
    for (const c of mine) {
      add(total, c, rateFor);
      add(byMonth.get(c.month)!, c, rateFor);
      add(byCategory.get(c.categoryCode) ?? byCategory.get('')!, c, rateFor);
    }
    const peopleIn = (c: string | null, m: string | null) => peopleOf.get(peopleKey(district, c, m)) ?? 0;
    // Projects without a category are listed only when there are some.
    const codes = categoryCodes.filter((c) => c !== '' || Object.values(byCategory.get('')!).some((v) => v !== 0));
    const monthCells = cells(months.map((m) => ({ sums: byMonth.get(m)!, people: peopleIn(null, m) })));
    const categoryCells = cells(codes.map((c) => ({ sums: byCategory.get(c)!, people: peopleIn(c, null) })));
    totals.set(scope, { sums: total, people: peopleIn(null, null) });
    out.set(scope, {
      ...cells([totals.get(scope)!])[0],
      projectsActive: active
        .filter((a) => district === null || a.districtCode === district)
        .reduce((n, a) => n + a.count, 0),
      months: months.map((m, i) => ({ month: m, ...monthCells[i] })),
      categories: codes.map((c, i) => ({ code: c || NO_CATEGORY, category: findCategory(c), ...categoryCells[i] })),
    });
  }
  // The districts are the city's breakdown: their headlines are withheld as one, wherever they are shown.
  const districts = ALL_SCOPES.filter((scope) => scope !== CITY_SCOPE);
  const headlines = cells(districts.map((d) => totals.get(d)!));
  districts.forEach((d, i) => Object.assign(out.get(d)!, headlines[i]));
  return out;
}
