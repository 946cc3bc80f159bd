import type { Context, DistrictResolvers, OrganizationResolvers, VolunteerResolvers } from './types.generated';
import { organizes } from '../rules/organizers';

export const Organization: OrganizationResolvers = {
  hostedMajorEvents: (o, _, ctx) => ctx.loaders.eventsOfHost.load(o.id),
  submittedMajorEventNeeds: (o, _, ctx) => ctx.loaders.needsOfOrganization.load(o.id),
};

export const District: DistrictResolvers = {
  majorEvents: (d, _, ctx) => ctx.loaders.eventsOfDistrict.load(d.code),
};

/**
 * Of a volunteer's rows (applications, deployments), what the caller may read: all of them to the volunteer, those
 * of events the caller organizes to an organizer; null to anyone else (nothing to show, not even that there is some).
 */
async function readable<T extends { eventId: string }>(ctx: Context, volunteerId: string, list: T[]) {
  const me = ctx.caller.kind === 'volunteer' ? await ctx.loaders.me() : null;
  if (me?.volunteerId === volunteerId) return list;
  if (ctx.caller.kind !== 'cityAdmin' && ctx.caller.kind !== 'orgAdmin') return null;
  const events = await Promise.all(list.map((row) => ctx.loaders.event.load(row.eventId)));
  const mine = await Promise.all(events.map((e) => organizes(ctx, e!)));
  return list.filter((_, i) => mine[i]);
}

export const Volunteer: VolunteerResolvers = {
  majorEventApplications: async (v, _, ctx) =>
    readable(ctx, v.id, await ctx.loaders.applicationsOfVolunteer.load(v.id)),
  majorEventDeployments: async (v, _, ctx) => readable(ctx, v.id, await ctx.loaders.deploymentsOfVolunteer.load(v.id)),
};
