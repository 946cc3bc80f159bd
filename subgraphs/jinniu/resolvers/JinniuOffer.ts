import { loadRequired } from '../../kit/runtime/loaders';
import { iso } from '../../kit/runtime/timestamps';
import type { JinniuOfferResolvers } from './types.generated';

export const JinniuOffer: JinniuOfferResolvers = {
  alert: (o, _, ctx) => loadRequired(ctx.loaders.alert, o.alertId),
  offeredAt: (o) => iso(o.offeredAt),
  answeredAt: (o) => iso(o.answeredAt),
};
