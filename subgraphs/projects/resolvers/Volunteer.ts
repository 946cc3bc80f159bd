import type { SubgraphContext } from '../../kit/subgraph';
import type { Loaders } from '../data/loaders';
import { emptySummary } from '../data/service-record.repository';

type Ctx = SubgraphContext<Loaders>;

const summaryOf = async (v: { id: string }, ctx: Ctx) => (await ctx.loaders.serviceSummary.load(v.id)) ?? emptySummary(v.id);

export const Volunteer = {
  confirmedHours: async (v: { id: string }, _: unknown, ctx: Ctx) => (await summaryOf(v, ctx)).confirmedHours,
  serviceSummary: (v: { id: string }, _: unknown, ctx: Ctx) => summaryOf(v, ctx),
};
