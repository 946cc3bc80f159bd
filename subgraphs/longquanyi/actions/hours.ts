import { on } from '../../kit/runtime/event-catalogue';
import { addServedHours, insertNoShow, lockAccount, swapRecordHours } from '../data/stars.repository';

/** Longquanyi's scheme counts the service given on its own projects; the rest of the city's is the city's. */
const HERE = 'longquanyi';

/**
 * Confirmed hours on a Longquanyi project count towards its stars and its bank. A record announced again after a
 * correction applies the difference, keyed by record id; the account's row lock orders it against call-ins.
 */
export const serviceConfirmed = on('service.confirmed', async (p, { manager: m }) => {
  if (p.districtCode !== HERE) return;
  await lockAccount(m, p.volunteerId);
  const before = await swapRecordHours(m, p.recordId, p.volunteerId, p.hours);
  const delta = p.hours - (before ?? 0);
  if (delta !== 0) await addServedHours(m, p.volunteerId, delta);
});

/** A no-show on a Longquanyi project counts once per sign-up; five within a year suspend (rules/stars.ts). */
export const signupNoShow = on('signup.no-show', async (p, { manager: m }) => {
  if (p.districtCode !== HERE) return;
  await insertNoShow(m, p.signupId, p.volunteerId, p.shiftDay);
});
