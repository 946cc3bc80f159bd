import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The partner-call audit trail (issue 12.5): one row per GraphQL request a partner app made for a citizen, written
 * by the gateway, which alone sees every such call whole (app, citizen, operation, outcome). Read by app and time.
 */
export class PartnerCalls1765200000000 implements MigrationInterface {
  name = 'PartnerCalls1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE partner_call (
      id bigserial PRIMARY KEY,
      app_id text NOT NULL,
      account_id text NOT NULL,
      operation text NOT NULL,
      at timestamptz NOT NULL DEFAULT clock_timestamp(),
      outcome text NOT NULL
    )`);
    await q.query('CREATE INDEX partner_call_app_at ON partner_call (app_id, at DESC, id DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE partner_call');
  }
}
