import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the gateway lets each partner app do (issue 12, points 4 and 7): its quotas per minute (null: the gateway's
 * default) and its own trusted documents, registered by a city admin so a new app version needs no redeploy of the
 * city. A document is keyed by app and hash: the same text registered by two apps is two rows, and each app may
 * run only its own.
 */
export class PartnerAppOperations1765100000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE partner_app
      ADD COLUMN quota_requests integer CHECK (quota_requests > 0),
      ADD COLUMN quota_mutations integer CHECK (quota_mutations > 0),
      ADD COLUMN quota_citizen_mutations integer CHECK (quota_citizen_mutations > 0)`);
    await q.query(`CREATE TABLE partner_app_document (
      client_id varchar(64) NOT NULL REFERENCES partner_app (client_id),
      hash char(64) NOT NULL,
      body text NOT NULL,
      registered_at timestamptz NOT NULL DEFAULT now(),
      registered_by varchar(64) NOT NULL,
      PRIMARY KEY (client_id, hash)
    )`);
    // The gateway asks which ACTIVE apps list an origin on every browser request that names one.
    await q.query('CREATE INDEX partner_app_cors_origins ON partner_app USING gin (cors_origins)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX partner_app_cors_origins');
    await q.query('DROP TABLE partner_app_document');
    await q.query(`ALTER TABLE partner_app DROP COLUMN quota_requests, DROP COLUMN quota_mutations,
      DROP COLUMN quota_citizen_mutations`);
  }
}
