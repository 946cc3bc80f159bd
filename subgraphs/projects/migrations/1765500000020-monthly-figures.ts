import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createMonthlyMirror, dropMonthlyMirror } from '../../kit/runtime/monthly-rollup';
import { MONTHLY_FIGURES, MONTHLY_PEOPLE_MARKS } from '../data/rollups';

/**
 * Monthly mirrors of `daily_figures` and `people_marks` (kit/runtime/monthly-rollup.ts): a dashboard's year reads
 * the whole months from them and only the days of the two months its ends cut from the daily tables (issue 14).
 */
export class MonthlyFigures1765500000020 implements MigrationInterface {
  name = 'MonthlyFigures1765500000020';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of [...createMonthlyMirror(MONTHLY_FIGURES), ...createMonthlyMirror(MONTHLY_PEOPLE_MARKS)])
      await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of [...dropMonthlyMirror(MONTHLY_PEOPLE_MARKS), ...dropMonthlyMirror(MONTHLY_FIGURES)])
      await q.query(sql);
  }
}
