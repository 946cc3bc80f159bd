import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consent records (issue 11.2): one row per consent given to a recipient (a partner app, or the volunteer's
 * organizers) for purposes and kinds of data. Rows are history: never deleted, and a row's facts are never
 * rewritten; the moments that end or complete it (a guardian's agreement, the withdrawal or replacement) are
 * filled in once. At most one row per volunteer and recipient is in force (ACTIVE or PENDING_GUARDIAN).
 * `consents_version` numbers the volunteer's announcements of what is in force (`volunteer.consents`).
 * `guardian_account_id` is the account that confirmed being the guardian recorded at the child's registration.
 *
 * The old global switch (`share_with_partners`) is not turned into records: it named no app, and a consent must
 * name its recipient, so upgraded databases start with no app consent until the volunteer (or guardian) gives one.
 */
export class Consents1764900000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE consent (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      volunteer_id uuid NOT NULL REFERENCES volunteer(id),
      recipient varchar(16) NOT NULL CHECK (recipient IN ('APP', 'ORGANIZERS')),
      app_id varchar(64),
      purposes text[] NOT NULL,
      kinds text[] NOT NULL,
      status varchar(20) NOT NULL CHECK (status IN ('PENDING_GUARDIAN', 'ACTIVE', 'WITHDRAWN', 'REPLACED')),
      granted_at timestamptz NOT NULL DEFAULT now(),
      granted_by varchar(16) NOT NULL CHECK (granted_by IN ('VOLUNTEER', 'GUARDIAN')),
      guardian_agreed_at timestamptz,
      ended_at timestamptz,
      ended_by varchar(16) CHECK (ended_by IN ('VOLUNTEER', 'GUARDIAN')),
      CHECK ((recipient = 'APP') = (app_id IS NOT NULL))
    )`);
    await q.query('CREATE INDEX consent_volunteer ON consent (volunteer_id, granted_at DESC)');
    await q.query(`CREATE UNIQUE INDEX consent_in_force ON consent (volunteer_id, recipient, coalesce(app_id, ''))
      WHERE status IN ('ACTIVE', 'PENDING_GUARDIAN')`);
    await q.query(`ALTER TABLE volunteer ADD COLUMN consents_version bigint NOT NULL DEFAULT 0,
      ADD COLUMN guardian_account_id varchar(64), ADD COLUMN guardian_linked_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE volunteer DROP COLUMN consents_version, DROP COLUMN guardian_account_id,
      DROP COLUMN guardian_linked_at`);
    await q.query('DROP TABLE consent');
  }
}
