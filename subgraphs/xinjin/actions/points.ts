import { on } from '../../kit/runtime/event-catalogue';
import { lockAccount, post, recordHours, saveRecordHours } from '../data/points.repository';
import { pointsChange } from '../rules/mall';

/**
 * Confirmed hours served anywhere in the city earn points, as they do the city's growth points. A record announced
 * again after a correction changes the volunteer's total hours by the difference, keyed by record id.
 */
export const serviceConfirmed = on('service.confirmed', async ({ recordId, volunteerId, hours }, { manager: m }) => {
  const account = await lockAccount(m, volunteerId);
  const hoursDelta = hours - ((await recordHours(m, recordId)) ?? 0);
  const change = pointsChange(account.hours, account.hours + hoursDelta, account.balance);
  await post(m, volunteerId, change >= 0 ? 'EARNED' : 'CORRECTED', change, { hoursDelta, recordId });
  await saveRecordHours(m, recordId, volunteerId, hours);
});
