import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The version of a team's announced member list (`team.members`): it grows with every change of who is an active
 * member, so a consumer keeps the newest list whatever order the announcements arrive in. 0: never announced.
 */
export class TeamMembersVersion1765300000000 implements MigrationInterface {
  name = 'TeamMembersVersion1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE team ADD COLUMN members_version integer NOT NULL DEFAULT 0');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE team DROP COLUMN members_version');
  }
}
