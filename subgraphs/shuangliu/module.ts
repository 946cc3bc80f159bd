import { defineDistrict } from '../kit/district/platform';
import { Platform1764300000000 } from './migrations/1764300000000-platform';

/** 双流区 (shuangliu) district platform. */
export const shuangliu = defineDistrict({
  code: 'shuangliu',
  migrations: [Platform1764300000000],
});
