import type { MigrationInterface, QueryRunner } from 'typeorm';
import { VOLUNTEER_REPLICA_SQL } from '../../kit/district/volunteers';
import { ADMIN_REPLICA_TABLE_SQL } from '../../kit/runtime/organization-admins';

/**
 * The inbox (issue 16.3) and the two replicas it reads at arrival and at read time: which account is which volunteer
 * (and the consents partner apps read by), and who administers each organization.
 *
 * An entry is addressed either to a volunteer (`volunteer_id`: the account is looked up when the inbox is read, so an
 * entry that arrives before the volunteer's profile, or after the volunteer changed account, still reaches them) or
 * to one admin account of an organization (`account_id`, fanned out when it arrives). `recipient_key` is that address
 * as one text, `v:<volunteer>` or `o:<organization>:<account>`, so a repeat of the same `dedupe_key` to the same
 * address is one entry. `seq` is the arrival order pages follow.
 */
export class Inbox1765300000000 implements MigrationInterface {
  name = 'Inbox1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(VOLUNTEER_REPLICA_SQL);
    await q.query(ADMIN_REPLICA_TABLE_SQL);
    await q.query(`CREATE TABLE notification (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      seq bigserial NOT NULL UNIQUE,
      recipient_key varchar(140) NOT NULL,
      volunteer_id uuid,
      organization_id uuid,
      account_id varchar(64),
      kind varchar(40) NOT NULL,
      params jsonb NOT NULL,
      title text NOT NULL,
      body text NOT NULL,
      project_id uuid,
      dedupe_key varchar(200) NOT NULL,
      created_at timestamptz NOT NULL,
      read_at timestamptz,
      CONSTRAINT notification_one_address CHECK ((volunteer_id IS NULL) <> (account_id IS NULL)),
      CONSTRAINT notification_once UNIQUE (recipient_key, dedupe_key)
    )`);
    await q.query('CREATE INDEX notification_of_volunteer ON notification (volunteer_id, seq DESC)');
    await q.query('CREATE INDEX notification_of_account ON notification (account_id, seq DESC)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE notification');
    await q.query('DROP TABLE organization_admins');
    await q.query('DROP TABLE volunteer_replica');
  }
}
