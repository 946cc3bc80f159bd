import { decodeCursor, pageSize, toConnection } from '../../kit/runtime/connection';
import { forbidden } from '../../kit/runtime/errors';
import { isUuid } from '../../kit/runtime/ids';
import { iso } from '../../kit/runtime/timestamps';
import { alertsPage, memberOf, offersPage } from '../data/roster.repository';
import { administersJinniu } from '../rules/access';
import { SKILLS } from '../rules/standby-input';
import { maySeeAlert } from '../rules/visibility';
import type { JinniuQueryResolvers } from './types.generated';

export const JinniuQuery: JinniuQueryResolvers = {
  skills: () => [...SKILLS],
  myStandby: async (_, __, ctx) => {
    const me = await ctx.loaders.me();
    return me ? memberOf(ctx.db, me.volunteerId) : null;
  },
  myOffers: async (_, args, ctx) => {
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, ['timestamp', 'uuid']);
    const me = await ctx.loaders.me();
    const rows = me ? await offersPage(ctx.db, me.volunteerId, args.status ?? null, after, size + 1) : [];
    return toConnection(rows, size, (o) => [iso(o.offeredAt), o.alertId]);
  },
  alerts: async (_, args, ctx) => {
    if (!(await administersJinniu(ctx)))
      throw forbidden("Only Jinniu district admins list the district's alerts; members see theirs in myOffers.");
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, ['timestamp', 'uuid']);
    const rows = await alertsPage(ctx.db, args.status ?? null, after, size + 1);
    return toConnection(rows, size, (a) => [iso(a.raisedAt), a.id]);
  },
  alert: async (_, { id }, ctx) => {
    const alert = isUuid(id) ? await ctx.loaders.alert.load(id) : null;
    return alert && (await maySeeAlert(alert, ctx)) ? alert : null;
  },
};
