import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VOLUNTEER_REPLICA_SQL } from '../../kit/district/volunteers';

/**
 * The transport-hub service: posts at the hubs, slots on their rotas (a slot never holds more than its places:
 * the CHECK is the last line behind the conditional update) and the volunteers' shifts with check-in, check-out and
 * the hours between. No position is stored: checking in says "at my slot's post", not where the phone was.
 */
export class HubService1764900000000 implements MigrationInterface {
  name = 'HubService1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(VOLUNTEER_REPLICA_SQL);
    await q.query(`CREATE TABLE post (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      hub varchar(20) NOT NULL,
      name varchar(40) NOT NULL,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (hub, name)
    )`);
    await q.query(`CREATE TABLE slot (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      post_id uuid NOT NULL REFERENCES post (id),
      day date NOT NULL,
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
      capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 50),
      taken integer NOT NULL DEFAULT 0 CHECK (taken >= 0 AND taken <= capacity),
      created_by varchar(128) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query('CREATE INDEX slot_rota ON slot (post_id, day, starts_at)');
    await q.query(`CREATE TABLE shift (
      slot_id uuid NOT NULL REFERENCES slot (id),
      volunteer_id uuid NOT NULL,
      taken_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
      checked_in_at timestamptz,
      checked_out_at timestamptz,
      hours numeric(5,2) CHECK (hours >= 0),
      PRIMARY KEY (slot_id, volunteer_id),
      CHECK (checked_out_at IS NULL OR checked_in_at IS NOT NULL),
      CHECK ((checked_out_at IS NULL) = (hours IS NULL))
    )`);
    await q.query('CREATE INDEX shift_volunteer ON shift (volunteer_id, taken_at DESC, slot_id DESC)');
    await q.query(
      `UPDATE platform SET features = array_append(features, '情满旅途·枢纽服务岗') WHERE code = 'shuangliu'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE platform SET features = array_remove(features, '情满旅途·枢纽服务岗') WHERE code = 'shuangliu'`,
    );
    for (const t of ['shift', 'slot', 'post', 'volunteer_replica']) await q.query(`DROP TABLE ${t}`);
  }
}
