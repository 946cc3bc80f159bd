import { pageSize } from '../../kit/runtime/connection';
import { forbidden } from '../../kit/runtime/errors';
import { applicationsPage } from '../data/application.repository';
import { organizes } from '../rules/organizers';
import type { MajorEventResolvers } from './types.generated';

const NO_FIGURES = { applicants: 0, selected: 0, trainedPersonTimes: 0, deployedPersonTimes: 0, hours: 0 };

export const MajorEvent: MajorEventResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.event.load(ref.id),
  district: (e) => ({ code: e.districtCode }),
  hostOrganization: (e) => (e.hostOrganizationId ? { id: e.hostOrganizationId } : null),
  needsRounds: (e, _, ctx) => ctx.loaders.roundsOfEvent.load(e.id),
  roles: (e, _, ctx) => ctx.loaders.rolesOfEvent.load(e.id),
  trainingSessions: (e, _, ctx) => ctx.loaders.sessionsOfEvent.load(e.id),
  shifts: (e, _, ctx) => ctx.loaders.shiftsOfEvent.load(e.id),
  figures: async (e, _, ctx) => (await ctx.loaders.figures.load(e.id)) ?? NO_FIGURES,
  organizedByMe: (e, _, ctx) => organizes(ctx, e),
  applications: async (e, args, ctx) => {
    if (!(await organizes(ctx, e))) throw forbidden(`Only the organizers of ${e.name} read its applications.`);
    return applicationsPage(ctx.db, e.id, args.status ?? null, pageSize(args.first), args.after);
  },
};
