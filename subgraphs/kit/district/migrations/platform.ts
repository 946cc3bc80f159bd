import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { PlatformEntity } from '../platform.entity';

/** The first migration of every district: its platform row. The class is per district only in its data. */
export function platformMigration(row: Omit<PlatformEntity, never>): new () => MigrationInterface {
  return class DistrictPlatform1764300000000 implements MigrationInterface {
    name = 'DistrictPlatform1764300000000';
    async up(q: QueryRunner): Promise<void> {
      await q.query(`CREATE TABLE platform (
        code varchar(32) PRIMARY KEY,
        title varchar(40) NOT NULL,
        slogan varchar(120) NOT NULL,
        launched_on date NOT NULL,
        features text[] NOT NULL DEFAULT '{}'
      )`);
      await q.query('INSERT INTO platform (code, title, slogan, launched_on, features) VALUES ($1, $2, $3, $4, $5)', [
        row.code,
        row.title,
        row.slogan,
        row.launchedOn,
        row.features,
      ]);
    }
    async down(q: QueryRunner): Promise<void> {
      await q.query('DROP TABLE platform');
    }
  };
}
