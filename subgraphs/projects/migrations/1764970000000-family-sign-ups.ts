import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Families signing up together: which projects accept them and who each family is, both as Chenghua announces
 * them (`project.family-friendly`, `family.members`), each with the version that keeps a late announcement out.
 */
export class FamilySignUps1764970000000 implements MigrationInterface {
  name = 'FamilySignUps1764970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE family_friendly_project (
      project_id uuid PRIMARY KEY,
      family_friendly boolean NOT NULL,
      version integer NOT NULL
    )`);
    await q.query(`CREATE TABLE family_replica (
      family_id uuid PRIMARY KEY,
      guardian_id uuid NOT NULL,
      member_ids uuid[] NOT NULL,
      version integer NOT NULL
    )`);
    await q.query('CREATE INDEX family_replica_guardian ON family_replica (guardian_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE family_replica');
    await q.query('DROP TABLE family_friendly_project');
  }
}
