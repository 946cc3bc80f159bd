import type { NeedRow } from '../data/need.repository';
import { moderatesWuhou } from '../rules/access';
import { canSee, isResident, isTaker } from '../rules/visibility';
import type { Ctx } from './context';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const WuhouNeed = {
  __resolveReference: async (ref: { id: string }, ctx: Ctx) => {
    const need = await ctx.loaders.need.load(ref.id);
    return need && (await canSee(need, ctx)) ? need : null;
  },
  neededAt: (n: NeedRow) => iso(n.neededAt),
  postedAt: (n: NeedRow) => iso(n.postedAt),
  takenAt: (n: NeedRow) => iso(n.takenAt),
  doneAt: (n: NeedRow) => iso(n.doneAt),
  postedByMe: (n: NeedRow, _: unknown, ctx: Ctx) => isResident(n, ctx),
  taker: (n: NeedRow) => (n.takerVolunteerId ? { __typename: 'Volunteer', id: n.takerVolunteerId } : null),
  /** The resident's phone and door: the resident and the one volunteer who took the need, nobody else. */
  contact: async (n: NeedRow, _: unknown, ctx: Ctx) =>
    isResident(n, ctx) || (await isTaker(n, ctx)) ? { phone: n.phone, addressDetail: n.addressDetail } : null,
  hiddenReason: async (n: NeedRow, _: unknown, ctx: Ctx) =>
    (await moderatesWuhou(ctx)) || isResident(n, ctx) ? n.hiddenReason : null,
};
