import type { DataSource, EntityManager } from 'typeorm';
import { exec, maybeOne, rows } from '../../kit/runtime/sql';

/**
 * What Longquanyi's star scheme holds about one person (issue 11.3): the account, the hours of each confirmed
 * record, the points awarded, the call-ins and the no-shows, all keyed by the random volunteer id.
 */
export async function longquanyiDataOf(db: DataSource, volunteerId: string) {
  const [account, recordHours, awards, callIns, noShows] = await Promise.all([
    maybeOne(
      db,
      `SELECT hours::float8 AS hours, awarded_points AS "awardedPoints", called_in::float8 AS "calledIn"
         FROM star_account WHERE volunteer_id = $1`,
      [volunteerId],
    ),
    rows(
      db,
      'SELECT record_id AS "recordId", hours::float8 AS hours FROM record_hours WHERE volunteer_id = $1 ORDER BY 1',
      [volunteerId],
    ),
    // Who awarded is the admin's account, theirs to see in the admin's own export, not this one.
    rows(
      db,
      `SELECT id, points, reason, created_at AS "createdAt" FROM point_award WHERE volunteer_id = $1
        ORDER BY created_at, id`,
      [volunteerId],
    ),
    rows(
      db,
      `SELECT id, hours::float8 AS hours, service, created_at AS "createdAt" FROM call_in WHERE volunteer_id = $1
        ORDER BY created_at, id`,
      [volunteerId],
    ),
    rows(
      db,
      `SELECT signup_id AS "signupId", shift_day::text AS "shiftDay" FROM no_show WHERE volunteer_id = $1
        ORDER BY shift_day, signup_id`,
      [volunteerId],
    ),
  ]);
  return { account, recordHours, awards, callIns, noShows };
}

/**
 * Deregistration de-identifies rather than deletes the ledger: the account, record hours, awards and call-ins stay
 * under the random volunteer id alone (the kit erased the replica, so nothing here says whose the id was any more),
 * because they are the district's accounts of hours served and services paid for. What could still name or describe
 * the person goes: the free text of awards and call-ins (an admin's reason or the service asked for may mention
 * them) and the no-shows, which only ever served to suspend this person.
 */
export async function eraseLongquanyiPerson(m: EntityManager, volunteerId: string): Promise<void> {
  await exec(m, `UPDATE point_award SET reason = '' WHERE volunteer_id = $1`, [volunteerId]);
  await exec(m, `UPDATE call_in SET service = '' WHERE volunteer_id = $1`, [volunteerId]);
  await exec(m, 'DELETE FROM no_show WHERE volunteer_id = $1', [volunteerId]);
}
