import { moderatesWuhou } from '../rules/access';
import { canSee, isResident, isTaker } from '../rules/visibility';
import type { WuhouNeedResolvers } from './types.generated';

export const WuhouNeed: WuhouNeedResolvers = {
  __resolveReference: async (ref, ctx) => {
    const need = await ctx.loaders.need.load(ref.id);
    return need && (await canSee(need, ctx)) ? need : null;
  },
  neededAt: (n) => n.neededAt.toISOString(),
  postedAt: (n) => n.postedAt.toISOString(),
  takenAt: (n) => n.takenAt?.toISOString() ?? null,
  doneAt: (n) => n.doneAt?.toISOString() ?? null,
  postedByMe: (n, _, ctx) => isResident(n, ctx),
  taker: (n) => (n.takerVolunteerId ? { id: n.takerVolunteerId } : null),
  /** The resident's phone and door: the resident and the one volunteer who took the need, nobody else. */
  contact: async (n, _, ctx) =>
    isResident(n, ctx) || (await isTaker(n, ctx)) ? { phone: n.phone, addressDetail: n.addressDetail } : null,
  hiddenReason: async (n, _, ctx) => ((await moderatesWuhou(ctx)) || isResident(n, ctx) ? n.hiddenReason : null),
};
