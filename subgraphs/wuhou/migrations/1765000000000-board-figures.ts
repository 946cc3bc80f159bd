import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The city's statistics read the needs posted and the needs done in a range of days (Statistics.wuhou). */
export class BoardFigures1765000000000 implements MigrationInterface {
  name = 'BoardFigures1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX need_posted ON need (posted_at)');
    await q.query(`CREATE INDEX need_done ON need (done_at) WHERE status = 'DONE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX need_done');
    await q.query('DROP INDEX need_posted');
  }
}
