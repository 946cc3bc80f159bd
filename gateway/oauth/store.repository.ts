import { Pool } from 'pg';
import type { Adapter, AdapterPayload } from 'oidc-provider';

/**
 * Where the OAuth server keeps what it issues (grants, sessions, interactions, codes, tokens): one table in the
 * gateway's own schema, `gateway_oauth`, of the city's PostgreSQL. PostgreSQL rather than Redis because it is always
 * there, durable, and shared by every gateway replica; the rows are small and found by primary key. The gateway
 * has no migration runner of its own, so the table is created if missing at start (IF NOT EXISTS is idempotent and
 * safe when two replicas start at once, guarded by an advisory lock).
 */
const DDL = `
  CREATE SCHEMA IF NOT EXISTS gateway_oauth;
  CREATE TABLE IF NOT EXISTS gateway_oauth.oauth_item (
    model text NOT NULL,
    id text NOT NULL,
    payload jsonb NOT NULL,
    grant_id text,
    uid text,
    user_code text,
    expires_at timestamptz,
    consumed_at timestamptz,
    PRIMARY KEY (model, id)
  );
  CREATE INDEX IF NOT EXISTS oauth_item_grant ON gateway_oauth.oauth_item (grant_id) WHERE grant_id IS NOT NULL;
  CREATE INDEX IF NOT EXISTS oauth_item_uid ON gateway_oauth.oauth_item (uid) WHERE uid IS NOT NULL;
  CREATE INDEX IF NOT EXISTS oauth_item_expiry ON gateway_oauth.oauth_item (expires_at);`;

export interface OAuthStore {
  adapter(model: string): Adapter;
  /** Deletes a grant and everything issued under it (codes, access and refresh tokens). */
  revokeGrant(grantId: string): Promise<void>;
  close(): Promise<void>;
}

/** Opens the store, creating its table when missing, and forgets expired items now and then. */
export async function openOAuthStore(databaseUrl: string): Promise<OAuthStore> {
  const pool = new Pool({ connectionString: databaseUrl, max: 4 });
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', ['gateway_oauth']);
    await client.query(DDL);
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', ['gateway_oauth']);
  } finally {
    client.release();
  }
  // Expired items are never found (every read checks expires_at); this only keeps the table small.
  const sweep = setInterval(
    () => void pool.query('DELETE FROM gateway_oauth.oauth_item WHERE expires_at < now()').catch(() => undefined),
    10 * 60_000,
  );
  sweep.unref();
  return {
    adapter: (model) => new PgAdapter(pool, model),
    async revokeGrant(grantId) {
      await pool.query(`DELETE FROM gateway_oauth.oauth_item WHERE grant_id = $1 OR (model = 'Grant' AND id = $1)`, [
        grantId,
      ]);
    },
    async close() {
      clearInterval(sweep);
      await pool.end();
    },
  };
}

const LIVE = '(expires_at IS NULL OR expires_at > now())';

/** oidc-provider's storage interface for one model, over the table above. */
class PgAdapter implements Adapter {
  constructor(
    private readonly pool: Pool,
    private readonly model: string,
  ) {}

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO gateway_oauth.oauth_item (model, id, payload, grant_id, uid, user_code, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7::int IS NULL THEN NULL ELSE now() + make_interval(secs => $7) END)
       ON CONFLICT (model, id) DO UPDATE SET payload = EXCLUDED.payload, grant_id = EXCLUDED.grant_id,
         uid = EXCLUDED.uid, user_code = EXCLUDED.user_code, expires_at = EXCLUDED.expires_at`,
      [
        this.model,
        id,
        payload,
        payload.grantId ?? null,
        payload.uid ?? null,
        payload.userCode ?? null,
        expiresIn ? Math.ceil(expiresIn) : null,
      ],
    );
  }

  private async findWhere(column: 'id' | 'uid' | 'user_code', value: string): Promise<AdapterPayload | undefined> {
    const { rows } = await this.pool.query<{ payload: AdapterPayload; consumed: boolean }>(
      `SELECT payload, consumed_at IS NOT NULL AS consumed FROM gateway_oauth.oauth_item
       WHERE model = $1 AND ${column} = $2 AND ${LIVE}`,
      [this.model, value],
    );
    const row = rows[0];
    if (!row) return undefined;
    // oidc-provider reads `consumed` to refuse a second use of an authorization code (and to detect its replay).
    return row.consumed ? { ...row.payload, consumed: true } : row.payload;
  }

  find(id: string) {
    return this.findWhere('id', id);
  }

  findByUid(uid: string) {
    return this.findWhere('uid', uid);
  }

  findByUserCode(userCode: string) {
    return this.findWhere('user_code', userCode);
  }

  async consume(id: string): Promise<void> {
    await this.pool.query(
      'UPDATE gateway_oauth.oauth_item SET consumed_at = now() WHERE model = $1 AND id = $2 AND consumed_at IS NULL',
      [this.model, id],
    );
  }

  async destroy(id: string): Promise<void> {
    await this.pool.query('DELETE FROM gateway_oauth.oauth_item WHERE model = $1 AND id = $2', [this.model, id]);
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    await this.pool.query('DELETE FROM gateway_oauth.oauth_item WHERE model = $1 AND grant_id = $2', [
      this.model,
      grantId,
    ]);
  }
}
