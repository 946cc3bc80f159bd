import { CITY_SCOPE, resolveStatisticsReference } from '../../kit/city/statistics';
import { DISTRICTS } from '../../kit/city/districts';
import type { StatisticsMapper } from './mappers';
import type { Context, StatisticsResolvers } from './types.generated';

const figures = (s: StatisticsMapper, ctx: Context) => ctx.loaders.statistics.load(s);

export const Statistics: StatisticsResolvers = {
  __resolveReference: (ref, ctx) => resolveStatisticsReference(ref, ctx),
  district: (s) => (s.scope === CITY_SCOPE ? null : { code: s.scope }),
  signups: async (s, _, ctx) => (await figures(s, ctx)).signups,
  personTimes: async (s, _, ctx) => (await figures(s, ctx)).personTimes,
  confirmedHours: async (s, _, ctx) => (await figures(s, ctx)).confirmedHours,
  serviceValue: async (s, _, ctx) => (await figures(s, ctx)).serviceValue,
  projectsPublished: async (s, _, ctx) => (await figures(s, ctx)).projectsPublished,
  projectsActive: async (s, _, ctx) => (await figures(s, ctx)).projectsActive,
  months: async (s, _, ctx) => (await figures(s, ctx)).months,
  categories: async (s, _, ctx) => (await figures(s, ctx)).categories,
  /**
   * Ranked by confirmed hours; a district whose hours are withheld ranks after every shown one (by code), so the
   * order tells nothing the withheld figure would.
   */
  districts: async (s, _, ctx) => {
    if (s.scope !== CITY_SCOPE) return [];
    const keys = DISTRICTS.map((d) => ({ scope: d.code, from: s.from, to: s.to }));
    const all = await ctx.loaders.statistics.loadMany(keys);
    const hours = (i: number) => {
      const f = all[i];
      return f instanceof Error ? null : f.confirmedHours.value;
    };
    return keys
      .map((k, i) => ({ k, h: hours(i) }))
      .sort((a, b) => (b.h ?? -1) - (a.h ?? -1) || a.k.scope.localeCompare(b.k.scope))
      .map((x) => x.k);
  },
};
