import { cancel, confirmDone, moderate, postNeed, takeOne } from '../actions/board';
import type { PostNeedInput } from '../rules/need-input';
import type { Ctx } from './context';

export const Mutation = {
  wuhouPostNeed: (_: unknown, { input }: { input: PostNeedInput }, ctx: Ctx) => postNeed(ctx.db, ctx.caller, input),
  wuhouTakeNeed: (_: unknown, { id }: { id: string }, ctx: Ctx) => takeOne(ctx.db, ctx.caller, id),
  wuhouConfirmNeedDone: (_: unknown, { id, hours }: { id: string; hours?: number | null }, ctx: Ctx) =>
    confirmDone(ctx.db, ctx.caller, id, hours),
  wuhouCancelNeed: (_: unknown, { id }: { id: string }, ctx: Ctx) => cancel(ctx.db, ctx.caller, id),
  wuhouModerateNeed: (
    _: unknown,
    { id, hidden, reason }: { id: string; hidden: boolean; reason?: string | null },
    ctx: Ctx,
  ) => moderate(ctx, id, hidden, reason),
};
