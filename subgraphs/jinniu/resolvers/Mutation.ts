import { acceptAlert, callOff, declineAlert, raiseAlert } from '../actions/alerts';
import { joinStandby, leaveStandby } from '../actions/standby';
import type { MutationResolvers } from './types.generated';

export const Mutation: MutationResolvers = {
  jinniuJoinStandby: (_, { input }, ctx) => joinStandby(ctx.db, ctx.caller, input),
  jinniuLeaveStandby: (_, __, ctx) => leaveStandby(ctx.db, ctx.caller),
  jinniuRaiseAlert: (_, { input }, ctx) => raiseAlert(ctx, input),
  jinniuAcceptAlert: (_, { alertId }, ctx) => acceptAlert(ctx.db, ctx.caller, alertId),
  jinniuDeclineAlert: (_, { alertId }, ctx) => declineAlert(ctx.db, ctx.caller, alertId),
  jinniuCancelAlert: (_, { alertId }, ctx) => callOff(ctx, alertId),
};
