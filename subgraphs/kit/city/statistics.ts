import DataLoader from 'dataloader';
import type { Caller } from '../runtime/caller';
import { badInput, forbidden, unauthenticated } from '../runtime/errors';
import { isCalendarDay } from './days';
import { DISTRICTS, isDistrictCode } from './districts';

/**
 * The city's statistics (issue 13), shared by every subgraph that contributes figures to the `Statistics` entity:
 * its key (scope, from, to), who may read it, and the suppression rule.
 */

/** The scope of the whole city; any other scope is a district code. */
export const CITY_SCOPE = 'city';

/** Fewer people than this behind a figure and it is withheld, so no aggregate reveals a person. */
export const MIN_PEOPLE = 5;
export const SUPPRESSED_REASON = `Fewer than ${MIN_PEOPLE} people: withheld so that no figure reveals a person.`;

/** The longest range one query may ask for: ten years of daily rollups is still a bounded read. */
const MAX_RANGE_DAYS = 3_660;

/** The key every contributing subgraph resolves; from and to are whole days (YYYY-MM-DD, Asia/Shanghai). */
export interface StatisticsKey {
  scope: string;
  from: string;
  to: string;
}

/** Today in Beijing time (YYYY-MM-DD). */
export function beijingToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * The range asked for, checked; by default this year (Beijing time) up to today, so a dashboard opened without
 * arguments shows the year so far.
 */
export function statisticsRange(
  from?: string | null,
  to?: string | null,
  now = new Date(),
): { from: string; to: string } {
  const today = beijingToday(now);
  const range = { from: from ?? `${today.slice(0, 4)}-01-01`, to: to ?? today };
  for (const field of ['from', 'to'] as const) {
    if (!isCalendarDay(range[field])) throw badInput(`${field} must be a day such as 2026-01-31.`, field);
  }
  if (range.from > range.to) throw badInput('from must not come after to.', 'from');
  const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000;
  if (days > MAX_RANGE_DAYS) throw badInput('A range may span ten years at most; ask for a shorter one.', 'from');
  return range;
}

/** The scope named by an optional district argument, checked. */
export function statisticsScope(district?: string | null): string {
  if (district == null) return CITY_SCOPE;
  if (!isDistrictCode(district))
    throw badInput('district must be one of the 23 district codes, e.g. pidu.', 'district');
  return district;
}

/**
 * Who reads figures: statistics viewers and city admins everything; a district admin (a listed one) their own
 * district's figures only; nobody else. Every contributing subgraph checks it again when it resolves the entity,
 * since each answers for its own figures.
 */
export async function requireStatisticsReader(
  caller: Caller,
  scope: string,
  administersDistrict: (code: string) => Promise<boolean>,
): Promise<void> {
  if (caller.kind === 'statisticsViewer' || caller.kind === 'cityAdmin') return;
  if (caller.kind === 'anonymous')
    throw unauthenticated('Sign in with a statistics-viewer, city-admin or district-admin account to read figures.');
  if (caller.kind === 'districtAdmin') {
    if (scope === caller.district && (await administersDistrict(scope))) return;
    throw forbidden(`District admins read their own district's figures only (district: "${caller.district}").`);
  }
  throw forbidden('Figures are for statistics viewers, city admins and district admins.');
}

/**
 * `Statistics.__resolveReference` of every contributing subgraph: each answers for its own figures, so each checks
 * the reader again before it resolves the key.
 */
export async function resolveStatisticsReference(
  ref: StatisticsKey,
  ctx: { caller: Caller; loaders: { administersDistrict: (code: string) => Promise<boolean> } },
): Promise<StatisticsKey> {
  await requireStatisticsReader(ctx.caller, ref.scope, ctx.loaders.administersDistrict);
  return { scope: ref.scope, from: ref.from, to: ref.to };
}

/** A count or amount as a dashboard shows it: the value, or null with the reason it is withheld. */
export interface Suppressible {
  value: number | null;
  suppressed: string | null;
}

/** `value`, or null with the reason when `withheld`. */
export const shownUnless = (withheld: boolean, value: number): Suppressible =>
  withheld ? { value: null, suppressed: SUPPRESSED_REASON } : { value, suppressed: null };

/** `value`, unless fewer than MIN_PEOPLE people stand behind it (none at all is a plain zero, not a secret). */
export const suppressUnder = (people: number, value: number): Suppressible =>
  shownUnless(people > 0 && people < MIN_PEOPLE, value);

/**
 * Which cells of a breakdown to withhold, given the people behind each: those under MIN_PEOPLE, and when that is a
 * single cell, also the smallest other cell with people in it, since the total minus the cells shown would give the
 * single one away (secondary suppression).
 */
export function withheldCells(people: readonly number[]): boolean[] {
  const withheld = people.map((p) => p > 0 && p < MIN_PEOPLE);
  if (withheld.filter(Boolean).length !== 1) return withheld;
  let next = -1;
  people.forEach((p, i) => {
    if (!withheld[i] && p > 0 && (next < 0 || p < people[next])) next = i;
  });
  if (next >= 0) withheld[next] = true;
  return withheld;
}

/**
 * Which cells of a table of breakdowns to withhold: one row per scope (the city first, then each district), one
 * column per cell of the breakdown (a star level, an age band). Each row sums to a figure the scope shows and each
 * column's city cell is the sum of its districts', so a single withheld cell in any row or column would be given
 * away by subtraction: as in `withheldCells`, a second cell of that line is withheld too, rows and columns in turn
 * until nothing changes (each round only withholds more, so it ends). The second cell is the smallest of those whose
 * other line already holds a withheld cell, so withholding it leaves no new single one there; failing that, the
 * smallest, which may then call for another.
 */
export function withheldTable(people: readonly (readonly number[])[]): boolean[][] {
  const withheld = people.map((row) => row.map((p) => p > 0 && p < MIN_PEOPLE));
  const rowHides = (r: number) => withheld[r].some(Boolean);
  const columnHides = (c: number) => withheld.some((row) => row[c]);
  const line = (cells: [number, number][], crossHides: (r: number, c: number) => boolean): boolean => {
    if (cells.filter(([r, c]) => withheld[r][c]).length !== 1) return false;
    const rank = ([r, c]: [number, number]) => [crossHides(r, c) ? 0 : 1, people[r][c]];
    const better = (a: [number, number], b: [number, number]) => {
      const [x, y] = [rank(a), rank(b)];
      return x[0] - y[0] || x[1] - y[1];
    };
    const open = cells.filter(([r, c]) => !withheld[r][c] && people[r][c] > 0).sort(better);
    if (open.length) withheld[open[0][0]][open[0][1]] = true;
    return open.length > 0;
  };
  const columns = people[0]?.length ?? 0;
  for (let changed = true; changed;) {
    changed = false;
    people.forEach((row, r) => {
      if (
        line(
          row.map((_, c) => [r, c]),
          (_, c) => columnHides(c),
        )
      )
        changed = true;
    });
    for (let c = 0; c < columns; c++)
      if (
        line(
          people.map((_, r) => [r, c]),
          (r) => rowHides(r),
        )
      )
        changed = true;
  }
  return withheld;
}

/** Every month (YYYY-MM) a range touches, so every subgraph's monthly series has the same months. */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    out.push(month);
    if (month >= last) return out;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
}

/** Every day (YYYY-MM-DD) from `from` to `to`, both included, for daily series with a point on each day. */
export function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); ; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (day > to) return out;
    out.push(day);
  }
}

/**
 * A per-request loader of one subgraph's figures: `ofRange` computes every scope (the city and each district) of a
 * range at once, so the city's figures and its 23 districts' cost the same few statements.
 */
export function statisticsLoader<T>(ofRange: (from: string, to: string) => Promise<Map<string, T>>) {
  // Kept for the loader's life (one request), so scopes asked for in a later tick reuse the range.
  const ranges = new Map<string, Promise<Map<string, T>>>();
  return new DataLoader<StatisticsKey, T, string>(
    async (keys) =>
      Promise.all(
        keys.map(async (k) => {
          const range = `${k.from}|${k.to}`;
          if (!ranges.has(range)) ranges.set(range, ofRange(k.from, k.to));
          return (await ranges.get(range)!).get(k.scope)!;
        }),
      ),
    { cacheKeyFn: (k) => `${k.scope}|${k.from}|${k.to}` },
  );
}

/** The scopes every range is computed for: the city and each district. */
export const ALL_SCOPES: readonly string[] = [CITY_SCOPE, ...DISTRICTS.map((d) => d.code)];
