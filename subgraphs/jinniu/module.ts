import { defineDistrict } from '../kit/district/platform';
import { Platform1764300000000 } from './migrations/1764300000000-platform';

/** 金牛区 (jinniu) district platform. */
export const jinniu = defineDistrict({
  code: 'jinniu',
  migrations: [Platform1764300000000],
});
