import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VOLUNTEER_REPLICA_SQL } from '../../kit/district/volunteers';

/**
 * Volunteer families: a family headed by its guardian, its members (one family per volunteer: the primary key),
 * and the confirmed hours of the city's records, kept per record so a correction replaces its hours and a family
 * counts a member's hours from the day they joined.
 */
export class Families1764960000000 implements MigrationInterface {
  name = 'Families1764960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(VOLUNTEER_REPLICA_SQL);
    await q.query(`CREATE TABLE family (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name varchar(20) NOT NULL,
      guardian_id uuid NOT NULL UNIQUE,
      members integer NOT NULL DEFAULT 1 CHECK (members BETWEEN 1 AND 8),
      created_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`);
    await q.query(`CREATE TABLE family_member (
      volunteer_id uuid PRIMARY KEY,
      family_id uuid NOT NULL REFERENCES family (id),
      role varchar(8) NOT NULL CHECK (role IN ('GUARDIAN', 'ADULT', 'CHILD')),
      status varchar(8) NOT NULL CHECK (status IN ('INVITED', 'ACTIVE')),
      joined_on date,
      added_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      CHECK ((status = 'ACTIVE') = (joined_on IS NOT NULL))
    )`);
    await q.query('CREATE INDEX family_member_family ON family_member (family_id, added_at, volunteer_id)');
    await q.query(`CREATE TABLE record_hours (
      record_id uuid PRIMARY KEY,
      volunteer_id uuid NOT NULL,
      served_on date NOT NULL,
      hours numeric(6,2) NOT NULL CHECK (hours >= 0)
    )`);
    await q.query('CREATE INDEX record_hours_volunteer ON record_hours (volunteer_id, served_on)');
    await q.query(`UPDATE platform SET features = array_append(features, '志愿家庭') WHERE code = 'chenghua'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE platform SET features = array_remove(features, '志愿家庭') WHERE code = 'chenghua'`);
    for (const t of ['record_hours', 'family_member', 'family', 'volunteer_replica']) await q.query(`DROP TABLE ${t}`);
  }
}
