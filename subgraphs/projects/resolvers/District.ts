import type { Context, DistrictResolvers } from './types.generated';
import type { DistrictMapper } from './mappers';

const figures = (d: DistrictMapper, ctx: Context) => ctx.loaders.districtFigures.load(d.code);

export const District: DistrictResolvers = {
  projectCount: (d, _, ctx) => ctx.loaders.projectCount.load(d.code),
  shiftCount: async (d, _, ctx) => (await figures(d, ctx))?.shiftCount ?? 0,
  signupCount: async (d, _, ctx) => (await figures(d, ctx))?.signupCount ?? 0,
  confirmedHours: async (d, _, ctx) => (await figures(d, ctx))?.confirmedHours ?? 0,
};
