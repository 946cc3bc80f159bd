import { wellFormedIds } from '../../kit/runtime/ids';
import { exec, maybeOne, one, rows, type Db } from '../../kit/runtime/sql';

/* Chenghua's families, their members and the confirmed hours behind their combined figure. */

export interface FamilyRow {
  id: string;
  name: string;
  guardianId: string;
  members: number;
}

export interface MemberRow {
  volunteerId: string;
  familyId: string;
  role: 'GUARDIAN' | 'ADULT' | 'CHILD';
  status: 'INVITED' | 'ACTIVE';
  joinedOn: string | null;
}

const FAMILY = 'id, name, guardian_id AS "guardianId", members';
const MEMBER = `volunteer_id AS "volunteerId", family_id AS "familyId", role, status, joined_on::text AS "joinedOn"`;

/**
 * The family and its guardian's membership, or null when the guardian already belongs to a family (the caller's
 * transaction then rolls back whatever was written).
 */
export async function insertFamily(db: Db, name: string, guardianId: string): Promise<FamilyRow | null> {
  const family = await maybeOne<FamilyRow>(
    db,
    `INSERT INTO family (name, guardian_id) SELECT $1, $2
      WHERE NOT EXISTS (SELECT 1 FROM family_member WHERE volunteer_id = $2)
     ON CONFLICT (guardian_id) DO NOTHING RETURNING ${FAMILY}`,
    [name, guardianId],
  );
  if (!family) return null;
  const joined = await exec(
    db,
    `INSERT INTO family_member (volunteer_id, family_id, role, status, joined_on)
     VALUES ($1, $2, 'GUARDIAN', 'ACTIVE', (now() AT TIME ZONE 'Asia/Shanghai')::date) ON CONFLICT DO NOTHING`,
    [guardianId, family.id],
  );
  return joined ? family : null;
}

export function familiesByIds(db: Db, ids: readonly string[]): Promise<FamilyRow[]> {
  return rows(db, `SELECT ${FAMILY} FROM family WHERE id = ANY($1)`, [wellFormedIds(ids)]);
}

export function lockFamily(db: Db, id: string): Promise<FamilyRow | null> {
  return maybeOne(db, `SELECT ${FAMILY} FROM family WHERE id = $1 FOR UPDATE`, [id]);
}

export function membershipOf(db: Db, volunteerId: string): Promise<MemberRow | null> {
  return maybeOne(db, `SELECT ${MEMBER} FROM family_member WHERE volunteer_id = $1`, [volunteerId]);
}

/**
 * Adds a member on the family's locked row: never past the cap, never a volunteer of another family (their
 * primary key). Null when they already belong to a family; 'FULL' when the family has no room.
 */
export async function addMember(
  db: Db,
  familyId: string,
  volunteerId: string,
  role: 'ADULT' | 'CHILD',
  active: boolean,
  cap: number,
): Promise<MemberRow | 'FULL' | null> {
  const room = await exec(db, 'UPDATE family SET members = members + 1 WHERE id = $1 AND members < $2', [
    familyId,
    cap,
  ]);
  if (!room) return 'FULL';
  const member = await maybeOne<MemberRow>(
    db,
    `INSERT INTO family_member (volunteer_id, family_id, role, status, joined_on)
     VALUES ($1, $2, $3, $4::varchar,
             CASE WHEN $4::varchar = 'ACTIVE' THEN (now() AT TIME ZONE 'Asia/Shanghai')::date END)
     ON CONFLICT DO NOTHING RETURNING ${MEMBER}`,
    [volunteerId, familyId, role, active ? 'ACTIVE' : 'INVITED'],
  );
  if (!member) await exec(db, 'UPDATE family SET members = members - 1 WHERE id = $1', [familyId]);
  return member;
}

/** The invitee accepts: active from today. Null when there was no invitation to accept. */
export function acceptInvite(db: Db, volunteerId: string, familyId: string): Promise<MemberRow | null> {
  return maybeOne(
    db,
    `UPDATE family_member SET status = 'ACTIVE', joined_on = (now() AT TIME ZONE 'Asia/Shanghai')::date
      WHERE volunteer_id = $1 AND family_id = $2 AND status = 'INVITED' RETURNING ${MEMBER}`,
    [volunteerId, familyId],
  );
}

/** Members of many families, guardian first, then in the order they were added. */
export function membersOf(db: Db, familyIds: readonly string[]): Promise<MemberRow[]> {
  return rows(
    db,
    `SELECT ${MEMBER} FROM family_member WHERE family_id = ANY($1)
      ORDER BY family_id, role = 'GUARDIAN' DESC, added_at, volunteer_id`,
    [wellFormedIds(familyIds)],
  );
}

/** Combined confirmed hours of each family's active members, each from the day they joined. */
export function familyHours(db: Db, familyIds: readonly string[]): Promise<{ familyId: string; hours: number }[]> {
  return rows(
    db,
    `SELECT m.family_id AS "familyId", coalesce(sum(r.hours), 0)::float8 AS hours
       FROM family_member m
       LEFT JOIN record_hours r ON r.volunteer_id = m.volunteer_id AND r.served_on >= m.joined_on
      WHERE m.family_id = ANY($1) AND m.status = 'ACTIVE'
      GROUP BY m.family_id`,
    [wellFormedIds(familyIds)],
  );
}

/** A record's hours, replaced when a correction announces it again. */
export function saveRecordHours(
  db: Db,
  r: { recordId: string; volunteerId: string; servedOn: string; hours: number },
): Promise<number> {
  return exec(
    db,
    `INSERT INTO record_hours (record_id, volunteer_id, served_on, hours) VALUES ($1, $2, $3, $4)
     ON CONFLICT (record_id) DO UPDATE SET hours = EXCLUDED.hours`,
    [r.recordId, r.volunteerId, r.servedOn, r.hours],
  );
}

export const oneFamily = (db: Db, id: string) => one<FamilyRow>(db, `SELECT ${FAMILY} FROM family WHERE id = $1`, [id]);
