import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VOLUNTEER_REPLICA_SQL } from '../../kit/district/volunteers';

/**
 * The emergency standby roster: members with their skills and weekly windows, alerts that count their own answers
 * (so the figures need no count over offers, and the fill check reads one locked row), and one offer per member and
 * alert. The CHECKs are the last line behind the actions: an alert never holds more acceptances than it needs.
 */
export class StandbyRoster1764900000000 implements MigrationInterface {
  name = 'StandbyRoster1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(VOLUNTEER_REPLICA_SQL);
    await q.query(`CREATE TABLE standby_member (
      volunteer_id uuid PRIMARY KEY,
      skills text[] NOT NULL CHECK (cardinality(skills) BETWEEN 1 AND 5),
      joined_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query('CREATE INDEX standby_member_skills ON standby_member USING gin (skills)');
    // Minutes of the day, Chengdu time; a window never crosses midnight (two windows do).
    await q.query(`CREATE TABLE standby_window (
      volunteer_id uuid NOT NULL REFERENCES standby_member (volunteer_id) ON DELETE CASCADE,
      weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
      from_minute smallint NOT NULL CHECK (from_minute BETWEEN 0 AND 1410),
      to_minute smallint NOT NULL CHECK (to_minute BETWEEN 30 AND 1440),
      CHECK (to_minute > from_minute),
      PRIMARY KEY (volunteer_id, weekday, from_minute)
    )`);
    await q.query('CREATE INDEX standby_window_when ON standby_window (weekday, from_minute, to_minute)');
    await q.query(`CREATE TABLE alert (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      skill varchar(20) NOT NULL,
      place varchar(60) NOT NULL,
      starts_at timestamptz NOT NULL,
      needed integer NOT NULL CHECK (needed BETWEEN 1 AND 200),
      note varchar(300) NOT NULL DEFAULT '',
      status varchar(12) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'FILLED', 'CANCELLED')),
      offered_count integer NOT NULL CHECK (offered_count >= 0),
      accepted_count integer NOT NULL DEFAULT 0 CHECK (accepted_count >= 0 AND accepted_count <= needed),
      declined_count integer NOT NULL DEFAULT 0 CHECK (declined_count >= 0),
      raised_by varchar(128) NOT NULL,
      raised_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
      filled_at timestamptz,
      cancelled_at timestamptz,
      CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL)),
      CHECK ((status = 'FILLED') <= (filled_at IS NOT NULL AND accepted_count = needed))
    )`);
    await q.query('CREATE INDEX alert_list ON alert (raised_at DESC, id DESC)');
    await q.query(`CREATE TABLE alert_offer (
      alert_id uuid NOT NULL REFERENCES alert (id),
      volunteer_id uuid NOT NULL,
      status varchar(12) NOT NULL DEFAULT 'OFFERED' CHECK (status IN ('OFFERED', 'ACCEPTED', 'DECLINED')),
      offered_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
      answered_at timestamptz,
      PRIMARY KEY (alert_id, volunteer_id)
    )`);
    await q.query('CREATE INDEX alert_offer_member ON alert_offer (volunteer_id, offered_at DESC, alert_id DESC)');
    // The platform record lists what the district runs; an installed platform gains the roster here.
    await q.query(`UPDATE platform SET features = array_append(features, '应急待命库') WHERE code = 'jinniu'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE platform SET features = array_remove(features, '应急待命库') WHERE code = 'jinniu'`);
    for (const t of ['alert_offer', 'alert', 'standby_window', 'standby_member', 'volunteer_replica'])
      await q.query(`DROP TABLE ${t}`);
  }
}
