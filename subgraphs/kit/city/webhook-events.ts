import type { DataKind } from './consent';

/**
 * What a partner app may subscribe to for its linked citizens (issue 12.6): the GraphQL enum value, the `type` its
 * deliveries carry, and the kind of data the citizen's consent to the app must cover for the app to be told (the
 * same kinds the visibility table asks of a partner reading sign-ups and records).
 */
export const WEBHOOK_EVENTS = {
  SIGNUP_CONFIRMED: { type: 'signup.confirmed', kind: 'ACTIVITY' },
  SIGNUP_CANCELLED: { type: 'signup.cancelled', kind: 'ACTIVITY' },
  WAITLIST_PROMOTED: { type: 'waitlist.promoted', kind: 'ACTIVITY' },
  PROJECT_CANCELLED: { type: 'project.cancelled', kind: 'ACTIVITY' },
  HOURS_CONFIRMED: { type: 'hours.confirmed', kind: 'SERVICE_RECORDS' },
} as const satisfies Record<string, { type: string; kind: DataKind }>;

export type WebhookEvent = keyof typeof WEBHOOK_EVENTS;
export const WEBHOOK_EVENT_NAMES = Object.keys(WEBHOOK_EVENTS) as WebhookEvent[];
export const isWebhookEvent = (value: string): value is WebhookEvent => Object.hasOwn(WEBHOOK_EVENTS, value);
