import { defineDistrict } from '../kit/district';
import { Platform1764300000000 } from './migrations/1764300000000-platform';

/** 武侯区 (wuhou) district platform. */
export const wuhou = defineDistrict({
  code: 'wuhou',
  migrations: [Platform1764300000000],
});
