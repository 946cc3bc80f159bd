import { wellFormedIds } from '../../kit/runtime/ids';
import { one, rows, type Db } from '../../kit/runtime/sql';

/* Which projects Chenghua's admins mark as family-friendly, and the family announcements projects keep. */

export interface FamilyFriendlyRow {
  projectId: string;
  familyFriendly: boolean;
  version: number;
}

const MARK = 'project_id AS "projectId", family_friendly AS "familyFriendly", version';

/** Sets the mark, one version further; the row lock of the upsert orders concurrent marks of one project. */
export function saveFamilyFriendly(db: Db, projectId: string, familyFriendly: boolean): Promise<FamilyFriendlyRow> {
  return one(
    db,
    `INSERT INTO family_friendly (project_id, family_friendly) VALUES ($1, $2)
     ON CONFLICT (project_id) DO UPDATE SET family_friendly = EXCLUDED.family_friendly,
                                            version = family_friendly.version + 1
     RETURNING ${MARK}`,
    [projectId, familyFriendly],
  );
}

export function familyFriendlyOf(db: Db, projectIds: readonly string[]): Promise<FamilyFriendlyRow[]> {
  return rows(db, `SELECT ${MARK} FROM family_friendly WHERE project_id = ANY($1)`, [wellFormedIds(projectIds)]);
}

/**
 * The family's next version and its active members, guardian first. The UPDATE takes the family's row lock, so
 * announcements are numbered in the order the changes they report commit; the members are read by a second
 * statement, after the lock, so they include whatever the previous holder committed.
 */
export async function nextFamilyAnnouncement(
  db: Db,
  familyId: string,
): Promise<{ guardianId: string; memberIds: string[]; version: number }> {
  const f = await one<{ guardianId: string; version: number }>(
    db,
    'UPDATE family SET version = version + 1 WHERE id = $1 RETURNING guardian_id AS "guardianId", version',
    [familyId],
  );
  const members = await rows<{ id: string }>(
    db,
    `SELECT volunteer_id::text AS id FROM family_member WHERE family_id = $1 AND status = 'ACTIVE'
      ORDER BY role = 'GUARDIAN' DESC, added_at, volunteer_id`,
    [familyId],
  );
  return { ...f, memberIds: members.map((m) => m.id) };
}
