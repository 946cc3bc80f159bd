import type { DataSource } from 'typeorm';
import { demoDistrictAdmin } from '../../kit/runtime/district-admins';
import { replicaOfAccount, seedDemoVolunteerReplicas } from '../../kit/district/volunteers';
import { validateStandby, type Weekday } from '../rules/standby-input';
import demo from './demo.json';
import { alertsByIds, answerOffer, insertAlert, lockAlert, memberOf, offerOf, saveMember } from './roster.repository';

const DAY_MS = 86_400_000;

/** The coming Saturday (a week on when today is one), 10:00 in Chengdu: inside most demo members' windows. */
function nextSaturdayMorning(now: Date): Date {
  const chengdu = new Date(now.getTime() + 8 * 3_600_000);
  const days = (6 - chengdu.getUTCDay() + 7) % 7 || 7;
  const day = new Date(chengdu.getTime() + days * DAY_MS).toISOString().slice(0, 10);
  return new Date(`${day}T10:00:00+08:00`);
}

/**
 * Jinniu's demo standby pool and one alert raised to it, half filled. Idempotent like every seed: members are
 * written only when absent, the alert under a fixed id once.
 */
export async function seedJinniu(db: DataSource, now = new Date()): Promise<void> {
  await seedDemoVolunteerReplicas(db);
  for (const member of demo.members) {
    const me = await replicaOfAccount(db, member.account);
    if (!me || (await memberOf(db, me.volunteerId))) continue;
    const { skills, windows } = validateStandby({
      skills: member.skills,
      availability: member.windows.map(([weekday, from, to]) => ({ weekday: weekday as Weekday, from, to })),
    });
    await db.transaction((m) => saveMember(m, me.volunteerId, skills, windows));
  }
  const { acceptedBy, id, ...alert } = demo.alert;
  if ((await alertsByIds(db, [id])).length) return;
  await db.transaction(async (m) => {
    const raisedBy = demoDistrictAdmin('jinniu');
    await insertAlert(m, { ...alert, startsAt: nextSaturdayMorning(now), raisedBy }, id);
    for (const account of acceptedBy) {
      const me = await replicaOfAccount(m, account);
      const offer = me && (await lockAlert(m, id)) && (await offerOf(m, id, me.volunteerId));
      if (offer) await answerOffer(m, offer, 'ACCEPTED');
    }
  });
}
