import type { DistrictResolvers } from './types.generated';

export const District: DistrictResolvers = {
  volunteerCount: (d, _, ctx) => ctx.loaders.volunteerCount.load(d.code),
};
