import { decodeCursor, pageSize, toConnection } from '../../kit/runtime/connection';
import { isUuid } from '../../kit/runtime/ids';
import { iso } from '../../kit/runtime/timestamps';
import { shiftsPage } from '../data/hub.repository';
import { HUBS } from '../rules/rota-input';
import type { ShuangliuQueryResolvers } from './types.generated';

export const ShuangliuQuery: ShuangliuQueryResolvers = {
  hubs: () => HUBS.map((name) => ({ name })),
  hub: (_, { name }) => (HUBS.includes(name.trim()) ? { name: name.trim() } : null),
  post: (_, { id }, ctx) => (isUuid(id) ? ctx.loaders.post.load(id) : null),
  myShifts: async (_, args, ctx) => {
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, ['timestamp', 'uuid']);
    const me = await ctx.loaders.me();
    const rows = me ? await shiftsPage(ctx.db, me.volunteerId, after, size + 1) : [];
    return toConnection(rows, size, (s) => [iso(s.takenAt), s.slotId]);
  },
};
