import type { DataSource } from 'typeorm';
import { maybeOne, rows } from '../../kit/runtime/sql';

/** What Xinjin's points mall holds about one person (issue 11.3): the account, its entries and redemptions. */
export async function xinjinDataOf(db: DataSource, volunteerId: string) {
  const [account, entries, redemptions] = await Promise.all([
    maybeOne(
      db,
      `SELECT hours::float8 AS hours, balance, updated_at AS "updatedAt" FROM points_account WHERE volunteer_id = $1`,
      [volunteerId],
    ),
    rows(
      db,
      `SELECT id::text AS id, kind, amount, balance_after AS "balanceAfter", record_id AS "recordId",
              redemption_id AS "redemptionId", created_at AS "createdAt"
         FROM points_entry WHERE volunteer_id = $1 ORDER BY id`,
      [volunteerId],
    ),
    rows(
      db,
      `SELECT r.id, r.code, r.reward_id AS "rewardId", w.title AS "rewardTitle", r.points, r.status,
              r.created_at AS "createdAt", r.used_at AS "usedAt"
         FROM redemption r JOIN reward w ON w.id = r.reward_id WHERE r.volunteer_id = $1 ORDER BY r.created_at, r.id`,
      [volunteerId],
    ),
  ]);
  return { account, entries, redemptions };
}
