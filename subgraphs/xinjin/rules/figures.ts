import { suppressUnder } from '../../kit/city/statistics';
import type { PointsFigureRow } from '../data/statistics.repository';
import type { ResolversTypes } from '../resolvers/types.generated';

/** Xinjin's points figures as `Statistics.xinjin` gives them: each withheld under five volunteers. */
export function xinjinFigures(r: PointsFigureRow): ResolversTypes['XinjinStatistics'] {
  return {
    pointsIssued: suppressUnder(r.issuedPeople, r.issued),
    pointsRedeemed: suppressUnder(r.redeemedPeople, r.redeemed),
  };
}
