import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner webhooks (issue 12.6). An app subscribes to event types beside its webhook URL and holds a signing secret
 * of its own, sealed (AES-GCM, kit/runtime/webhooks.ts): the service signs with it, so it keeps what it can read
 * again, unlike the client secret's hash.
 *
 * `webhook_delivery` is the apps' outbox: one row per (app, event), written in the transaction that handles the
 * event, the exact body fixed then, so every retry sends the same bytes and event id. `seq` orders one citizen's
 * deliveries to one app: only the oldest undelivered row of an (app, volunteer) pair is tried. The rows are the
 * delivery log city admins read.
 */
export class Webhooks1765100000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE partner_app
      ADD COLUMN webhook_events text[] NOT NULL DEFAULT '{}',
      ADD COLUMN webhook_secret_sealed text`);
    await q.query(`CREATE TABLE webhook_delivery (
      seq bigserial PRIMARY KEY,
      event_id uuid NOT NULL,
      app_id varchar(64) NOT NULL REFERENCES partner_app(client_id),
      volunteer_id uuid NOT NULL,
      type varchar(32) NOT NULL,
      body text NOT NULL,
      status varchar(12) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED')),
      attempts int NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      last_attempt_at timestamptz,
      last_status_code int,
      last_error varchar(200),
      delivered_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (app_id, event_id)
    )`);
    await q.query(`CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING'`);
    await q.query(`CREATE INDEX webhook_delivery_queue ON webhook_delivery (app_id, volunteer_id, seq)
      WHERE status = 'PENDING'`);
    await q.query('CREATE INDEX webhook_delivery_log ON webhook_delivery (app_id, seq DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE webhook_delivery');
    await q.query('ALTER TABLE partner_app DROP COLUMN webhook_events, DROP COLUMN webhook_secret_sealed');
  }
}
