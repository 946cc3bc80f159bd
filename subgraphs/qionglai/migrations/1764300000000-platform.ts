import { platformMigration } from '../../kit/district/platform';

export const Platform1764300000000 = platformMigration({
  code: 'qionglai',
  title: '青聚邛崃',
  slogan: '青春建功乡村振兴',
  launchedOn: '2021-06-01',
  features: ['乡村振兴', '村社服务点'],
});
