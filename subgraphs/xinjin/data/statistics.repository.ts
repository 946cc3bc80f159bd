import { ledgerFigures } from '../../kit/district/ledger-figures.repository';
import type { Db } from '../../kit/runtime/sql';
import { POINTS_FIGURES } from './ledger-figures';

/** Xinjin's points figures over a range of Beijing days, with the volunteers behind each (for suppression). */
export interface PointsFigureRow {
  issued: number;
  issuedPeople: number;
  redeemed: number;
  redeemedPeople: number;
}

/** Points earned less corrections, and points spent on rewards, each with its people: from the ledger's rollups. */
export async function pointsFigures(db: Db, from: string, to: string): Promise<PointsFigureRow> {
  const { groups } = await ledgerFigures(db, POINTS_FIGURES, from, to);
  const issued = groups.get('issued')!;
  const redeemed = groups.get('redeemed')!;
  return {
    issued: issued.amount,
    issuedPeople: issued.people,
    redeemed: redeemed.amount,
    redeemedPeople: redeemed.people,
  };
}
