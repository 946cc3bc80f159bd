import { iso } from '../../kit/runtime/timestamps';
import type { WebhookDeliveryResolvers } from './types.generated';

/** One row of an app's delivery log; moments leave as ISO 8601. */
export const WebhookDelivery: WebhookDeliveryResolvers = {
  createdAt: (d) => iso(d.createdAt),
  lastAttemptAt: (d) => iso(d.lastAttemptAt),
  deliveredAt: (d) => iso(d.deliveredAt),
  nextAttemptAt: (d) => iso(d.nextAttemptAt),
};
