import { defineDistrict } from '../kit/district';
import { Platform1764300000000 } from './migrations/1764300000000-platform';

/** 新津区 (xinjin) district platform. */
export const xinjin = defineDistrict({
  code: 'xinjin',
  migrations: [Platform1764300000000],
});
