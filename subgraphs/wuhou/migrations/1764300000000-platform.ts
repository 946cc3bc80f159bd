import { platformMigration } from '../../kit/district/platform';

export const Platform1764300000000 = platformMigration({
  code: 'wuhou',
  title: '青聚武侯',
  slogan: '社区小事，邻里帮办',
  launchedOn: '2021-09-10',
  features: ['社区需求墙', '荣誉时长'],
});
