import { rateLookup, type Rate } from '../../subgraphs/projects/rules/valuation';
import { monthsOf, statisticsRange, suppressUnder, withheldCells } from '../../subgraphs/kit/city/statistics';

/** The pure rules behind the dashboard's figures: which wage rate values an hour, ranges, months, suppression. */
const rate = (categoryCode: string, year: number, value: number, current = true): Rate => ({
  categoryCode,
  year,
  rate: value,
  current,
});

test('a rate holds from its year until a later year has its own; earlier years take the first', () => {
  const rateFor = rateLookup([rate('elderly', 2021, 50), rate('elderly', 2025, 60), rate('elderly', 2025, 58, false)]);
  expect([2019, 2021, 2024, 2025, 2030].map((y) => rateFor('elderly', y))).toEqual([50, 50, 50, 60, 60]);
});

test('hours without a category, or of a category with no rate, take the mean of the year’s category rates', () => {
  const rateFor = rateLookup([rate('elderly', 2021, 50), rate('children', 2021, 56), rate('children', 2026, 70)]);
  expect(rateFor('', 2022)).toBe(53);
  expect(rateFor('events', 2026)).toBe(60);
});

test('a range defaults to this year up to today in Beijing time, and months cover it', () => {
  // 2026-12-31 20:00 UTC is already 2027-01-01 in Beijing.
  expect(statisticsRange(null, null, new Date('2026-12-31T20:00:00Z'))).toEqual({
    from: '2027-01-01',
    to: '2027-01-01',
  });
  expect(monthsOf('2025-11-20', '2026-02-03')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  expect(() => statisticsRange('2016-01-01', '2026-12-01')).toThrow(/ten years/);
});

test('fewer than five people withhold a figure; none at all is a plain zero', () => {
  expect(suppressUnder(0, 0)).toEqual({ value: 0, suppressed: null });
  expect(suppressUnder(4, 12.5).value).toBeNull();
  expect(suppressUnder(5, 12.5)).toEqual({ value: 12.5, suppressed: null });
});

test('a lone withheld cell takes the smallest other cell with it, so the total cannot give it away', () => {
  expect(withheldCells([3, 10, 7, 0])).toEqual([true, false, true, false]);
  expect(withheldCells([3, 2, 10])).toEqual([true, true, false]);
  expect(withheldCells([0, 12, 6])).toEqual([false, false, false]);
  // Nothing else to withhold: the lone cell is its own total.
  expect(withheldCells([4])).toEqual([true]);
});
