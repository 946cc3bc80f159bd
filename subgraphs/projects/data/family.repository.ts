import type { EventPayload } from '../../kit/runtime/event-catalogue';
import { exec, maybeOne, type Db } from '../../kit/runtime/sql';

/* What projects keeps of Chenghua's families: which projects take family sign-ups, and each family's members. */

/** Keeps the mark with the highest version seen, so delivery order does not matter. */
export function saveFamilyFriendly(db: Db, p: EventPayload<'project.family-friendly'>): Promise<number> {
  return exec(
    db,
    `INSERT INTO family_friendly_project (project_id, family_friendly, version) VALUES ($1, $2, $3)
     ON CONFLICT (project_id) DO UPDATE SET family_friendly = EXCLUDED.family_friendly, version = EXCLUDED.version
      WHERE family_friendly_project.version < EXCLUDED.version`,
    [p.projectId, p.familyFriendly, p.version],
  );
}

/** Keeps the family's announcement with the highest version seen. */
export function saveFamily(db: Db, p: EventPayload<'family.members'>): Promise<number> {
  return exec(
    db,
    `INSERT INTO family_replica (family_id, guardian_id, member_ids, version) VALUES ($1, $2, $3::uuid[], $4)
     ON CONFLICT (family_id) DO UPDATE
       SET guardian_id = EXCLUDED.guardian_id, member_ids = EXCLUDED.member_ids, version = EXCLUDED.version
      WHERE family_replica.version < EXCLUDED.version`,
    [p.familyId, p.guardianId, p.memberIds, p.version],
  );
}

export async function isFamilyFriendly(db: Db, projectId: string): Promise<boolean> {
  const row = await maybeOne<{ ok: boolean }>(
    db,
    'SELECT family_friendly AS ok FROM family_friendly_project WHERE project_id = $1',
    [projectId],
  );
  return row?.ok ?? false;
}

/** The members (guardian included) of the family this volunteer is guardian of; null when they head none. */
export async function familyOfGuardian(db: Db, guardianId: string): Promise<string[] | null> {
  const row = await maybeOne<{ memberIds: string[] }>(
    db,
    'SELECT member_ids::text[] AS "memberIds" FROM family_replica WHERE guardian_id = $1',
    [guardianId],
  );
  return row?.memberIds ?? null;
}
