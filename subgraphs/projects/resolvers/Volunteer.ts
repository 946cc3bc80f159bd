import { signupsBetween } from '../data/calendar.repository';
import { emptySummary } from '../data/service-record.repository';
import { signupsOfVolunteer } from '../data/signup.repository';
import { range } from './calendar';
import { mayRead, type Ctx } from './context';
import { mayReadRecords, volunteerRecordPage } from './records';

const summaryOf = async (v: { id: string }, ctx: Ctx) =>
  (await ctx.loaders.serviceSummary.load(v.id)) ?? emptySummary(v.id);

export const Volunteer = {
  confirmedHours: async (v: { id: string }, _: unknown, ctx: Ctx) => (await summaryOf(v, ctx)).confirmedHours,
  serviceSummary: (v: { id: string }, _: unknown, ctx: Ctx) => summaryOf(v, ctx),
  signups: async (v: { id: string }, args: { includeCancelled?: boolean }, ctx: Ctx) =>
    (await mayRead(ctx, v.id, 'signups')) ? signupsOfVolunteer(ctx.db, v.id, !!args.includeCancelled) : null,
  calendar: async (v: { id: string }, args: { from: string; to: string }, ctx: Ctx) => {
    const [start, end] = range(args.from, args.to, 366);
    return (await mayRead(ctx, v.id, 'calendar')) ? signupsBetween(ctx.db, v.id, start, end, 500) : null;
  },
  serviceRecords: async (v: { id: string }, args: { first?: number; after?: string }, ctx: Ctx) =>
    (await mayReadRecords(ctx, v.id)) ? volunteerRecordPage(ctx, v.id, args) : null,
};
