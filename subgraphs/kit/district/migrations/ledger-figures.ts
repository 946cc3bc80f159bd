import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createLedgerFigures, dropLedgerFigures, type LedgerFigures } from '../ledger-figures.repository';

/**
 * Rollups of an append-only ledger for the city's statistics (issue 14; see ledger-figures.repository.ts). The class
 * is per district only in its ledger: Pidu's time bank, Xinjin's points.
 */
export function ledgerFiguresMigration(figures: LedgerFigures): new () => MigrationInterface {
  return class LedgerFigures1765500000010 implements MigrationInterface {
    name = 'LedgerFigures1765500000010';
    async up(q: QueryRunner): Promise<void> {
      for (const sql of createLedgerFigures(figures)) await q.query(sql);
    }
    async down(q: QueryRunner): Promise<void> {
      for (const sql of dropLedgerFigures(figures)) await q.query(sql);
    }
  };
}
