import { decodeCursor, pageSize, toConnection } from '../../kit/runtime/connection';
import { badInput } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import { listPlaces } from '../data/place.repository';
import type { QionglaiQueryResolvers } from './types.generated';

export const QionglaiQuery: QionglaiQueryResolvers = {
  places: async (_, args, ctx) => {
    const size = pageSize(args.first);
    const town = args.town?.trim() || null;
    if (town && town.length > 40) throw badInput('town is at most 40 characters, e.g. 平乐镇.', 'town');
    const after = decodeCursor(args.after, ['text', 'text']);
    const rows = await listPlaces(ctx.db, { kind: args.kind, town }, after, size + 1);
    return toConnection(rows, size, (p) => [p.town, p.name]);
  },
  place: (_, { id }, ctx) => ctx.loaders.place.load(requireUuid(id, 'id')),
};
