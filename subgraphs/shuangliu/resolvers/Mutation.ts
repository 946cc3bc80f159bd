import { addPost, addSlot, changeCapacity, changePost } from '../actions/rota';
import { checkInAt, checkOutAt, releaseSlot, takeSlot } from '../actions/shifts';
import type { MutationResolvers } from './types.generated';

export const Mutation: MutationResolvers = {
  shuangliuAddPost: (_, { input }, ctx) => addPost(ctx, input),
  shuangliuSetPostActive: (_, { postId, active }, ctx) => changePost(ctx, postId, active),
  shuangliuAddSlot: (_, { input }, ctx) => addSlot(ctx, input),
  shuangliuSetSlotCapacity: (_, { slotId, capacity }, ctx) => changeCapacity(ctx, slotId, capacity),
  shuangliuTakeSlot: (_, { slotId }, ctx) => takeSlot(ctx.db, ctx.caller, slotId),
  shuangliuReleaseSlot: (_, { slotId }, ctx) => releaseSlot(ctx.db, ctx.caller, slotId),
  shuangliuCheckIn: (_, { slotId }, ctx) => checkInAt(ctx.db, ctx.caller, slotId),
  shuangliuCheckOut: (_, { slotId }, ctx) => checkOutAt(ctx.db, ctx.caller, slotId),
};
