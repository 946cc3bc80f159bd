import { accountOf } from '../../kit/runtime/caller';
import type { NeedRow } from '../data/need.repository';
import type { Context } from '../resolvers/types.generated';
import { moderatesWuhou } from './access';

export const isResident = (n: NeedRow, ctx: Context) =>
  ctx.caller.kind === 'volunteer' && accountOf(ctx.caller) === n.residentAccount;

export async function isTaker(n: NeedRow, ctx: Context): Promise<boolean> {
  if (ctx.caller.kind !== 'volunteer' || !n.takerVolunteerId) return false;
  return (await ctx.loaders.me())?.volunteerId === n.takerVolunteerId;
}

/** A hidden need stays visible to the people it concerns and to the moderators. */
export async function canSee(n: NeedRow, ctx: Context): Promise<boolean> {
  return !n.hidden || (await moderatesWuhou(ctx)) || isResident(n, ctx) || (await isTaker(n, ctx));
}
