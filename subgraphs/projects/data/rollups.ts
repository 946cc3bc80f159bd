import type { MonthlyMirror } from '../../kit/runtime/monthly-rollup';

/** The monthly mirrors of this subgraph's daily statistics rollups (migration 1765500000020). */
export const MONTHLY_FIGURES: MonthlyMirror = {
  daily: 'daily_figures',
  monthly: 'monthly_figures',
  keys: ['district_code varchar(32)', 'category_code varchar(32)'],
  values: ['signups bigint', 'person_times bigint', 'confirmed_hours numeric(16,2)', 'projects_published bigint'],
};

export const MONTHLY_PEOPLE_MARKS: MonthlyMirror = {
  daily: 'people_marks',
  monthly: 'people_marks_monthly',
  keys: ['span varchar(5)', 'district_code varchar(32)', 'category_code varchar(32)'],
  values: ['firsts bigint', 'lasts bigint'],
};
