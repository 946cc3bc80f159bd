import type { MigrationInterface, QueryRunner } from 'typeorm';
import categories from '../../kit/city/data/service-categories.json';
import subcategories from '../data/subcategories.json';

/**
 * The service taxonomy (10 categories, 133 subcategories) is reference data every deployment needs, not demo data,
 * so a migration loads it from the data files; a later change to the files comes with a new migration.
 */
export class Taxonomy1764300200000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE service_category (
      code varchar(32) PRIMARY KEY,
      name varchar(40) NOT NULL,
      position int NOT NULL
    )`);
    await q.query(`CREATE TABLE service_subcategory (
      code varchar(64) PRIMARY KEY,
      category_code varchar(32) NOT NULL REFERENCES service_category(code),
      name varchar(40) NOT NULL,
      position int NOT NULL
    )`);
    await q.query(
      `INSERT INTO service_category (code, name, position) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`,
      [categories.map((c) => c.code), categories.map((c) => c.name), categories.map((_, i) => i)],
    );
    await q.query(
      `INSERT INTO service_subcategory (code, category_code, name, position) SELECT *
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[])`,
      [
        subcategories.map((s) => s.code),
        subcategories.map((s) => s.categoryCode),
        subcategories.map((s) => s.name),
        subcategories.map((_, i) => i),
      ],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE service_subcategory');
    await q.query('DROP TABLE service_category');
  }
}
