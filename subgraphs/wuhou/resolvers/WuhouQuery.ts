import { accountOf } from '../../kit/runtime/caller';
import { decodeCursor, pageSize, toConnection } from '../../kit/runtime/connection';
import { badInput, forbidden, unauthenticated } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import { boardPage, ownPage, type NeedRow } from '../data/need.repository';
import { moderatesWuhou } from '../rules/access';
import { STREETS } from '../rules/need-input';
import { canSee } from '../rules/visibility';
import type { Context, WuhouQueryMyNeedsArgs, WuhouQueryResolvers } from './types.generated';

const iso = (d: Date | null) => d?.toISOString() ?? '';

async function ownNeeds(ctx: Context, by: 'resident_account' | 'taker_volunteer_id', args: WuhouQueryMyNeedsArgs) {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, ['timestamp', 'uuid']);
  const account = accountOf(ctx.caller);
  if (!account) throw unauthenticated('Sign in to see your needs.');
  const who = by === 'resident_account' ? account : (await ctx.loaders.me())?.volunteerId;
  const rows = who ? await ownPage(ctx.db, by, who, after, size + 1) : [];
  return toConnection(rows, size, (n: NeedRow) => [iso(by === 'resident_account' ? n.postedAt : n.takenAt), n.id]);
}

export const WuhouQuery: WuhouQueryResolvers = {
  streets: () => [...STREETS],
  needs: async (_, args, ctx) => {
    const size = pageSize(args.first);
    const status = args.status ?? 'OPEN';
    const includeHidden = !!args.includeHidden;
    if ((status !== 'OPEN' || includeHidden) && !(await moderatesWuhou(ctx))) {
      throw forbidden('The board shows open needs; only Wuhou district admins list other statuses or hidden needs.');
    }
    const street = args.street?.trim() || null;
    if (street && !STREETS.includes(street))
      throw badInput(`street must be one of Wuhou's streets: ${STREETS.join('、')}.`, 'street');
    const after = decodeCursor(args.after, ['timestamp', 'uuid']);
    const rows = await boardPage(
      ctx.db,
      { street, urgency: args.urgency ?? null, status, includeHidden },
      after,
      size + 1,
    );
    return toConnection(rows, size, (n) => [n.neededAt.toISOString(), n.id]);
  },
  need: async (_, { id }, ctx) => {
    const need = await ctx.loaders.need.load(requireUuid(id, 'id'));
    return need && (await canSee(need, ctx)) ? need : null;
  },
  myNeeds: (_, args, ctx) => ownNeeds(ctx, 'resident_account', args),
  myTakenNeeds: (_, args, ctx) => ownNeeds(ctx, 'taker_volunteer_id', args),
};
