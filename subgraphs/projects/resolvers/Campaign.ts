import { visibleDistricts } from '../actions/campaigns';
import type { CampaignDistrictResolvers, CampaignResolvers } from './types.generated';

export const Campaign: CampaignResolvers = {
  districts: async (c, _, ctx) =>
    visibleDistricts(ctx.caller, await ctx.loaders.districtsOfCampaign.load(c.code), ctx.loaders.administersDistrict),
};

export const CampaignDistrict: CampaignDistrictResolvers = {
  district: (d) => ({ code: d.district }),
  target: (d) =>
    d.targetPersonTimes === null && d.targetHours === null
      ? null
      : { personTimes: d.targetPersonTimes, hours: d.targetHours },
  personTimes: (d) => d.shownPersonTimes,
  hours: (d) => d.shownHours,
};
