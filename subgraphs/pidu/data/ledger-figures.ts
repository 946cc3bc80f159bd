import type { LedgerFigures } from '../../kit/district/ledger-figures.repository';

/** The time bank's figures kept as entries arrive (migration 1765500000010): credits issued and paid to providers. */
export const TIME_BANK_FIGURES: LedgerFigures = {
  ledger: 'time_bank_entry',
  groups: [
    { name: 'issued', kinds: ['EARNED', 'CORRECTED'], person: 'volunteer_id', sign: 1 },
    { name: 'spent', kinds: ['PAID'], person: 'counterpart_id', sign: 1 },
  ],
};
