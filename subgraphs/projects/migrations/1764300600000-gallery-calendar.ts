import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Project photos (项目剪影) and volunteers' secret calendar-feed tokens. */
export class GalleryCalendar1764300600000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE project_photo (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      project_id uuid NOT NULL REFERENCES project(id),
      image_url varchar(500) NOT NULL,
      caption varchar(200) NOT NULL DEFAULT '',
      taken_at timestamptz,
      taken_by varchar(40) NOT NULL DEFAULT '',
      added_by varchar(128) NOT NULL,
      hidden boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`);
    await q.query('CREATE INDEX project_photo_project_idx ON project_photo (project_id, created_at DESC)');
    // One feed per volunteer; rotating replaces the token, so an old subscription link stops working.
    await q.query(`CREATE TABLE calendar_feed (
      volunteer_id uuid PRIMARY KEY,
      token varchar(64) NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE calendar_feed');
    await q.query('DROP TABLE project_photo');
  }
}
