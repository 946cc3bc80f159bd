import type { DomainEvent, EventHandler } from '../../kit/runtime/events';
import { isUuid } from '../../kit/runtime/ids';
import { lockAccount, post, recordHours, saveRecordHours } from '../data/points.repository';
import { pointsChange } from '../rules/mall';

interface ServiceConfirmed {
  recordId: string;
  volunteerId: string;
  hours: number;
}

/**
 * Confirmed hours served anywhere in the city earn points, as they do the city's growth points. A record announced
 * again after a correction changes the volunteer's total hours by the difference, keyed by record id.
 */
export const serviceConfirmed: EventHandler = async (event: DomainEvent<ServiceConfirmed>, m) => {
  const { recordId, volunteerId } = event.payload;
  const hours = Number(event.payload.hours);
  // A malformed event cannot become valid by retrying it: acknowledged and dropped.
  if (!isUuid(recordId) || !isUuid(volunteerId) || !Number.isFinite(hours) || hours < 0) return;
  const account = await lockAccount(m, volunteerId);
  const hoursDelta = hours - ((await recordHours(m, recordId)) ?? 0);
  const change = pointsChange(account.hours, account.hours + hoursDelta, account.balance);
  await post(m, volunteerId, change >= 0 ? 'EARNED' : 'CORRECTED', change, { hoursDelta, recordId });
  await saveRecordHours(m, recordId, volunteerId, hours);
};
