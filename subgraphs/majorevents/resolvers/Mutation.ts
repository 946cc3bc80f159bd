import { inviteTeam, applyToRole, screenApplication } from '../actions/applications';
import { addShift, deploy, recordHours } from '../actions/deployment';
import { addMajorEventRole, createMajorEvent, openNeedsRound, submitRoleNeed } from '../actions/events';
import { addTrainingSession, recordAttendance } from '../actions/training';
import type { MutationResolvers } from './types.generated';

export const Mutation: MutationResolvers = {
  createMajorEvent: (_, { input }, ctx) => createMajorEvent(ctx, input),
  openNeedsRound: (_, args, ctx) => openNeedsRound(ctx, args.eventId, args.title, args.deadline),
  submitRoleNeed: (_, { input }, ctx) => submitRoleNeed(ctx, input),
  addMajorEventRole: (_, { input }, ctx) => addMajorEventRole(ctx, input),
  applyToMajorEventRole: (_, { input }, ctx) => applyToRole(ctx, input),
  screenMajorEventApplication: (_, args, ctx) => screenApplication(ctx, args.applicationId, args.decision, args.reason),
  inviteTeamToMajorEvent: (_, args, ctx) => inviteTeam(ctx, args.roleId, args.teamId),
  addMajorEventTrainingSession: (_, { input }, ctx) => addTrainingSession(ctx, input),
  recordMajorEventAttendance: (_, args, ctx) => recordAttendance(ctx, args.sessionId, args.volunteerIds),
  addMajorEventShift: (_, { input }, ctx) => addShift(ctx, input),
  deployToMajorEventShift: (_, args, ctx) => deploy(ctx, args.shiftId, args.volunteerId),
  recordMajorEventHours: (_, args, ctx) => recordHours(ctx, args.deploymentId, args.hours),
};
