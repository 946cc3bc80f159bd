import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The version of each volunteer's last `volunteer.organizations` announcement (the organizers they signed up with). */
export class OrganizerAnnouncements1764900100000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE TABLE organizer_announcement (volunteer_id uuid PRIMARY KEY, version bigint NOT NULL)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE organizer_announcement');
  }
}
