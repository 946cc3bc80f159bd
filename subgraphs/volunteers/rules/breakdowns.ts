import { AGE_BANDS, UNKNOWN_AGE_BAND } from '../../kit/city/age';
import { MAX_STARS } from '../../kit/city/growth';
import { ALL_SCOPES, CITY_SCOPE, shownUnless, withheldTable, type Suppressible } from '../../kit/city/statistics';
import type { BreakdownRow } from '../data/statistics.repository';

/** A scope's volunteers by star level and by age band, as `Statistics.starLevels` and `Statistics.ageBands`. */
export interface VolunteerBreakdowns {
  starLevels: { level: number; volunteers: Suppressible }[];
  ageBands: { code: string; label: string; volunteers: Suppressible; newVolunteers: Suppressible }[];
}

const LEVELS = Array.from({ length: MAX_STARS + 1 }, (_, k) => k);
const BANDS = [...AGE_BANDS, UNKNOWN_AGE_BAND];

/** Each scope's row of one breakdown, withheld as a table (`withheldTable`): rows in ALL_SCOPES' order. */
function suppressed(table: number[][]): Suppressible[][] {
  const withheld = withheldTable(table);
  return table.map((row, r) => row.map((n, c) => shownUnless(withheld[r][c], n)));
}

/**
 * The star-level and age-band breakdowns of the city and every district over one range, from the rollups' rows.
 * Every cell counts people, so one under five is withheld, and so is any further cell that would give it away
 * through its scope's total or the city's sum over districts. The band of volunteers without a birth date is listed
 * only where there are any.
 */
export function volunteerBreakdowns(found: BreakdownRow[]): Map<string, VolunteerBreakdowns> {
  const sums = new Map<string, number>();
  const add = (key: string, n: number) => sums.set(key, (sums.get(key) ?? 0) + n);
  for (const r of found) {
    add(`${r.kind}|${r.districtCode}|${r.key}`, r.volunteers);
    add(`${r.kind}|${CITY_SCOPE}|${r.key}`, r.volunteers);
  }
  const count = (kind: BreakdownRow['kind'], scope: string, key: number) => sums.get(`${kind}|${scope}|${key}`) ?? 0;
  // Volunteers at exactly k stars: at k or more, less those at k + 1 or more.
  const stars = suppressed(
    ALL_SCOPES.map((s) => LEVELS.map((k) => count('stars', s, k) - (k < MAX_STARS ? count('stars', s, k + 1) : 0))),
  );
  const ageTable = (kind: 'ages' | 'joined') => ALL_SCOPES.map((s) => BANDS.map((b) => count(kind, s, b.minAge)));
  const [agePeople, joinedPeople] = [ageTable('ages'), ageTable('joined')];
  const [ages, joined] = [suppressed(agePeople), suppressed(joinedPeople)];
  return new Map(
    ALL_SCOPES.map((scope, r) => [
      scope,
      {
        starLevels: LEVELS.map((level) => ({ level, volunteers: stars[r][level] })),
        ageBands: BANDS.flatMap((b, c) =>
          b === UNKNOWN_AGE_BAND && agePeople[r][c] === 0 && joinedPeople[r][c] === 0
            ? []
            : [{ code: b.code, label: b.label, volunteers: ages[r][c], newVolunteers: joined[r][c] }],
        ),
      },
    ]),
  );
}
