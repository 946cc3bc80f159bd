import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ADMIN_REPLICA_TABLE_SQL } from '../../kit/runtime/organization-admins';

/**
 * What a consent to ORGANIZERS needs here: the organizations running projects each volunteer signed up for (from
 * the projects subgraph's versioned `volunteer.organizations`; none known for sign-ups made before it existed until
 * the volunteer's next sign-up or cancellation), and the replica of organizations' admin lists, so an org-admin token
 * counts only for a listed account.
 */
export class Organizers1764900100000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE volunteer ADD COLUMN organization_ids uuid[] NOT NULL DEFAULT '{}',
      ADD COLUMN organizations_version bigint NOT NULL DEFAULT 0`);
    await q.query(ADMIN_REPLICA_TABLE_SQL);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE organization_admins');
    await q.query('ALTER TABLE volunteer DROP COLUMN organization_ids, DROP COLUMN organizations_version');
  }
}
