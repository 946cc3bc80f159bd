/**
 * The value of service by the ILO replacement-cost method (DOMAIN.md): hours × the market wage of the occupation
 * that would do the work if paid, per service category and year, from the wage-rate table city admins keep.
 */
export interface Rate {
  categoryCode: string;
  year: number;
  rate: number;
  /** Only the newest rate of a category and year values hours; older ones are history. */
  current: boolean;
}

export type RateFor = (categoryCode: string, year: number) => number;

/**
 * A lookup over the table: a category's hours of a year take the rate set for the latest year up to it (a rate
 * holds until a newer year's is set); years before the first rate take the first. Hours of a project without a
 * category, or of a category with no rate yet, take the mean of that year's category rates.
 */
export function rateLookup(rates: readonly Rate[]): RateFor {
  const byCategory = new Map<string, Rate[]>();
  for (const r of rates.filter((x) => x.current)) {
    const list = byCategory.get(r.categoryCode) ?? [];
    list.push(r);
    byCategory.set(r.categoryCode, list);
  }
  for (const list of byCategory.values()) list.sort((a, b) => a.year - b.year);
  const ofCategory = (list: Rate[], year: number) => (list.filter((r) => r.year <= year).at(-1) ?? list[0]).rate;
  const mean = (year: number) => {
    const all = [...byCategory.values()].map((list) => ofCategory(list, year));
    return all.length ? all.reduce((a, b) => a + b, 0) / all.length : 0;
  };
  return (categoryCode, year) => {
    const list = byCategory.get(categoryCode);
    return list ? ofCategory(list, year) : mean(year);
  };
}

/** CNY to the fen, as money is shown. */
export const toFen = (cny: number) => Math.round(cny * 100) / 100;
