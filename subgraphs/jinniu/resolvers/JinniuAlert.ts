import { iso } from '../../kit/runtime/timestamps';
import { maySeeAlert } from '../rules/visibility';
import type { JinniuAlertResolvers } from './types.generated';

export const JinniuAlert: JinniuAlertResolvers = {
  __resolveReference: async (ref, ctx) => {
    const alert = await ctx.loaders.alert.load(ref.id);
    return alert && (await maySeeAlert(alert, ctx)) ? alert : null;
  },
  startsAt: (a) => iso(a.startsAt),
  raisedAt: (a) => iso(a.raisedAt),
  filledAt: (a) => iso(a.filledAt),
  cancelledAt: (a) => iso(a.cancelledAt),
  timeToFillMinutes: (a) => (a.filledAt ? Math.round((a.filledAt.getTime() - a.raisedAt.getTime()) / 600) / 100 : null),
  myOffer: (a, _, ctx) => ctx.loaders.myOffer.load(a.id),
};
