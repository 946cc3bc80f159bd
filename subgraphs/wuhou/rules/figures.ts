import { shownUnless, suppressUnder, withheldCells } from '../../kit/city/statistics';
import { NEED_STATUSES, type BoardFigureRow } from '../data/statistics.repository';
import type { ResolversTypes } from '../resolvers/types.generated';

/**
 * The needs board's figures as `Statistics.wuhou` gives them. Needs by status are a breakdown of the needs posted,
 * so a single withheld status withholds the smallest other one too (the kit's secondary suppression); the people
 * behind a status are the residents who posted its needs. Honor hours are withheld under five volunteers.
 */
export function wuhouFigures(r: BoardFigureRow): ResolversTypes['WuhouStatistics'] {
  const withheld = withheldCells(r.posters);
  return {
    needsByStatus: NEED_STATUSES.map((status, i) => ({ status, needs: shownUnless(withheld[i], r.needs[i]) })),
    honorHours: suppressUnder(r.honorVolunteers, r.honorHours),
  };
}
