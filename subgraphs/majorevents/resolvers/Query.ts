import { actingVolunteer } from '../../kit/district/volunteers';
import { pageSize } from '../../kit/runtime/connection';
import { badInput } from '../../kit/runtime/errors';
import { wellFormedIds } from '../../kit/runtime/ids';
import { eventsPage } from '../data/event.repository';
import { figuresOfYear } from '../data/figures.repository';
import type { QueryResolvers } from './types.generated';

function year(value: number): number {
  if (!Number.isInteger(value) || value < 2000 || value > 2100)
    throw badInput('year must be from 2000 to 2100.', 'year');
  return value;
}

export const Query: QueryResolvers = {
  majorEvent: (_, args, ctx) => (wellFormedIds([args.id]).length ? ctx.loaders.event.load(args.id) : null),
  majorEvents: (_, args, ctx) =>
    eventsPage(ctx.db, args.year == null ? null : year(args.year), pageSize(args.first), args.after),
  majorEventFigures: async (_, args, ctx) => {
    const { events, ...figures } = await figuresOfYear(ctx.db, year(args.year));
    return { year: args.year, events, figures };
  },
  myMajorEventApplications: async (_, __, ctx) => {
    const me = await actingVolunteer(ctx.db, ctx.caller);
    return ctx.loaders.applicationsOfVolunteer.load(me.volunteerId);
  },
};
