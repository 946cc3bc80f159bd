import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ADMIN_REPLICA_TABLE_SQL } from '../../kit/runtime/organization-admins';

/**
 * The replica of organizations' admin lists: an org-admin token acts here only for an account on its organization's
 * list. It starts empty and fills from the organizations subgraph's announcements (existing lists are announced once).
 */
export class OrganizationAdmins1764300700000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(ADMIN_REPLICA_TABLE_SQL);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE organization_admins');
  }
}
