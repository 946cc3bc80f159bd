import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keyword search at city size (issue 14): each project's and organization's `short_grams` stored in a column of its
 * own, instead of only in an expression index.
 *
 * The expression indexes answered a rare word well, but the planner is free to evaluate `short_grams(search_text)`
 * row by row instead, and does whenever a word is common: 服务 is in every seeded project's description, so it chose
 * a (parallel) sequential scan computing the grams of 48,000 texts, about 0.2 ms each: 6.3 s for one search page and
 * as long again for its count. An organization's name went the same way (2,000 names, 80–120 ms per statement).
 * Stored, the grams are computed once per write, and every plan the planner picks is cheap: walking projects in
 * their listing order and testing each row's array until a page is full (1–10 ms for common words), or the GIN
 * index for rare ones. They also have statistics of their own (most common elements), so the planner knows which
 * words are common.
 *
 * Deploying it rewrites both tables (ALTER TABLE ... ADD COLUMN ... STORED holds an ACCESS EXCLUSIVE lock while it
 * computes every row's grams): 21–27 s for 48,000 projects on the 2-core test machine under load, during which
 * projects can be neither read nor written; 0.4 s for 2,000 organizations. Run it outside the busy hours. The
 * project row grows by about 1 kB (its grams), so the table is about 2.5 times as large (30 MB to 75 MB at city size).
 * IF NOT EXISTS throughout: a database tuned by hand while measuring this gets the same result.
 */
export class SearchGrams1765400000010 implements MigrationInterface {
  name = 'SearchGrams1765400000010';

  async up(q: QueryRunner): Promise<void> {
    // The same text as search_text (a generated column cannot read another generated column).
    await q.query(`ALTER TABLE project ADD COLUMN IF NOT EXISTS search_grams text[]
      GENERATED ALWAYS AS (short_grams(lower(title || ' ' || description))) STORED`);
    await q.query(`ALTER TABLE organization_standing ADD COLUMN IF NOT EXISTS search_grams text[]
      GENERATED ALWAYS AS (short_grams(lower(name))) STORED`);
    await q.query('CREATE INDEX IF NOT EXISTS project_grams_idx ON project USING gin (search_grams)');
    await q.query(`CREATE INDEX IF NOT EXISTS organization_standing_name_grams_idx
      ON organization_standing USING gin (search_grams)`);
    // The expression indexes no longer match any statement; every write would still pay for them.
    await q.query('DROP INDEX IF EXISTS project_search_grams_idx');
    await q.query('DROP INDEX IF EXISTS organization_standing_grams_idx');
    await q.query('ANALYZE project');
    await q.query('ANALYZE organization_standing');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE INDEX IF NOT EXISTS project_search_grams_idx ON project USING gin (short_grams(search_text))',
    );
    await q.query(`CREATE INDEX IF NOT EXISTS organization_standing_grams_idx
      ON organization_standing USING gin (short_grams(search_name))`);
    await q.query('ALTER TABLE organization_standing DROP COLUMN search_grams');
    await q.query('ALTER TABLE project DROP COLUMN search_grams');
  }
}
