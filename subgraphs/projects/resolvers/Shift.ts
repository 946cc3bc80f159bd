import { actsAsVolunteer } from '../actions/signup';
import type { ShiftEntity } from '../data/shift.entity';
import { isOrganizationAdmin } from '../rules/access';
import { shanghaiParts } from '../rules/time';
import type { Ctx } from './context';

export const Shift = {
  project: (s: ShiftEntity, _: unknown, ctx: Ctx) => ctx.loaders.project.load(s.projectId),
  date: (s: ShiftEntity) => shanghaiParts(s.startsAt).date,
  startTime: (s: ShiftEntity) => shanghaiParts(s.startsAt).time,
  endTime: (s: ShiftEntity) => shanghaiParts(s.endsAt).time,
  startsAt: (s: ShiftEntity) => shanghaiParts(s.startsAt).iso,
  endsAt: (s: ShiftEntity) => shanghaiParts(s.endsAt).iso,
  signedUpCount: (s: ShiftEntity) => s.signedUp,
  waitlistCount: (s: ShiftEntity) => s.waitlisted,
  freePlaces: (s: ShiftEntity) => s.capacity - s.signedUp,
  checkInCode: async (s: ShiftEntity, _: unknown, ctx: Ctx) => {
    const project = await ctx.loaders.project.load(s.projectId);
    return project && (await isOrganizationAdmin(ctx, project.organizationId)) ? s.checkinCode : null;
  },
  // The same callers as mySignups; anyone else simply has no sign-up of their own to show.
  mySignup: (s: ShiftEntity, _: unknown, ctx: Ctx) =>
    actsAsVolunteer(ctx.caller) ? ctx.loaders.mySignupOnShift.load(s.id) : null,
  signups: async (s: ShiftEntity, _: unknown, ctx: Ctx) => {
    const project = await ctx.loaders.project.load(s.projectId);
    if (!project || !(await isOrganizationAdmin(ctx, project.organizationId))) return [];
    return ctx.loaders.signupsOfShift.load(s.id);
  },
};
