import { resolveStatisticsReference } from '../../kit/city/statistics';
import { XINJIN_SCOPES } from '../rules/figures';
import type { StatisticsResolvers, XinjinStatisticsResolvers } from './types.generated';

export const Statistics: StatisticsResolvers = {
  __resolveReference: (ref, ctx) => resolveStatisticsReference(ref, ctx),
  // Other districts have no points mall: null rather than zeros.
  xinjin: (s, _, ctx) => (XINJIN_SCOPES.includes(s.scope) ? ctx.loaders.statistics.load(s) : null),
};

export const XinjinStatistics: XinjinStatisticsResolvers = {};
