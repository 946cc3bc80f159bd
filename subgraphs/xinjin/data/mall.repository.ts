import { wellFormedIds } from '../../kit/runtime/ids';
import { maybeOne, one, rows, type Db } from '../../kit/runtime/sql';

/* Rewards and redemptions. */

export interface RewardRow {
  id: string;
  title: string;
  description: string;
  merchantName: string;
  merchantAccount: string;
  pointsCost: number;
  stock: number;
  redeemedCount: number;
  status: 'ACTIVE' | 'RETIRED';
  createdAt: Date;
  cursorAt: string;
}

export interface RedemptionRow {
  id: string;
  code: string;
  rewardId: string;
  volunteerId: string;
  points: number;
  status: 'ISSUED' | 'USED';
  createdAt: Date;
  usedAt: Date | null;
  cursorAt: string;
}

const REWARD = `id, title, description, merchant_name AS "merchantName", merchant_account AS "merchantAccount",
  points_cost AS "pointsCost", stock, redeemed_count AS "redeemedCount", status, created_at AS "createdAt",
  created_at::text AS "cursorAt"`;
const REDEMPTION = `id, code, reward_id AS "rewardId", volunteer_id AS "volunteerId", points, status,
  created_at AS "createdAt", used_at AS "usedAt", created_at::text AS "cursorAt"`;

export type RewardInput = Pick<
  RewardRow,
  'title' | 'description' | 'merchantName' | 'merchantAccount' | 'pointsCost' | 'stock'
>;

export function insertReward(m: Db, r: RewardInput): Promise<RewardRow> {
  return one(
    m,
    `INSERT INTO reward (title, description, merchant_name, merchant_account, points_cost, stock)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${REWARD}`,
    [r.title, r.description, r.merchantName, r.merchantAccount, r.pointsCost, r.stock],
  );
}

export function rewardsByIds(db: Db, ids: readonly string[]): Promise<RewardRow[]> {
  return rows(db, `SELECT ${REWARD} FROM reward WHERE id = ANY($1)`, [wellFormedIds(ids)]);
}

export async function rewardById(m: Db, id: string): Promise<RewardRow | null> {
  return (await rewardsByIds(m, [id]))[0] ?? null;
}

/** Rewards newest first; `after` is [createdAt text, id]. */
export function rewardsPage(
  db: Db,
  includeRetired: boolean,
  size: number,
  after: (string | number)[] | null,
): Promise<RewardRow[]> {
  return rows(
    db,
    `SELECT ${REWARD} FROM reward WHERE ($1 OR status = 'ACTIVE')
        AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
      ORDER BY created_at DESC, id DESC LIMIT $4`,
    [includeRetired, after?.[0] ?? null, after?.[1] ?? null, size + 1],
  );
}

/** Takes one item from stock, only while there is one: concurrent redemptions queue on the row and never oversell. */
export function takeOne(m: Db, id: string): Promise<RewardRow | null> {
  return maybeOne(
    m,
    `UPDATE reward SET stock = stock - 1, redeemed_count = redeemed_count + 1 WHERE id = $1 AND status = 'ACTIVE'
     AND stock > 0 RETURNING ${REWARD}`,
    [id],
  );
}

export function updateReward(
  m: Db,
  id: string,
  change: { restock?: number; retire?: boolean },
): Promise<RewardRow | null> {
  return maybeOne(
    m,
    `UPDATE reward SET stock = stock + $2, status = CASE WHEN $3 THEN 'RETIRED' ELSE status END WHERE id = $1
     RETURNING ${REWARD}`,
    [id, change.restock ?? 0, !!change.retire],
  );
}

export function insertRedemption(
  m: Db,
  r: Pick<RedemptionRow, 'code' | 'rewardId' | 'volunteerId' | 'points'>,
): Promise<RedemptionRow> {
  return one(
    m,
    `INSERT INTO redemption (code, reward_id, volunteer_id, points) VALUES ($1, $2, $3, $4) RETURNING ${REDEMPTION}`,
    [r.code, r.rewardId, r.volunteerId, r.points],
  );
}

export function redemptionByCode(m: Db, code: string, lock = false): Promise<RedemptionRow | null> {
  return maybeOne(m, `SELECT ${REDEMPTION} FROM redemption WHERE code = $1${lock ? ' FOR UPDATE' : ''}`, [code]);
}

/** The caller holds the redemption's row (`redemptionByCode(m, code, true)`), so the UPDATE finds it. */
export function markUsed(m: Db, id: string, usedBy: string): Promise<RedemptionRow> {
  return one(
    m,
    `UPDATE redemption SET status = 'USED', used_at = now(), used_by = $2 WHERE id = $1 RETURNING ${REDEMPTION}`,
    [id, usedBy],
  );
}

/** A page of each volunteer's redemptions, newest first, in one statement; `after` is [createdAt text, id]. */
export function redemptionsOf(
  db: Db,
  ids: readonly string[],
  size: number,
  after: (string | number)[] | null,
): Promise<RedemptionRow[]> {
  return rows(
    db,
    `SELECT * FROM (
       SELECT ${REDEMPTION}, row_number() OVER (PARTITION BY volunteer_id ORDER BY created_at DESC, id DESC) AS n
         FROM redemption WHERE volunteer_id = ANY($1)
          AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3::uuid))
     ) r WHERE n <= $4 ORDER BY "volunteerId", "createdAt" DESC, id DESC`,
    [wellFormedIds(ids), after?.[0] ?? null, after?.[1] ?? null, size],
  );
}
