import type { DataSource } from 'typeorm';
import { accountOf, type Caller } from '../../kit/runtime/caller';
import type { DistrictRequest } from '../../kit/district/platform';
import { actingVolunteer } from '../../kit/district/volunteers';
import { appError, badInput, conflict, forbidden, notFound, unauthenticated } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import { requireText, requireWholeNumber } from '../../kit/runtime/input';
import {
  insertRedemption,
  insertReward,
  markUsed,
  redemptionByCode,
  rewardById,
  takeOne,
  updateReward,
  type RedemptionRow,
  type RewardInput,
  type RewardRow,
} from '../data/mall.repository';
import { lockAccount, post } from '../data/points.repository';
import { MAX_POINTS_COST, MAX_STOCK, newRedemptionCode, normalizeCode } from '../rules/mall';

/** Xinjin's listed district admins manage the mall; a city admin may step in. */
export async function assertMallAdmin(req: DistrictRequest): Promise<void> {
  if (req.caller.kind === 'anonymous') throw unauthenticated("Sign in as Xinjin's district admin first.");
  if (!(await req.loaders.administersDistrict('xinjin')))
    throw forbidden("Only Xinjin's district admin manages the points mall.");
}

export async function createReward(req: DistrictRequest, input: RewardInput): Promise<RewardRow> {
  await assertMallAdmin(req);
  const reward = {
    title: requireText(input.title, 'title', 2, 40),
    description: requireText(input.description, 'description', 1, 500),
    merchantName: requireText(input.merchantName, 'merchantName', 2, 60),
    merchantAccount: requireText(input.merchantAccount, 'merchantAccount', 1, 128),
    pointsCost: requireWholeNumber(input.pointsCost, 'pointsCost', 1, MAX_POINTS_COST),
    stock: requireWholeNumber(input.stock, 'stock', 0, MAX_STOCK),
  };
  return req.db.transaction((m) => insertReward(m, reward));
}

export async function changeReward(
  req: DistrictRequest,
  rewardId: string,
  change: { restock?: number; retire?: boolean },
): Promise<RewardRow> {
  const { db } = req;
  await assertMallAdmin(req);
  requireUuid(rewardId, 'rewardId');
  if (change.restock !== undefined) requireWholeNumber(change.restock, 'quantity', 1, MAX_STOCK);
  return db.transaction(async (m) => {
    const current = await rewardById(m, rewardId);
    if (!current) throw notFound('No reward has this id.');
    if (change.restock && current.stock + change.restock > MAX_STOCK) {
      throw badInput(
        `A reward holds at most ${MAX_STOCK.toLocaleString('en')} items; it has ${current.stock}.`,
        'quantity',
      );
    }
    return (await updateReward(m, rewardId, change))!;
  });
}

/**
 * One item for the reward's points, in one transaction: the stock row is taken first (so redemptions of one reward
 * queue there and never oversell), then the points (a volunteer's concurrent redemptions queue on their account,
 * so points are never spent twice). Any refusal rolls both back.
 */
export async function redeem(db: DataSource, caller: Caller, rewardId: string): Promise<RedemptionRow> {
  requireUuid(rewardId, 'rewardId');
  return db.transaction(async (m) => {
    const me = await actingVolunteer(m, caller);
    const reward = await takeOne(m, rewardId);
    if (!reward) {
      const current = await rewardById(m, rewardId);
      if (!current) throw notFound('No reward has this id.');
      if (current.status === 'RETIRED') throw appError('REWARD_RETIRED', 'This reward is no longer offered.');
      throw appError('OUT_OF_STOCK', 'This reward is out of stock; the district adds donated items from time to time.');
    }
    const account = await lockAccount(m, me.volunteerId);
    if (account.balance < reward.pointsCost) {
      throw appError(
        'INSUFFICIENT_POINTS',
        `This reward costs ${reward.pointsCost} points; you have ${account.balance}.`,
      );
    }
    const redemption = await insertRedemption(m, {
      code: newRedemptionCode(),
      rewardId,
      volunteerId: me.volunteerId,
      points: reward.pointsCost,
    });
    await post(m, me.volunteerId, 'REDEEMED', -reward.pointsCost, { redemptionId: redemption.id });
    return redemption;
  });
}

/** The shop of a reward is the account named as its merchant; Xinjin's admins may act for it. */
function mayActAsShop(caller: Caller, isAdmin: boolean, reward: RewardRow): boolean {
  return isAdmin || (caller.kind === 'volunteer' && accountOf(caller) === reward.merchantAccount);
}

/** The shop checks a code; null for an unknown one. */
export async function checkCode(req: DistrictRequest, code: string): Promise<RedemptionRow | null> {
  const { db, caller } = req;
  if (caller.kind === 'anonymous') throw unauthenticated("Sign in with the shop's account to check codes.");
  const isAdmin = await req.loaders.administersDistrict('xinjin');
  const redemption = await redemptionByCode(db.manager, normalizeCode(code));
  if (!redemption) return null;
  if (!mayActAsShop(caller, isAdmin, (await rewardById(db.manager, redemption.rewardId))!))
    throw forbidden("This code is for another shop's reward.");
  return redemption;
}

/** The shop accepts a code, once. */
export async function useCode(req: DistrictRequest, code: string): Promise<RedemptionRow> {
  const { db, caller } = req;
  if (caller.kind === 'anonymous') throw unauthenticated("Sign in with the shop's account to accept codes.");
  // Looked up before the transaction, so no connection is held while the admin list is read.
  const isAdmin = await req.loaders.administersDistrict('xinjin');
  const normalized = normalizeCode(code);
  if (!/^XJ[A-Z2-9]{8}$/.test(normalized))
    throw badInput('code must look like XJ7KQ2M9PD (XJ and 8 letters or digits).', 'code');
  return db.transaction(async (m) => {
    const redemption = await redemptionByCode(m, normalized, true);
    if (!redemption) throw notFound('No redemption has this code; check it with the volunteer.');
    if (!mayActAsShop(caller, isAdmin, (await rewardById(m, redemption.rewardId))!))
      throw forbidden("This code is for another shop's reward.");
    if (redemption.status === 'USED')
      throw conflict(`This code was already used on ${redemption.usedAt!.toISOString()}.`);
    return markUsed(m, redemption.id, accountOf(caller)!);
  });
}
