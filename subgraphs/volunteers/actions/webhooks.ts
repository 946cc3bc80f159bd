import type { DataSource } from 'typeorm';
import { WEBHOOK_EVENTS, type WebhookEvent } from '../../kit/city/webhook-events';
import { on } from '../../kit/runtime/event-catalogue';
import type { EventContext } from '../../kit/runtime/events';
import type { Logger } from '../../kit/runtime/log';
import type { Background, BackgroundEnv } from '../../kit/runtime/subgraph';
import {
  WEBHOOK_ID_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
  signWebhook,
  webhookBackoffMs,
  type SecretBox,
} from '../../kit/runtime/webhooks';
import {
  appsLinkedTo,
  claimDueDeliveries,
  markDelivered,
  markFailed,
  queueDeliveries,
  type DueDelivery,
} from '../data/webhook.repository';

/**
 * Partner webhooks (issue 12.6). The projects subgraph announces what happens to sign-ups and hours; this subgraph
 * owns the apps and the consents, so it decides who is told: in the transaction that handles the event (with its
 * inbox row, so at most once) it queues one delivery per app linked to the citizen, and its delivery loop sends
 * them. The event's id is the delivery's id, so an app deduplicates retries by it.
 */
async function queueFor(
  event: WebhookEvent,
  volunteerId: string,
  data: Record<string, unknown>,
  { manager, event: envelope }: EventContext,
): Promise<void> {
  const { type, kind } = WEBHOOK_EVENTS[event];
  const apps = await appsLinkedTo(manager, volunteerId, event, kind, envelope.occurredAt);
  await queueDeliveries(
    manager,
    apps.map((app) => ({
      eventId: envelope.id,
      appId: app.appId,
      volunteerId,
      type,
      body: JSON.stringify({ id: envelope.id, type, occurredAt: envelope.occurredAt, citizen: { sub: app.sub }, data }),
    })),
  );
}

const SIGNUP_CHANGES = {
  CONFIRMED: 'SIGNUP_CONFIRMED',
  CANCELLED: 'SIGNUP_CANCELLED',
  PROMOTED: 'WAITLIST_PROMOTED',
  PROJECT_CANCELLED: 'PROJECT_CANCELLED',
} as const satisfies Record<string, WebhookEvent>;

export const webhookConsumers = [
  on('signup.changed', (p, ctx) =>
    queueFor(SIGNUP_CHANGES[p.change], p.volunteerId, { projectId: p.projectId, signupId: p.signupId }, ctx),
  ),
  // A correction sends a record again with its new hours: the app is told again, the same record id.
  on('service.confirmed', (p, ctx) =>
    queueFor(
      'HOURS_CONFIRMED',
      p.volunteerId,
      { recordId: p.recordId, projectId: p.projectId, servedOn: p.servedOn, hours: p.hours },
      ctx,
    ),
  ),
];

export interface DeliveryOptions {
  /** The first retry's delay; each next one doubles it (kit/runtime/webhooks.ts). */
  retryBaseMs: number;
  pollMs: number;
  /** How long one attempt may take. */
  timeoutMs: number;
}

/** From WEBHOOK_RETRY_BASE_MS and WEBHOOK_POLL_MS when set (tests shorten them), else 30 s and 1 s. */
export function deliveryOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): DeliveryOptions {
  const ms = (value: string | undefined, fallback: number) => {
    const n = Number(value);
    return value && Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    retryBaseMs: ms(env.WEBHOOK_RETRY_BASE_MS, 30_000),
    pollMs: ms(env.WEBHOOK_POLL_MS, 1_000),
    timeoutMs: 10_000,
  };
}

/** One attempt: 2xx is delivered; anything else (or no answer) is a failure to retry. */
async function attempt(d: DueDelivery, secrets: SecretBox, timeoutMs: number) {
  const secret = secrets.open(d.sealedSecret);
  if (!secret) return { ok: false as const, statusCode: null, error: 'signing secret unreadable: rotate the secret' };
  try {
    const res = await fetch(d.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Qingju-Webhooks/1',
        [WEBHOOK_ID_HEADER]: d.eventId,
        [WEBHOOK_SIGNATURE_HEADER]: signWebhook(secret, d.body),
      },
      body: d.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.body?.cancel().catch(() => undefined);
    if (res.status >= 200 && res.status < 300) return { ok: true as const, statusCode: res.status };
    return { ok: false as const, statusCode: res.status, error: `answered ${res.status}` };
  } catch (err) {
    const name = (err as Error).name === 'TimeoutError' ? 'timed out' : 'no answer';
    return { ok: false as const, statusCode: null, error: name };
  }
}

/** One pass: claims what is due and sends it (different citizens' queues at once); true when it sent any. */
async function deliverDue(db: DataSource, secrets: SecretBox, log: Logger, opts: DeliveryOptions): Promise<boolean> {
  const due = await claimDueDeliveries(db, 20, opts.timeoutMs * 3);
  await Promise.all(
    due.map(async (d) => {
      const outcome = await attempt(d, secrets, opts.timeoutMs);
      if (outcome.ok) {
        await markDelivered(db, d.seq, outcome.statusCode);
        return;
      }
      const retryIn = webhookBackoffMs(d.attempts, opts.retryBaseMs);
      await markFailed(db, d.seq, outcome, retryIn);
      log.warn({ eventId: d.eventId, attempts: d.attempts, error: outcome.error, retryIn }, 'webhook delivery failed');
    }),
  );
  return due.length > 0;
}

/** The delivery loop: polls for due deliveries, and goes again at once while there were some. */
export function startWebhookDelivery(
  { db, log, secrets }: BackgroundEnv,
  opts: DeliveryOptions = deliveryOptionsFromEnv(),
): Background {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const loop = async () => {
    try {
      while (!stopped && (await deliverDue(db, secrets, log, opts)));
    } catch (err) {
      if (!stopped) log.error({ err }, 'webhook delivery pass failed');
    }
    if (!stopped) timer = setTimeout(() => (running = loop()), opts.pollMs);
  };
  timer = setTimeout(() => (running = loop()), opts.pollMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
