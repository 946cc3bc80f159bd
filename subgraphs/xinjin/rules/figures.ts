import { CITY_SCOPE, suppressUnder, type Suppressible } from '../../kit/city/statistics';
import type { PointsFigureRow } from '../data/statistics.repository';

/** The scopes Xinjin's points figures are given for: the city's, and Xinjin's own (the same: the mall is Xinjin's). */
export const XINJIN_SCOPES: readonly string[] = [CITY_SCOPE, 'xinjin'];

export interface XinjinFigures {
  pointsIssued: Suppressible;
  pointsRedeemed: Suppressible;
}

/** Each figure withheld when fewer than five volunteers stand behind it. */
export function xinjinFigures(r: PointsFigureRow): Map<string, XinjinFigures> {
  const figures: XinjinFigures = {
    pointsIssued: suppressUnder(r.issuedPeople, r.issued),
    pointsRedeemed: suppressUnder(r.redeemedPeople, r.redeemed),
  };
  return new Map(XINJIN_SCOPES.map((scope) => [scope, figures]));
}
