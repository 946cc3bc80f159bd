import type { MigrationInterface, QueryRunner } from 'typeorm';
import { announceFamily } from '../actions/announce';

/**
 * Signing up together: a family's version, grown on every change so its announcements to projects are ordered, and
 * the projects Chenghua's admins mark as family-friendly (any project of the city: families go where they are
 * welcome), with the version of each mark. Families that exist already were never announced: announce each once.
 */
export class FamilySignUps1764970000000 implements MigrationInterface {
  name = 'FamilySignUps1764970000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE family ADD COLUMN version integer NOT NULL DEFAULT 0');
    await q.query(`CREATE TABLE family_friendly (
      project_id uuid PRIMARY KEY,
      family_friendly boolean NOT NULL,
      version integer NOT NULL DEFAULT 1
    )`);
    const families: { id: string }[] = await q.query('SELECT id FROM family ORDER BY id');
    for (const f of families) await announceFamily(q.manager, f.id);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE family_friendly');
    await q.query('ALTER TABLE family DROP COLUMN version');
  }
}
