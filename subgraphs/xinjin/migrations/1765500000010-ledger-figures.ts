import { ledgerFiguresMigration } from '../../kit/district/migrations/ledger-figures';
import { POINTS_FIGURES } from '../data/ledger-figures';

/** Rollups of the points ledger's entries for the city's statistics. */
export const LedgerFigures1765500000010 = ledgerFiguresMigration(POINTS_FIGURES);
