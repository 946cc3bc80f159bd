import { defineDistrict } from '../kit/district';
import { Platform1764300000000 } from './migrations/1764300000000-platform';

/** 郫都区 (pidu) district platform. */
export const pidu = defineDistrict({
  code: 'pidu',
  migrations: [Platform1764300000000],
});
