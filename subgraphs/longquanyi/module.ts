import { defineDistrict } from '../kit/district/platform';
import { Platform1764300000000 } from './migrations/1764300000000-platform';

/** 龙泉驿区 (longquanyi) district platform. */
export const longquanyi = defineDistrict({
  code: 'longquanyi',
  migrations: [Platform1764300000000],
});
