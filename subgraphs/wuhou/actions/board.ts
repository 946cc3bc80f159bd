import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import type { DistrictRequest } from '../../kit/district/platform';
import { appError, badInput, forbidden, notFound } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import {
  insertNeed,
  moderateNeed,
  needsByIds,
  residentTransition,
  takeNeed,
  type NeedRow,
} from '../data/need.repository';
import { replicaOfAccount } from '../../kit/district/volunteers';
import { requireCitizen, requireModerator } from '../rules/access';
import { validateNeed, validHours, type PostNeedInput } from '../rules/need-input';

export async function postNeed(db: DataSource, caller: Caller, input: PostNeedInput): Promise<NeedRow> {
  const account = requireCitizen(caller, 'post a need');
  return insertNeed(db, validateNeed(input, account));
}

/** Explains why a conditional update found nothing to change, from the need as it is now. */
async function whyNot(db: DataSource, id: string, isMine: (n: NeedRow) => boolean, action: string): Promise<never> {
  const [need] = await needsByIds(db, [id]);
  if (!need || !isMine(need)) throw notFound('No need on the board has this id.');
  if (need.hidden && need.status === 'OPEN')
    throw appError('NEED_HIDDEN', 'This need was taken off the board by the Wuhou district admins.');
  const state: Record<string, [string, string]> = {
    TAKEN: ['NEED_ALREADY_TAKEN', 'Another volunteer has already taken this need.'],
    DONE: ['NEED_DONE', 'This need is already done.'],
    CANCELLED: ['NEED_CANCELLED', 'The resident has cancelled this need.'],
    OPEN: ['NEED_NOT_TAKEN', 'Nobody has taken this need yet.'],
  };
  const [code, message] = state[need.status];
  throw appError(code, `${message} It cannot be ${action}.`);
}

/**
 * "Nearby" is a registered, active volunteer whose district of residence is Wuhou (the volunteers subgraph's
 * profile); a resident cannot take their own need.
 */
export async function takeOne(db: DataSource, caller: Caller, id: string): Promise<NeedRow> {
  const account = requireCitizen(caller, 'take a need');
  requireUuid(id, 'id');
  const me = await replicaOfAccount(db, account);
  if (!me || me.status !== 'ACTIVE')
    throw appError('NOT_REGISTERED', 'Register as a volunteer before taking needs from the board.');
  if (me.districtCode !== 'wuhou')
    throw appError(
      'NOT_NEARBY',
      'Needs on the Wuhou board are taken by volunteers living in Wuhou; change your district of residence if you ' +
        'moved here.',
    );
  const [need] = await needsByIds(db, [id]);
  if (need?.residentAccount === account) throw forbidden('You posted this need; another volunteer takes it.');
  return (await takeNeed(db, id, me.volunteerId)) ?? whyNot(db, id, () => true, 'taken');
}

export async function confirmDone(
  db: DataSource,
  caller: Caller,
  id: string,
  hours: number | null | undefined,
): Promise<NeedRow> {
  const account = requireCitizen(caller, 'confirm a need done');
  requireUuid(id, 'id');
  const [need] = await needsByIds(db, [id]);
  if (!need || need.residentAccount !== account) throw notFound('You posted no need with this id.');
  const honorHours = validHours(hours ?? need.estimatedHours, 'hours');
  return (
    (await residentTransition(db, id, account, 'TAKEN', { status: 'DONE', honorHours })) ??
    whyNot(db, id, (n) => n.residentAccount === account, 'confirmed done')
  );
}

export async function cancel(db: DataSource, caller: Caller, id: string): Promise<NeedRow> {
  const account = requireCitizen(caller, 'cancel a need');
  requireUuid(id, 'id');
  return (
    (await residentTransition(db, id, account, 'OPEN', { status: 'CANCELLED' })) ??
    whyNot(db, id, (n) => n.residentAccount === account, 'cancelled')
  );
}

export async function moderate(
  req: DistrictRequest,
  id: string,
  hidden: boolean,
  reason: string | null | undefined,
): Promise<NeedRow> {
  const { db } = req;
  const by = await requireModerator(req);
  requireUuid(id, 'id');
  const why = reason?.trim() || null;
  if (hidden && (!why || why.length < 2 || why.length > 200))
    throw badInput('Give the resident a reason of 2 to 200 characters when hiding a need.', 'reason');
  const need = await moderateNeed(db, id, hidden, hidden ? why : null, by);
  if (!need) throw notFound('No need on the board has this id.');
  return need;
}
