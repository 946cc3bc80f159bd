import { monthsOf } from '../../kit/city/statistics';
import type { PeopleCount, PeopleMarks } from '../data/statistics.repository';

/** The last day (YYYY-MM-DD) of a month (YYYY-MM). */
const monthEnd = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/**
 * The distinct people behind every cell a dashboard shows (as `peopleCounts` counts them), from the first and last
 * days of `people_marks` (migration 1765500000010); null when the range is one the marks cannot tell exactly, so
 * the caller counts distinct rows instead.
 *
 * - The whole range, by district, category or both: when no one served after it, each volunteer of a cell whose
 *   last day in the cell falls in the range; when no one served before it, whose first day does. A volunteer's last
 *   day is then at or before the range's end, so a last day in it is the same as a day in it.
 * - A month by city or district: a month cut by the range's start counts its lasts from there to the month's end,
 *   any other (whole, or cut only by the range's end) its firsts up to the range's end. A range inside one month
 *   cut on both sides is not told.
 */
export function peopleFromMarks(marks: PeopleMarks, from: string, to: string): PeopleCount[] | null {
  if (marks.after && marks.before) return null;
  const useLasts = !marks.after;
  const out = new Map<string, PeopleCount>();
  const add = (districtCode: string | null, categoryCode: string | null, month: string | null, n: number) => {
    const key = `${districtCode}|${categoryCode}|${month}`;
    const cell = out.get(key) ?? { districtCode, categoryCode, month, people: 0 };
    cell.people += n;
    out.set(key, cell);
  };
  const monthWay = new Map<string, 'firsts' | 'lasts'>();
  for (const month of monthsOf(from, to)) {
    const cutAtStart = from > `${month}-01`;
    const cutAtEnd = to < monthEnd(month);
    if (cutAtStart && cutAtEnd) return null;
    monthWay.set(month, cutAtStart ? 'lasts' : 'firsts');
  }
  for (const c of marks.cells) {
    if (c.span === 'ever') add(c.districtCode, c.categoryCode, null, useLasts ? c.lasts : c.firsts);
    else add(c.districtCode, null, c.month, monthWay.get(c.month) === 'lasts' ? c.lasts : c.firsts);
  }
  return [...out.values()].filter((p) => p.people !== 0);
}
