import { platformMigration } from '../../kit/district/platform';

export const Platform1764300000000 = platformMigration({
  code: 'xinjin',
  title: '青聚新津',
  slogan: '志愿有积分，爱心可兑换',
  launchedOn: '2021-05-20',
  features: ['积分商城', '商家捐赠'],
});
