import type { LedgerFigures } from '../../kit/district/ledger-figures.repository';

/** The points ledger's figures kept as entries arrive (migration 1765500000010): points issued and redeemed. */
export const POINTS_FIGURES: LedgerFigures = {
  ledger: 'points_entry',
  groups: [
    { name: 'issued', kinds: ['EARNED', 'CORRECTED'], person: 'volunteer_id', sign: 1 },
    { name: 'redeemed', kinds: ['REDEEMED'], person: 'volunteer_id', sign: -1 },
  ],
};
