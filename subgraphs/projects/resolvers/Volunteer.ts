import { signupsBetween } from '../data/calendar.repository';
import { emptySummary } from '../data/service-record.repository';
import { signupsOfVolunteer } from '../data/signup.repository';
import { range } from '../rules/calendar';
import { mayRead } from './context';
import type { Context, VolunteerResolvers } from './types.generated';
import { mayReadRecords, volunteerRecordPage } from './records';
import type { VolunteerMapper } from './mappers';

const summaryOf = async (v: VolunteerMapper, ctx: Context) =>
  (await ctx.loaders.serviceSummary.load(v.id)) ?? emptySummary(v.id);

export const Volunteer: VolunteerResolvers = {
  confirmedHours: async (v, _, ctx) => (await summaryOf(v, ctx)).confirmedHours,
  serviceSummary: (v, _, ctx) => summaryOf(v, ctx),
  signups: async (v, args, ctx) =>
    (await mayRead(ctx, v.id, 'signups')) ? signupsOfVolunteer(ctx.db, v.id, !!args.includeCancelled) : null,
  calendar: async (v, args, ctx) => {
    const [start, end] = range(args.from, args.to, 366);
    return (await mayRead(ctx, v.id, 'calendar')) ? signupsBetween(ctx.db, v.id, start, end, 500) : null;
  },
  // The volunteer in person only (as myInsurancePolicies): not their district, not an app.
  insurancePolicies: async (v, _, ctx) =>
    ctx.caller.kind === 'volunteer' && (await ctx.loaders.me())?.volunteerId === v.id
      ? ctx.loaders.policiesOfVolunteer.load(v.id)
      : null,
  serviceRecords: async (v, args, ctx) =>
    (await mayReadRecords(ctx, v.id)) ? volunteerRecordPage(ctx, v.id, args) : null,
};
