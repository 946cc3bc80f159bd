import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search by place and by taxonomy name.
 * - Each project's point (longitude, latitude) gets a GiST index with the built-in `point` type: a search near a
 *   place narrows to the box around its circle through it, then measures exact distances on those rows only.
 *   Built-in types and functions only, so it works alike on the machine's PostgreSQL and the embedded one.
 * - A keyword naming a subcategory selects by subcategory code alone, which the (category, subcategory) index
 *   cannot serve; it gets its own.
 */
export class SearchNear1764320000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE INDEX project_point_idx ON project USING gist (point(longitude::float8, latitude::float8))');
    await q.query('CREATE INDEX project_subcategory_idx ON project (subcategory_code)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX project_subcategory_idx');
    await q.query('DROP INDEX project_point_idx');
  }
}
