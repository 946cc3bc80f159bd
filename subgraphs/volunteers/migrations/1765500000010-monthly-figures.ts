import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createMonthlyMirror, dropMonthlyMirror } from '../../kit/runtime/monthly-rollup';
import { MONTHLY_AGE_BANDS, MONTHLY_REGISTRATIONS, MONTHLY_STARS } from '../data/rollups';

/**
 * Monthly mirrors of the registration, star-level and age-band rollups (kit/runtime/monthly-rollup.ts). Their
 * figures "up to a day" summed every day since the platform began (a quarter of a million age-band rows at city
 * size, over a second per dashboard); they now take whole months from the mirrors and the days of one month (issue
 * 14).
 */
export class MonthlyFigures1765500000010 implements MigrationInterface {
  name = 'MonthlyFigures1765500000010';

  async up(q: QueryRunner): Promise<void> {
    for (const m of [MONTHLY_REGISTRATIONS, MONTHLY_STARS, MONTHLY_AGE_BANDS])
      for (const sql of createMonthlyMirror(m)) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const m of [MONTHLY_AGE_BANDS, MONTHLY_STARS, MONTHLY_REGISTRATIONS])
      for (const sql of dropMonthlyMirror(m)) await q.query(sql);
  }
}
