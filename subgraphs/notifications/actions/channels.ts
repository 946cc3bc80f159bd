import type { EntityManager } from 'typeorm';
import type { NotificationRequested } from '../../kit/city/notification-kinds';
import { insertEntries, type NewEntry } from '../data/notification.repository';
import { projectOf, type Rendered } from '../rules/render';

/** One person a notification reaches: a volunteer, or one admin account of an organization. */
export type Addressee =
  | { volunteerId: string; organizationId?: undefined; accountId?: undefined }
  | { organizationId: string; accountId: string; volunteerId?: undefined };

/** A notification ready to hand over: what was asked, its text, who it reaches and when it happened. */
export interface Delivery {
  request: NotificationRequested;
  text: Rendered;
  addressees: readonly Addressee[];
  occurredAt: string;
}

/**
 * A way a notification reaches people. The in-app inbox is the one there is; an SMS or app-push adapter is another
 * implementation of this, added to `CHANNELS`. Each runs in the transaction of the `notification.requested` event's
 * inbox row, so a channel that fails makes the event be retried whole: an adapter that talks to an outside service
 * records what to send in its own table here (its own outbox) rather than calling out inside the transaction, and a
 * retry must not send twice (the dedupe key is for that).
 */
export interface DeliveryChannel {
  readonly name: string;
  deliver(m: EntityManager, delivery: Delivery): Promise<void>;
}

/** The address as one text, so a repeat of a dedupe key to the same address is one entry. */
const recipientKey = (a: Addressee) => (a.volunteerId ? `v:${a.volunteerId}` : `o:${a.organizationId}:${a.accountId}`);

/** The in-app inbox: one entry per addressee, a repeated dedupe key changing nothing. */
export const inAppChannel: DeliveryChannel = {
  name: 'in-app',
  async deliver(m, { request, text, addressees, occurredAt }) {
    const entries: NewEntry[] = addressees.map((a) => ({
      recipientKey: recipientKey(a),
      volunteerId: a.volunteerId ?? null,
      organizationId: a.organizationId ?? null,
      accountId: a.accountId ?? null,
      kind: request.kind,
      params: request.params,
      title: text.title,
      body: text.body,
      projectId: projectOf(request.params),
      dedupeKey: request.dedupeKey,
      createdAt: occurredAt,
    }));
    await insertEntries(m, entries);
  },
};

/** Every channel a notification goes out on, in order. */
export const CHANNELS: readonly DeliveryChannel[] = [inAppChannel];
