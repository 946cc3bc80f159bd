import { maybeOne, rows, type Db } from '../../kit/runtime/sql';

export type PartnerAppStatus = 'ACTIVE' | 'SUSPENDED' | 'REVOKED';

/** A registered partner app as kept (migrations/1765000000000-partner-apps.ts). */
export interface PartnerAppRow {
  clientId: string;
  name: string;
  redirectUris: string[];
  allowedScopes: string[];
  corsOrigins: string[];
  webhookUrl: string | null;
  /** WEBHOOK_EVENTS names (kit/city/webhook-events.ts) the app is sent for its linked citizens. */
  webhookEvents: string[];
  /** The webhook signing secret, sealed (kit/runtime/webhooks.ts); null before the app had one. */
  webhookSecretSealed: string | null;
  status: PartnerAppStatus;
  secretHash: string;
  secretIssuedAt: Date;
  createdAt: Date;
}

const COLUMNS = `client_id AS "clientId", name, redirect_uris AS "redirectUris", allowed_scopes AS "allowedScopes",
  cors_origins AS "corsOrigins", webhook_url AS "webhookUrl", webhook_events AS "webhookEvents",
  webhook_secret_sealed AS "webhookSecretSealed", status, secret_hash AS "secretHash",
  secret_issued_at AS "secretIssuedAt", created_at AS "createdAt"`;

/** Inserts an app; null when the client id is taken. */
export function insertPartnerApp(
  db: Db,
  app: Omit<PartnerAppRow, 'status' | 'secretIssuedAt' | 'createdAt'>,
  createdBy: string,
): Promise<PartnerAppRow | null> {
  return maybeOne<PartnerAppRow>(
    db,
    `INSERT INTO partner_app (client_id, name, redirect_uris, allowed_scopes, cors_origins, webhook_url, secret_hash,
       created_by, webhook_events, webhook_secret_sealed)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (client_id) DO NOTHING RETURNING ${COLUMNS}`,
    [
      app.clientId,
      app.name,
      app.redirectUris,
      app.allowedScopes,
      app.corsOrigins,
      app.webhookUrl,
      app.secretHash,
      createdBy,
      app.webhookEvents,
      app.webhookSecretSealed,
    ],
  );
}

export function partnerAppById(db: Db, clientId: string): Promise<PartnerAppRow | null> {
  return maybeOne<PartnerAppRow>(db, `SELECT ${COLUMNS} FROM partner_app WHERE client_id = $1`, [clientId]);
}

export function listPartnerApps(db: Db): Promise<PartnerAppRow[]> {
  return rows<PartnerAppRow>(db, `SELECT ${COLUMNS} FROM partner_app ORDER BY created_at DESC, client_id`);
}

/**
 * Replaces the client secret and the webhook signing secret (sealed) of an app that is not revoked; null when there is
 * none such.
 */
export function replaceSecret(
  db: Db,
  clientId: string,
  secretHash: string,
  webhookSecretSealed: string,
): Promise<PartnerAppRow | null> {
  return maybeOne<PartnerAppRow>(
    db,
    `UPDATE partner_app SET secret_hash = $2, webhook_secret_sealed = $3, secret_issued_at = now()
     WHERE client_id = $1 AND status <> 'REVOKED' RETURNING ${COLUMNS}`,
    [clientId, secretHash, webhookSecretSealed],
  );
}

/** Moves an app from one of `from` to `to`; null when it is not in one of them (or does not exist). */
export function changeStatus(
  db: Db,
  clientId: string,
  from: readonly PartnerAppStatus[],
  to: PartnerAppStatus,
): Promise<PartnerAppRow | null> {
  return maybeOne<PartnerAppRow>(
    db,
    `UPDATE partner_app SET status = $3 WHERE client_id = $1 AND status = ANY($2) RETURNING ${COLUMNS}`,
    [clientId, from, to],
  );
}
