import { forbidden } from '../../kit/runtime/errors';
import { iso } from '../../kit/runtime/timestamps';
import { organizes } from '../rules/organizers';
import type { MajorEventTrainingSessionResolvers } from './types.generated';

export const MajorEventTrainingSession: MajorEventTrainingSessionResolvers = {
  startsAt: (s) => iso(s.startsAt),
  endsAt: (s) => iso(s.endsAt),
  studyHours: (s) => Number(s.studyHours),
  attendeeCount: async (s, _, ctx) => (await ctx.loaders.attendeesOfSession.load(s.id)).length,
  attendees: async (s, _, ctx) => {
    const event = (await ctx.loaders.event.load(s.eventId))!;
    if (!(await organizes(ctx, event))) throw forbidden(`Only the organizers of ${event.name} see who attended.`);
    return (await ctx.loaders.attendeesOfSession.load(s.id)).map((a) => ({ id: a.volunteerId }));
  },
};
