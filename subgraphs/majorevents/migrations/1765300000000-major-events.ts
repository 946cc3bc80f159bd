import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VOLUNTEER_REPLICA_SQL } from '../../kit/district/volunteers';
import { ADMIN_REPLICA_TABLE_SQL } from '../../kit/runtime/organization-admins';

/**
 * Major events (issue 17.1): the event, its needs rounds and units' needs, roles with places, applications,
 * training, shifts and deployments; and the replicas this subgraph acts on (volunteers, organization admin lists,
 * organizations' standing, training records, specialist teams' members). Places are counters on their row, with a
 * CHECK, so a selection or deployment past the last place fails in the database whatever the interleaving.
 */
export class MajorEvents1765300000000 implements MigrationInterface {
  name = 'MajorEvents1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(VOLUNTEER_REPLICA_SQL);
    await q.query(ADMIN_REPLICA_TABLE_SQL);
    await q.query(`CREATE TABLE organization_standing (
      organization_id uuid PRIMARY KEY,
      name varchar(120) NOT NULL,
      district_code varchar(32) NOT NULL
    )`);
    await q.query(`CREATE TABLE training_record (
      volunteer_id uuid NOT NULL,
      course_code varchar(40) NOT NULL,
      completed_on date NOT NULL,
      PRIMARY KEY (volunteer_id, course_code)
    )`);
    await q.query(`CREATE TABLE team_roster (
      team_id uuid PRIMARY KEY,
      organization_id uuid NOT NULL,
      member_ids uuid[] NOT NULL,
      version integer NOT NULL
    )`);
    await q.query(`CREATE TABLE major_event (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name varchar(120) NOT NULL,
      kind varchar(16) NOT NULL,
      starts_on date NOT NULL,
      ends_on date NOT NULL CHECK (ends_on >= starts_on),
      venue varchar(200) NOT NULL,
      district_code varchar(32) NOT NULL,
      host_organization_id uuid,
      campaign_code varchar(40),
      created_by varchar(64) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query('CREATE INDEX major_event_starts ON major_event (starts_on, id)');
    await q.query('CREATE INDEX major_event_host ON major_event (host_organization_id)');
    await q.query('CREATE INDEX major_event_district ON major_event (district_code)');
    await q.query(`CREATE TABLE needs_round (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      event_id uuid NOT NULL REFERENCES major_event(id),
      title varchar(80) NOT NULL,
      deadline timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query('CREATE INDEX needs_round_event ON needs_round (event_id)');
    await q.query(`CREATE TABLE role_need (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      round_id uuid NOT NULL REFERENCES needs_round(id),
      event_id uuid NOT NULL REFERENCES major_event(id),
      organization_id uuid NOT NULL,
      role_kind varchar(16) NOT NULL,
      places integer NOT NULL CHECK (places > 0),
      note varchar(300),
      submitted_by varchar(64) NOT NULL,
      submitted_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (round_id, organization_id, role_kind)
    )`);
    await q.query('CREATE INDEX role_need_organization ON role_need (organization_id, submitted_at)');
    await q.query(`CREATE TABLE event_role (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      event_id uuid NOT NULL REFERENCES major_event(id),
      name varchar(60) NOT NULL,
      kind varchar(16) NOT NULL,
      description varchar(1000) NOT NULL DEFAULT '',
      places integer NOT NULL CHECK (places > 0),
      selected_count integer NOT NULL DEFAULT 0 CHECK (selected_count >= 0 AND selected_count <= places),
      required_course varchar(40),
      UNIQUE (event_id, name)
    )`);
    await q.query(`CREATE TABLE application (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      role_id uuid NOT NULL REFERENCES event_role(id),
      event_id uuid NOT NULL REFERENCES major_event(id),
      volunteer_id uuid NOT NULL,
      skills varchar(40)[] NOT NULL DEFAULT '{}',
      languages varchar(40)[] NOT NULL DEFAULT '{}',
      availability varchar(300) NOT NULL DEFAULT '',
      status varchar(12) NOT NULL,
      reason varchar(300),
      team_id uuid,
      applied_at timestamptz NOT NULL DEFAULT now(),
      decided_at timestamptz,
      UNIQUE (role_id, volunteer_id)
    )`);
    await q.query('CREATE INDEX application_event ON application (event_id, applied_at, id)');
    await q.query('CREATE INDEX application_volunteer ON application (volunteer_id)');
    await q.query(`CREATE TABLE training_session (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      event_id uuid NOT NULL REFERENCES major_event(id),
      title varchar(80) NOT NULL,
      course_code varchar(40),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
      study_hours numeric(5,2) NOT NULL
    )`);
    await q.query('CREATE INDEX training_session_event ON training_session (event_id)');
    await q.query(`CREATE TABLE attendance (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      session_id uuid NOT NULL REFERENCES training_session(id),
      volunteer_id uuid NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (session_id, volunteer_id)
    )`);
    await q.query(`CREATE TABLE event_shift (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      event_id uuid NOT NULL REFERENCES major_event(id),
      role_id uuid REFERENCES event_role(id),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
      places integer NOT NULL CHECK (places > 0),
      deployed_count integer NOT NULL DEFAULT 0 CHECK (deployed_count >= 0 AND deployed_count <= places)
    )`);
    await q.query('CREATE INDEX event_shift_event ON event_shift (event_id, starts_at)');
    await q.query(`CREATE TABLE deployment (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      shift_id uuid NOT NULL REFERENCES event_shift(id),
      event_id uuid NOT NULL REFERENCES major_event(id),
      volunteer_id uuid NOT NULL,
      hours numeric(5,2),
      deployed_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (shift_id, volunteer_id)
    )`);
    await q.query('CREATE INDEX deployment_event ON deployment (event_id)');
    await q.query('CREATE INDEX deployment_volunteer ON deployment (volunteer_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'deployment',
      'event_shift',
      'attendance',
      'training_session',
      'application',
      'event_role',
      'role_need',
      'needs_round',
      'major_event',
      'team_roster',
      'training_record',
      'organization_standing',
      'organization_admins',
      'volunteer_replica',
    ])
      await q.query(`DROP TABLE ${table}`);
  }
}
