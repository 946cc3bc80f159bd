import { resolveStatisticsReference } from '../../kit/city/statistics';
import { PIDU_SCOPES } from '../rules/figures';
import type { PiduStatisticsResolvers, StatisticsResolvers } from './types.generated';

export const Statistics: StatisticsResolvers = {
  __resolveReference: (ref, ctx) => resolveStatisticsReference(ref, ctx),
  // Other districts have no time bank: null rather than zeros, so a dashboard does not show an empty bank.
  pidu: (s, _, ctx) => (PIDU_SCOPES.includes(s.scope) ? ctx.loaders.statistics.load(s) : null),
};

export const PiduStatistics: PiduStatisticsResolvers = {};
