import { platformMigration } from '../../kit/district/platform';

export const Platform1764300000000 = platformMigration({
  code: 'longquanyi',
  title: '青聚龙泉',
  slogan: '时长加积分，星级看得见',
  launchedOn: '2021-04-12',
  features: ['星级积分体系', '志愿服务兑换'],
});
