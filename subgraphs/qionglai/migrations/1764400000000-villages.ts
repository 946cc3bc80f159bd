import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Villages and communities, project tags, and the facts about projects this district learns from the city. */
export class Villages1764400000000 implements MigrationInterface {
  name = 'Villages1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE place (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name varchar(40) NOT NULL,
      town varchar(40) NOT NULL,
      kind varchar(16) NOT NULL CHECK (kind IN ('VILLAGE', 'COMMUNITY')),
      UNIQUE (town, name)
    )`);
    await q.query(`CREATE TABLE project_tag (
      project_id uuid PRIMARY KEY,
      place_id uuid NOT NULL REFERENCES place(id),
      theme varchar(32) NOT NULL CHECK (theme IN ('AGRICULTURE', 'ELDERLY_LEFT_BEHIND', 'CHILDREN_LEFT_BEHIND',
      'HERITAGE')),
      tagged_by varchar(128) NOT NULL,
      -- Milliseconds, so a cursor carried as an ISO timestamp compares exactly.
      tagged_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
    )`);
    await q.query('CREATE INDEX project_tag_place ON project_tag (place_id, tagged_at DESC, project_id DESC)');
    // A project's district as the city told us (service.confirmed events, and the gateway's @requires
    // representations): there is no project event, and another subgraph's tables are never read.
    await q.query(`CREATE TABLE project_district (
      project_id uuid PRIMARY KEY,
      district_code varchar(32) NOT NULL,
      learned_at timestamptz NOT NULL DEFAULT now()
    )`);
    // Confirmed hours per service record; a correction resends the record, which replaces its hours.
    await q.query(`CREATE TABLE service_hours (
      record_id uuid PRIMARY KEY,
      project_id uuid NOT NULL,
      volunteer_id uuid NOT NULL,
      hours numeric(6, 2) NOT NULL CHECK (hours >= 0)
    )`);
    await q.query('CREATE INDEX service_hours_project ON service_hours (project_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE service_hours');
    await q.query('DROP TABLE project_district');
    await q.query('DROP TABLE project_tag');
    await q.query('DROP TABLE place');
  }
}
