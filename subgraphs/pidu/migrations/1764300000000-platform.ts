import { platformMigration } from '../../kit/district/platform';

export const Platform1764300000000 = platformMigration({
  code: 'pidu',
  title: '青聚郫都',
  slogan: '志愿服务存时间，邻里互助有温度',
  launchedOn: '2021-03-05',
  features: ['时间银行', '家庭互助'],
});
