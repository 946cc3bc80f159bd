import { CITY_SCOPE, requireStatisticsReader, statisticsRange } from '../../../subgraphs/kit/city/statistics';
import type { StatisticsResolvers } from './types.generated';

/** No district admin reads the city's scope, so no admin list is needed to refuse them (a claim alone never passes). */
const noDistrict = async () => false;

export const Statistics: StatisticsResolvers = {
  // The projects subgraph checked the reader for the query; this answers for its own figures and checks again. A
  // district's scope serves nothing here (traffic is null), so it is resolved without reading anything.
  __resolveReference: async (ref, ctx) => {
    if (ref.scope === CITY_SCOPE) await requireStatisticsReader(ctx.caller, CITY_SCOPE, noDistrict);
    return { scope: ref.scope, ...statisticsRange(ref.from, ref.to) };
  },
  traffic: (s, _, ctx) => (s.scope === CITY_SCOPE ? ctx.loaders.traffic.load(s) : null),
};
