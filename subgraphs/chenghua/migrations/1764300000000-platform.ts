import { platformMigration } from '../../kit/district/platform';

export const Platform1764300000000 = platformMigration({
  code: 'chenghua',
  title: '青聚成华',
  slogan: '熊猫之城，志愿同行',
  launchedOn: '2021-08-08',
  features: ['文明实践站点', '志愿服务地图'],
});
