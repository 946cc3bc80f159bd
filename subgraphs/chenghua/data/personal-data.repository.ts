import type { DataSource, EntityManager } from 'typeorm';
import { exec, maybeOne, rows } from '../../kit/runtime/sql';
import { lockFamily, membershipOf } from './family.repository';

/**
 * What Chenghua holds about one person (issue 11.3): their family membership or pending invitation, the family they
 * lead as guardian (its members are listed to them in `myFamily` too), and the confirmed hours kept for families.
 */
export async function chenghuaDataOf(db: DataSource, volunteerId: string) {
  const [own, led, recordHours] = await Promise.all([
    maybeOne<{ status: string }>(
      db,
      `SELECT m.family_id AS "familyId", f.name AS "familyName", m.role, m.status, m.joined_on::text AS "joinedOn",
              m.added_at AS "addedAt"
         FROM family_member m JOIN family f ON f.id = m.family_id WHERE m.volunteer_id = $1`,
      [volunteerId],
    ),
    maybeOne(
      db,
      `SELECT f.id, f.name, f.created_at AS "createdAt",
              json_agg(json_build_object('volunteerId', m.volunteer_id, 'role', m.role, 'status', m.status,
                                         'joinedOn', m.joined_on) ORDER BY m.added_at, m.volunteer_id) AS members
         FROM family f JOIN family_member m ON m.family_id = f.id WHERE f.guardian_id = $1 GROUP BY f.id`,
      [volunteerId],
    ),
    rows(
      db,
      `SELECT record_id AS "recordId", served_on::text AS "servedOn", hours::float8 AS hours
         FROM record_hours WHERE volunteer_id = $1 ORDER BY served_on, record_id`,
      [volunteerId],
    ),
  ]);
  // One row per volunteer: either they are in a family or invited to one.
  const membership = own?.status === 'ACTIVE' ? own : null;
  const invitations = own?.status === 'INVITED' ? [own] : [];
  return { membership, invitations, familyLed: led, recordHours };
}

/**
 * Deregistration: the person leaves their family, or their pending invitation is cancelled. A guardian's family is
 * dissolved: its children joined on this guardian's consent, which leaves with them, no other adult agreed to be
 * guardian, and Chenghua has no way to notify members to settle it; anyone may found a family anew. The family's
 * row is locked first, as additions do, so its member count moves in line with them. The hours kept for family
 * totals go too: nothing here counts them once the person is in no family. Returns the family a member left (the
 * caller announces its new membership), else null.
 */
export async function eraseChenghuaPerson(m: EntityManager, volunteerId: string): Promise<string | null> {
  const mine = await membershipOf(m, volunteerId);
  let left: string | null = null;
  if (mine) {
    const family = await lockFamily(m, mine.familyId);
    if (family?.guardianId === volunteerId) {
      await exec(m, 'DELETE FROM family_member WHERE family_id = $1', [family.id]);
      await exec(m, 'DELETE FROM family WHERE id = $1', [family.id]);
    } else if (await exec(m, 'DELETE FROM family_member WHERE volunteer_id = $1', [volunteerId])) {
      await exec(m, 'UPDATE family SET members = members - 1 WHERE id = $1', [mine.familyId]);
      left = mine.familyId;
    }
  }
  await exec(m, 'DELETE FROM record_hours WHERE volunteer_id = $1', [volunteerId]);
  return left;
}
