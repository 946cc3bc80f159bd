import { cancel, confirmDone, moderate, postNeed, takeOne } from '../actions/board';
import type { MutationResolvers } from './types.generated';

export const Mutation: MutationResolvers = {
  wuhouPostNeed: (_, { input }, ctx) => postNeed(ctx.db, ctx.caller, input),
  wuhouTakeNeed: (_, { id }, ctx) => takeOne(ctx.db, ctx.caller, id),
  wuhouConfirmNeedDone: (_, { id, hours }, ctx) => confirmDone(ctx.db, ctx.caller, id, hours),
  wuhouCancelNeed: (_, { id }, ctx) => cancel(ctx.db, ctx.caller, id),
  wuhouModerateNeed: (_, { id, hidden, reason }, ctx) => moderate(ctx, id, hidden, reason),
};
