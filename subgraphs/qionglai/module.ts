import { defineDistrict } from '../kit/district';
import { Platform1764300000000 } from './migrations/1764300000000-platform';

/** 邛崃市 (qionglai) district platform. */
export const qionglai = defineDistrict({
  code: 'qionglai',
  migrations: [Platform1764300000000],
});
