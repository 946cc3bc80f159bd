import { accountOf } from '../../kit/runtime/caller';
import type { NeedRow } from '../data/need.repository';
import type { Ctx } from '../resolvers/context';
import { moderatesWuhou } from './access';

export const isResident = (n: NeedRow, ctx: Ctx) =>
  ctx.caller.kind === 'volunteer' && accountOf(ctx.caller) === n.residentAccount;

export async function isTaker(n: NeedRow, ctx: Ctx): Promise<boolean> {
  if (ctx.caller.kind !== 'volunteer' || !n.takerVolunteerId) return false;
  return (await ctx.loaders.me())?.volunteerId === n.takerVolunteerId;
}

/** A hidden need stays visible to the people it concerns and to the moderators. */
export async function canSee(n: NeedRow, ctx: Ctx): Promise<boolean> {
  return !n.hidden || (await moderatesWuhou(ctx)) || isResident(n, ctx) || (await isTaker(n, ctx));
}
