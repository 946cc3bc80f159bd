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
  quota: PartnerAppQuota;
}

/** Per-minute quotas of an app at the gateway; null takes the gateway's default. */
export interface PartnerAppQuota {
  requestsPerMinute: number | null;
  mutationsPerMinute: number | null;
  mutationsPerCitizenPerMinute: number | null;
}

const COLUMNS = `client_id AS "clientId", name, redirect_uris AS "redirectUris", allowed_scopes AS "allowedScopes",
  cors_origins AS "corsOrigins", webhook_url AS "webhookUrl", webhook_events AS "webhookEvents",
  webhook_secret_sealed AS "webhookSecretSealed", status, secret_hash AS "secretHash",
  secret_issued_at AS "secretIssuedAt", created_at AS "createdAt",
  json_build_object('requestsPerMinute', quota_requests, 'mutationsPerMinute', quota_mutations,
    'mutationsPerCitizenPerMinute', quota_citizen_mutations) AS quota`;

/** Inserts an app; null when the client id is taken. */
export function insertPartnerApp(
  db: Db,
  app: Omit<PartnerAppRow, 'status' | 'secretIssuedAt' | 'createdAt' | 'quota'>,
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

/** The app, its row locked until the transaction ends. */
export function lockPartnerApp(db: Db, clientId: string): Promise<PartnerAppRow | null> {
  return maybeOne<PartnerAppRow>(db, `SELECT ${COLUMNS} FROM partner_app WHERE client_id = $1 FOR UPDATE`, [clientId]);
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

/** The names of these apps by id, in one statement (a citizen's grants list names each app). */
export async function partnerAppNames(db: Db, clientIds: readonly string[]): Promise<Map<string, string>> {
  const found = await rows<{ clientId: string; name: string }>(
    db,
    'SELECT client_id AS "clientId", name FROM partner_app WHERE client_id = ANY($1)',
    [[...clientIds]],
  );
  return new Map(found.map((a) => [a.clientId, a.name]));
}

/** Sets an app's quotas (not a revoked one's); null when there is none such. */
export function setQuota(db: Db, clientId: string, quota: PartnerAppQuota): Promise<PartnerAppRow | null> {
  return maybeOne<PartnerAppRow>(
    db,
    `UPDATE partner_app SET quota_requests = $2, quota_mutations = $3, quota_citizen_mutations = $4
     WHERE client_id = $1 AND status <> 'REVOKED' RETURNING ${COLUMNS}`,
    [clientId, quota.requestsPerMinute, quota.mutationsPerMinute, quota.mutationsPerCitizenPerMinute],
  );
}

/** The client ids of ACTIVE apps listing `origin` among their CORS origins. */
export async function activeAppsForOrigin(db: Db, origin: string): Promise<string[]> {
  const found = await rows<{ clientId: string }>(
    db,
    `SELECT client_id AS "clientId" FROM partner_app WHERE status = 'ACTIVE' AND cors_origins @> ARRAY[$1]::text[]
     ORDER BY client_id`,
    [origin],
  );
  return found.map((r) => r.clientId);
}
