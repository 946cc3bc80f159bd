import type { MonthlyMirror } from '../../kit/runtime/monthly-rollup';

/** The monthly mirrors of this subgraph's daily statistics rollups (migration 1765500000010). */
export const MONTHLY_REGISTRATIONS: MonthlyMirror = {
  daily: 'registration_daily',
  monthly: 'registration_monthly',
  keys: ['district_code varchar(32)'],
  values: ['registrations bigint'],
};

export const MONTHLY_STARS: MonthlyMirror = {
  daily: 'star_daily',
  monthly: 'star_monthly',
  keys: ['district_code varchar(32)', 'level smallint'],
  values: ['volunteers bigint'],
};

export const MONTHLY_AGE_BANDS: MonthlyMirror = {
  daily: 'age_band_daily',
  monthly: 'age_band_monthly',
  keys: ['district_code varchar(32)', 'band smallint'],
  values: ['volunteers bigint', 'registrations bigint'],
};
