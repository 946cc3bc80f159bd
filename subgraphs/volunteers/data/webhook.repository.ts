import type { EntityManager } from 'typeorm';
import type { DataKind } from '../../kit/city/consent';
import { exec, rows, type Db } from '../../kit/runtime/sql';

/**
 * Partner webhooks (migrations/1765100000000-webhooks.ts): which apps are told about a citizen, their deliveries
 * and the delivery log.
 */

/**
 * Apps to tell about the volunteer's event `webhookEvent`, which occurred at `occurredAt`: subscribed to it with a
 * webhook URL and a signing secret, not revoked (a suspended app's deliveries wait for it), and holding the
 * volunteer's consent in force (ACTIVE: not one pending a guardian) covering `kind`, and holding one already when the
 * event occurred: an app linked today is not told of what happened before (events still in flight at the link, such
 * as a first start's demo history). Also the volunteer's account: the `sub` the apps know the citizen by.
 */
export function appsLinkedTo(
  m: EntityManager,
  volunteerId: string,
  webhookEvent: string,
  kind: DataKind,
  occurredAt: string,
): Promise<{ appId: string; sub: string }[]> {
  return rows(
    m,
    `SELECT a.client_id AS "appId", v.account_id AS sub
       FROM consent c JOIN partner_app a ON a.client_id = c.app_id JOIN volunteer v ON v.id = c.volunteer_id
      WHERE c.volunteer_id = $1 AND c.recipient = 'APP' AND c.status = 'ACTIVE' AND $3 = ANY(c.kinds)
        AND a.status <> 'REVOKED' AND a.webhook_url IS NOT NULL AND a.webhook_secret_sealed IS NOT NULL
        AND $2 = ANY(a.webhook_events)
        AND EXISTS (SELECT 1 FROM consent p
                     WHERE p.volunteer_id = c.volunteer_id AND p.recipient = 'APP' AND p.app_id = c.app_id
                       AND p.status <> 'PENDING_GUARDIAN'
                       AND COALESCE(p.guardian_agreed_at, p.granted_at) <= $4::timestamptz
                       AND (p.ended_at IS NULL OR p.ended_at > $4::timestamptz))
      ORDER BY a.client_id`,
    [volunteerId, webhookEvent, kind, occurredAt],
  );
}

/** Queues one delivery per app; an event handled twice queues nothing more (one row per app and event id). */
export async function queueDeliveries(
  m: EntityManager,
  deliveries: { eventId: string; appId: string; volunteerId: string; type: string; body: string }[],
): Promise<void> {
  if (deliveries.length === 0) return;
  await exec(
    m,
    `INSERT INTO webhook_delivery (event_id, app_id, volunteer_id, type, body)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[])
     ON CONFLICT (app_id, event_id) DO NOTHING`,
    [
      deliveries.map((d) => d.eventId),
      deliveries.map((d) => d.appId),
      deliveries.map((d) => d.volunteerId),
      deliveries.map((d) => d.type),
      deliveries.map((d) => d.body),
    ],
  );
}

export interface DueDelivery {
  seq: string;
  eventId: string;
  body: string;
  attempts: number;
  url: string;
  sealedSecret: string;
}

/**
 * Claims up to `limit` due deliveries, each the oldest undelivered one of its (app, citizen) queue, so one citizen's
 * events reach an app in order: a failing one holds back the later ones. A claim is a lease: the attempt is counted
 * and the row is not due again for `leaseMs`, so two delivery loops (two instances) never send one row at once,
 * and a loop that dies mid-send leaves the row to be retried when the lease ends. Only ACTIVE apps are sent to.
 */
export function claimDueDeliveries(db: Db, limit: number, leaseMs: number): Promise<DueDelivery[]> {
  return rows(
    db,
    `WITH due AS (
       SELECT d.seq FROM webhook_delivery d JOIN partner_app a ON a.client_id = d.app_id
        WHERE d.status = 'PENDING' AND d.next_attempt_at <= now() AND a.status = 'ACTIVE' AND a.webhook_url IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM webhook_delivery e
                           WHERE e.app_id = d.app_id AND e.volunteer_id = d.volunteer_id AND e.status = 'PENDING'
                             AND e.seq < d.seq)
        ORDER BY d.next_attempt_at, d.seq LIMIT $1 FOR UPDATE OF d SKIP LOCKED)
     UPDATE webhook_delivery d SET attempts = d.attempts + 1, last_attempt_at = now(),
            next_attempt_at = now() + make_interval(secs => $2::float8 / 1000)
       FROM due, partner_app a
      WHERE d.seq = due.seq AND a.client_id = d.app_id
     RETURNING d.seq, d.event_id AS "eventId", d.body, d.attempts, a.webhook_url AS url,
               a.webhook_secret_sealed AS "sealedSecret"`,
    [limit, leaseMs],
  );
}

/** Records a successful attempt: the row leaves its queue. */
export function markDelivered(db: Db, seq: string, statusCode: number): Promise<number> {
  return exec(
    db,
    `UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = now(), last_status_code = $2, last_error = NULL
      WHERE seq = $1`,
    [seq, statusCode],
  );
}

/** Records a failed attempt and when to try again. */
export function markFailed(
  db: Db,
  seq: string,
  failure: { statusCode: number | null; error: string },
  retryInMs: number,
): Promise<number> {
  return exec(
    db,
    `UPDATE webhook_delivery SET last_status_code = $2, last_error = $3,
            next_attempt_at = now() + make_interval(secs => $4::float8 / 1000)
      WHERE seq = $1`,
    [seq, failure.statusCode, failure.error.slice(0, 200), retryInMs],
  );
}

export interface DeliveryLogRow {
  eventId: string;
  type: string;
  status: 'PENDING' | 'DELIVERED';
  attempts: number;
  createdAt: Date;
  lastAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  nextAttemptAt: Date | null;
}

/** An app's deliveries, newest first; no citizen in it (the log is for operations, not for reading people). */
export function deliveriesOfApp(db: Db, appId: string, limit: number): Promise<DeliveryLogRow[]> {
  return rows(
    db,
    `SELECT event_id AS "eventId", type, status, attempts, created_at AS "createdAt",
            last_attempt_at AS "lastAttemptAt", last_status_code AS "lastStatusCode", last_error AS "lastError",
            delivered_at AS "deliveredAt", CASE WHEN status = 'PENDING' THEN next_attempt_at END AS "nextAttemptAt"
       FROM webhook_delivery WHERE app_id = $1 ORDER BY seq DESC LIMIT $2`,
    [appId, limit],
  );
}
