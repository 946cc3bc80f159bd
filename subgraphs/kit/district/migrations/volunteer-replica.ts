import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Migrations of the kit's volunteer replica (volunteers.ts) that a district lists after its own. */

/**
 * Adds the version of the hours total to replicas created before versions existed (a district whose migrations
 * created `volunteer_replica` then lists this one after them; a fresh table already has it). Rows kept so far start
 * at 0, below the first versioned total.
 */
export class ReplicaHoursVersion1764310000000 implements MigrationInterface {
  name = 'ReplicaHoursVersion1764310000000';
  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE volunteer_replica ADD COLUMN IF NOT EXISTS hours_version bigint NOT NULL DEFAULT 0');
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE volunteer_replica DROP COLUMN hours_version');
  }
}

/**
 * Gives replicas created before the city had one shape (Pidu's and Xinjin's) the eligibility columns every replica
 * now has; a fresh table already has them. They stay empty there: those districts do not keep birth dates.
 */
export class ReplicaOneShape1764700000000 implements MigrationInterface {
  name = 'ReplicaOneShape1764700000000';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE volunteer_replica ADD COLUMN IF NOT EXISTS birth_date date,
      ADD COLUMN IF NOT EXISTS skills text[] NOT NULL DEFAULT '{}'`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE volunteer_replica DROP COLUMN birth_date, DROP COLUMN skills');
  }
}

/**
 * Gives replicas created before consent was kept (every subgraph's, as the previous releases left them) the
 * volunteer's consent to sharing with partner apps; a fresh table already has it. Rows kept so far start without
 * consent: nothing is shared with a partner app until the volunteers subgraph announces the consent (the next
 * `volunteer.profile`, which every edit of the registration sends).
 */
export class ReplicaPartnerConsent1764800000000 implements MigrationInterface {
  name = 'ReplicaPartnerConsent1764800000000';
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE volunteer_replica ADD COLUMN IF NOT EXISTS share_with_partners boolean NOT NULL DEFAULT false',
    );
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE volunteer_replica DROP COLUMN share_with_partners');
  }
}

/**
 * Gives every replica (whichever release created it) the consents in force and their version, from the
 * `volunteer.consents` event; a fresh table already has them. Rows kept so far start with none, version 0: no app
 * reads anything until the volunteers subgraph announces a consent. The old global switch is not carried over: it
 * named no app, so no app's consent can be read from it.
 */
export class ReplicaConsents1764900000000 implements MigrationInterface {
  name = 'ReplicaConsents1764900000000';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE volunteer_replica ADD COLUMN IF NOT EXISTS consents jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN IF NOT EXISTS consents_version bigint NOT NULL DEFAULT 0`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE volunteer_replica DROP COLUMN consents, DROP COLUMN consents_version');
  }
}
