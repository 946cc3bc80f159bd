import { shownUnless, withheldCells } from '../../kit/city/statistics';
import type { PlaceHoursRow } from '../data/statistics.repository';
import type { ResolversTypes } from '../resolvers/types.generated';

/**
 * Qionglai's figures as `Statistics.qionglai` gives them: each place's hours, withheld under five volunteers; the
 * places are a breakdown, so a single withheld place withholds the smallest other too (secondary suppression).
 */
export function qionglaiFigures(places: PlaceHoursRow[]): ResolversTypes['QionglaiStatistics'] {
  const withheld = withheldCells(places.map((p) => p.volunteers));
  return {
    villages: places.map(({ hours, volunteers: _, ...place }, i) => ({
      place,
      confirmedHours: shownUnless(withheld[i], hours),
    })),
  };
}
