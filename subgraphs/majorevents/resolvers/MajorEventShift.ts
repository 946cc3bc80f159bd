import { forbidden } from '../../kit/runtime/errors';
import { iso } from '../../kit/runtime/timestamps';
import { organizes } from '../rules/organizers';
import type { MajorEventDeploymentResolvers, MajorEventShiftResolvers } from './types.generated';

export const MajorEventShift: MajorEventShiftResolvers = {
  role: (s, _, ctx) => (s.roleId ? ctx.loaders.role.load(s.roleId) : null),
  startsAt: (s) => iso(s.startsAt),
  endsAt: (s) => iso(s.endsAt),
  deployments: async (s, _, ctx) => {
    const event = (await ctx.loaders.event.load(s.eventId))!;
    if (!(await organizes(ctx, event))) throw forbidden(`Only the organizers of ${event.name} see who is deployed.`);
    return ctx.loaders.deploymentsOfShift.load(s.id);
  },
};

export const MajorEventDeployment: MajorEventDeploymentResolvers = {
  shift: async (d, _, ctx) => (await ctx.loaders.shift.load(d.shiftId))!,
  event: async (d, _, ctx) => (await ctx.loaders.event.load(d.eventId))!,
  volunteer: (d) => ({ id: d.volunteerId }),
  hours: (d) => (d.hours === null ? null : Number(d.hours)),
  deployedAt: (d) => iso(d.deployedAt),
};
