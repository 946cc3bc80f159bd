import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calendar feed tokens per holder: the volunteer's own ('') and one per partner app that read it for them (its app
 * id), so withdrawing an app's consent revokes the app's token while the volunteer's keeps working. Tokens issued so
 * far become the volunteer's own: which app, if any, read one was never recorded, so none is cut off by guessing.
 */
export class FeedHolders1764900000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE calendar_feed ADD COLUMN holder varchar(64) NOT NULL DEFAULT '',
      DROP CONSTRAINT calendar_feed_pkey, ADD PRIMARY KEY (volunteer_id, holder)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM calendar_feed WHERE holder <> ''`);
    await q.query(`ALTER TABLE calendar_feed DROP CONSTRAINT calendar_feed_pkey, DROP COLUMN holder,
      ADD PRIMARY KEY (volunteer_id)`);
  }
}
