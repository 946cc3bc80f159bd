import { BEGINNING, rangeParams } from '../../subgraphs/kit/runtime/monthly-rollup';

/**
 * How a range is read from a daily rollup and its monthly mirror (kit/runtime/monthly-rollup.ts): every day of the
 * range counted once and no other day, however the range cuts its months, and few daily rows for a month it cuts.
 */
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const DAYS: string[] = [];
for (let t = Date.parse('2024-01-01'); t <= Date.parse('2027-12-31'); t += DAY) DAYS.push(iso(t));

/** How many times each day is counted, as the SQL of `rollupRows` would: mirror months, days added, days taken off. */
function counted(from: string, to: string) {
  const [f, t, monthsFrom, monthsTo, startTo, endFrom, minusFrom, minusTo] = rangeParams(from, to);
  const before = iso(Date.parse(f!) - DAY);
  const after = iso(Date.parse(t!) + DAY);
  let dailyRows = 0;
  const times = DAYS.map((day) => {
    let n = 0;
    if (`${day.slice(0, 7)}-01` >= monthsFrom! && `${day.slice(0, 7)}-01` <= monthsTo!) n++;
    if ((day >= f! && day <= startTo!) || (day >= endFrom! && day <= t!)) {
      n++;
      dailyRows++;
    }
    if ((day >= minusFrom! && day <= before) || (day >= after && day <= minusTo!)) {
      n--;
      dailyRows++;
    }
    return n;
  });
  return { times, dailyRows };
}

test('every day of a range is counted once and no other, whatever months it cuts', () => {
  const ranges: [string, string][] = [
    ['2025-12-03', '2026-12-02'],
    ['2025-01-01', '2025-01-31'],
    ['2025-01-01', '2025-01-01'],
    ['2025-01-31', '2025-02-01'],
    ['2025-01-10', '2025-01-20'],
    ['2025-01-02', '2025-01-30'],
    ['2024-02-01', '2024-02-29'],
    ['2025-02-28', '2025-03-01'],
  ];
  // And ranges of every length from every 7th day of 2025.
  for (let i = 365; i < 730; i += 7)
    for (const len of [0, 1, 13, 27, 40, 100, 400]) ranges.push([DAYS[i]!, DAYS[i + len]!]);
  for (const [from, to] of ranges) {
    const { times } = counted(from, to);
    const wrong = DAYS.filter((day, i) => times[i] !== (day >= from && day <= to ? 1 : 0));
    expect({ from, to, wrong }).toEqual({ from, to, wrong: [] });
  }
});

test('a month cut by a range costs at most half a month of daily rows; "up to a day" likewise', () => {
  expect(counted('2025-12-03', '2026-12-02').dailyRows).toBe(4);
  expect(counted('2025-12-28', '2026-12-27').dailyRows).toBeLessThanOrEqual(8);
  expect(rangeParams(BEGINNING, '2026-12-02').slice(2, 4)).toEqual(['1900-01-01', '2026-11-01']);
  expect(counted('2026-01-01', '2026-12-31').dailyRows).toBe(0);
});
