import { defineDistrict } from '../kit/district/platform';
import { Platform1764300000000 } from './migrations/1764300000000-platform';

/** 成华区 (chenghua) district platform. */
export const chenghua = defineDistrict({
  code: 'chenghua',
  migrations: [Platform1764300000000],
});
