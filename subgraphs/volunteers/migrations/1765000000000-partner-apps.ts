import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The partner-app registry (issue 12). It lives beside the consents because an app's client id is the app id
 * consents name: one subgraph owns "which apps exist" and "what each citizen let each app do". The secret is kept
 * as a salted scrypt hash only (`scrypt$<salt>$<hash>`); the plain secret is shown once, when issued.
 */
export class PartnerApps1765000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE partner_app (
      client_id varchar(64) PRIMARY KEY,
      name varchar(60) NOT NULL,
      redirect_uris text[] NOT NULL,
      allowed_scopes text[] NOT NULL,
      cors_origins text[] NOT NULL,
      webhook_url text,
      status varchar(16) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED')),
      secret_hash text NOT NULL,
      secret_issued_at timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now(),
      created_by varchar(64) NOT NULL
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE partner_app');
  }
}
