import { isCalendarDay } from '../../kit/city/days';
import { decodeCursor, pageSize, toConnection } from '../../kit/runtime/connection';
import { badInput } from '../../kit/runtime/errors';
import type { ShuangliuHubResolvers } from './types.generated';

function day(value: string | null | undefined, field: string): string | null {
  if (value == null) return null;
  if (!isCalendarDay(value)) throw badInput(`${field} must be a calendar day, YYYY-MM-DD.`, field);
  return value;
}

export const ShuangliuHub: ShuangliuHubResolvers = {
  posts: async (hub, args, ctx) => {
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, ['int', 'text', 'uuid']);
    const rows = await ctx.loaders.postsOfHub(size, after).load(hub.name);
    return toConnection(rows, size, (p) => [p.active ? 0 : 1, p.name, p.id]);
  },
  figures: async (hub, args, ctx) => {
    const range: [string | null, string | null] = [day(args.from, 'from'), day(args.to, 'to')];
    if (range[0] && range[1] && range[0] > range[1]) throw badInput('from must not be after to.', 'from');
    return (await ctx.loaders.hubFigures(range).load(hub.name))!;
  },
};
