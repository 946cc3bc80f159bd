import { ledgerFiguresMigration } from '../../kit/district/migrations/ledger-figures';
import { TIME_BANK_FIGURES } from '../data/ledger-figures';

/** Rollups of the time bank's entries for the city's statistics. */
export const LedgerFigures1765500000010 = ledgerFiguresMigration(TIME_BANK_FIGURES);
