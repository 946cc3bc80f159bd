import { loadRequired } from '../../kit/runtime/loaders';
import { actsAsVolunteer } from '../actions/signup';
import { isOrganizationAdmin } from '../rules/access';
import { shanghaiParts } from '../rules/time';
import { iso } from './context';
import type { ShiftResolvers } from './types.generated';

export const Shift: ShiftResolvers = {
  project: (s, _, ctx) => loadRequired(ctx.loaders.project, s.projectId),
  date: (s) => shanghaiParts(s.startsAt).date,
  startTime: (s) => shanghaiParts(s.startsAt).time,
  endTime: (s) => shanghaiParts(s.endsAt).time,
  startsAt: (s) => shanghaiParts(s.startsAt).iso,
  endsAt: (s) => shanghaiParts(s.endsAt).iso,
  signedUpCount: (s) => s.signedUp,
  waitlistCount: (s) => s.waitlisted,
  freePlaces: (s) => (s.cancelledAt ? 0 : s.capacity - s.signedUp),
  cancelledAt: (s) => iso(s.cancelledAt),
  checkInCode: async (s, _, ctx) => {
    const project = await ctx.loaders.project.load(s.projectId);
    return project && (await isOrganizationAdmin(ctx, project.organizationId)) ? s.checkinCode : null;
  },
  // The same callers as mySignups; anyone else simply has no sign-up of their own to show.
  mySignup: (s, _, ctx) => (actsAsVolunteer(ctx.caller) ? ctx.loaders.mySignupOnShift.load(s.id) : null),
  signups: async (s, _, ctx) => {
    const project = await ctx.loaders.project.load(s.projectId);
    if (!project || !(await isOrganizationAdmin(ctx, project.organizationId))) return [];
    const roster = await ctx.loaders.signupsOfShift.load(s.id);
    // The organization's admin is served who signed up: the access log keeps it for each of them.
    for (const signup of roster) ctx.access.record(signup.volunteerId, 'shiftRoster');
    return roster;
  },
};
