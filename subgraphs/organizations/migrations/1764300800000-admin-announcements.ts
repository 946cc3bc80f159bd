import type { MigrationInterface, QueryRunner } from 'typeorm';
import { emit } from '../../kit/runtime/event-catalogue';

/**
 * Other subgraphs now check org-admin tokens against a replica of the admin lists, so every change to a list is
 * announced with a version that only grows. Lists that exist already were never announced: announce each once.
 */
export class AdminAnnouncements1764300800000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE organization ADD COLUMN admins_version integer NOT NULL DEFAULT 0');
    const lists: { organization_id: string; account_ids: string[] }[] = await q.query(
      `SELECT organization_id, array_agg(account_id ORDER BY account_id) AS account_ids FROM organization_admin
       GROUP BY organization_id ORDER BY organization_id`,
    );
    for (const l of lists) {
      await q.query('UPDATE organization SET admins_version = 1 WHERE id = $1', [l.organization_id]);
      await emit(q.manager, 'organization.admins', {
        organizationId: l.organization_id,
        accountIds: l.account_ids,
        version: 1,
      });
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE organization DROP COLUMN admins_version');
  }
}
