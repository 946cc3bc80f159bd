import { platformMigration } from '../../kit/district/platform';

export const Platform1764300000000 = platformMigration({
  code: 'jinniu',
  title: '青聚金牛',
  slogan: '金牛青年，志愿同行',
  launchedOn: '2021-07-15',
  features: ['青年夜校志愿', '社区微心愿'],
});
