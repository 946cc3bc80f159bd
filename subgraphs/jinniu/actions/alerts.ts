import type { DataSource } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import type { DistrictRequest } from '../../kit/district/platform';
import { actingVolunteer } from '../../kit/district/volunteers';
import { appError, notFound } from '../../kit/runtime/errors';
import { requireUuid } from '../../kit/runtime/ids';
import {
  answerOffer,
  cancelAlert,
  insertAlert,
  lockAlert,
  offerOf,
  type AlertRow,
  type OfferRow,
} from '../data/roster.repository';
import { requireJinniuAdmin } from '../rules/access';
import { validateAlert, type AlertInput } from '../rules/standby-input';

export async function raiseAlert(req: DistrictRequest, input: AlertInput): Promise<AlertRow> {
  const by = await requireJinniuAdmin(req, 'raise alerts');
  const alert = validateAlert(input, by);
  return req.db.transaction(async (m) => {
    const raised = await insertAlert(m, alert);
    // Rolled back: an alert nobody receives would only look like help on the way.
    if (raised.offeredCount === 0)
      throw appError(
        'NO_MATCHING_MEMBERS',
        `No standby member with the skill ${alert.skill} is available at that time; choose another time or skill, ` +
          'or publish a project.',
      );
    return raised;
  });
}

/**
 * An answer to an offer, under the alert's row lock: concurrent acceptances of one alert queue there, each sees
 * the count the one before left, and the one that takes the last place closes it. Nothing past `needed` is taken.
 */
async function answer(db: DataSource, caller: Caller, alertId: string, to: 'ACCEPTED' | 'DECLINED'): Promise<OfferRow> {
  requireUuid(alertId, 'alertId');
  return db.transaction(async (m) => {
    const me = await actingVolunteer(m, caller);
    const alert = await lockAlert(m, alertId);
    const offer = alert && (await offerOf(m, alertId, me.volunteerId));
    if (!alert || !offer) throw notFound('No alert with this id was offered to you.');
    // Asking twice for the same answer changes nothing: a retried request is safe.
    if (offer.status === to) return offer;
    if (offer.status === 'ACCEPTED')
      throw appError('ALREADY_ACCEPTED', 'You accepted this alert; if you cannot come, call the Jinniu duty desk.');
    if (to === 'ACCEPTED') refuseClosed(alert);
    return answerOffer(m, offer, to);
  });
}

function refuseClosed(alert: AlertRow): void {
  if (alert.status === 'CANCELLED')
    throw appError('ALERT_CANCELLED', 'The district called this alert off; nobody needs to come.');
  if (alert.status === 'FILLED')
    throw appError(
      'ALERT_FILLED',
      `All ${alert.needed} places were taken before your answer; thank you for standing by.`,
    );
}

export const acceptAlert = (db: DataSource, caller: Caller, alertId: string) => answer(db, caller, alertId, 'ACCEPTED');
export const declineAlert = (db: DataSource, caller: Caller, alertId: string) =>
  answer(db, caller, alertId, 'DECLINED');

export async function callOff(req: DistrictRequest, alertId: string): Promise<AlertRow> {
  await requireJinniuAdmin(req, 'cancel alerts');
  requireUuid(alertId, 'alertId');
  return req.db.transaction(async (m) => {
    if (!(await lockAlert(m, alertId))) throw notFound('No alert has this id.');
    return cancelAlert(m, alertId);
  });
}
