import { platformMigration } from '../../kit/district/platform';

export const Platform1764300000000 = platformMigration({
  code: 'shuangliu',
  title: '青聚双流',
  slogan: '空港志愿，服务八方',
  launchedOn: '2021-10-01',
  features: ['空港志愿服务', '赛会志愿招募'],
});
