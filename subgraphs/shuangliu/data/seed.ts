import type { DataSource } from 'typeorm';
import { chengduInstant, chengduToday, requireHalfHour } from '../../kit/city/time-of-day';
import { demoDistrictAdmin } from '../../kit/runtime/district-admins';
import { replicaOfAccount, seedDemoVolunteerReplicas } from '../../kit/district/volunteers';
import demo from './demo.json';
import { insertPost, rotasOf, seedShift, seedSlot, volunteerTotals } from './hub.repository';

const DAY_MS = 86_400_000;
const dayFrom = (today: string, days: number) => new Date(Date.parse(today) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * Shuangliu's demo posts (fixed ids), their rotas for the coming week, and one morning served a week ago at the
 * airport. Idempotent like every seed: a day's rota is written only where that post has none, so a restart on a
 * later day adds the rotas of the days now coming (the demo always shows next week) and changes nothing else.
 */
export async function seedShuangliu(db: DataSource, now = new Date()): Promise<void> {
  await seedDemoVolunteerReplicas(db);
  const createdBy = demoDistrictAdmin('shuangliu');
  for (const p of demo.posts) await insertPost(db, p.hub, p.name, p.id);
  const today = chengduToday(now);
  for (let d = 1; d <= 7; d++) {
    const day = dayFrom(today, d);
    for (const p of demo.posts) {
      if ((await rotasOf(db, [p.id], day)).length) continue;
      for (const r of demo.rota) {
        const [from, to] = [requireHalfHour(r.from, 'from', false), requireHalfHour(r.to, 'to', true)];
        const times = { startsAt: chengduInstant(day, from), endsAt: chengduInstant(day, to) };
        await seedSlot(db, { postId: p.id, day, ...times, capacity: r.capacity, createdBy });
      }
    }
  }
  const served = demo.served;
  // Once only: a restart weeks later must not serve the same demo morning again (the hours would grow).
  const servers = (await Promise.all(served.volunteers.map((a) => replicaOfAccount(db, a)))).filter((v) => v !== null);
  const ids = servers.map((v) => v.volunteerId);
  if (!ids.length || (await volunteerTotals(db, ids)).length) return;
  const day = dayFrom(today, -served.daysAgo);
  const startsAt = chengduInstant(day, 8 * 60);
  await db.transaction(async (m) => {
    const slot = await seedSlot(m, {
      postId: served.post,
      day,
      startsAt,
      endsAt: chengduInstant(day, 12 * 60),
      capacity: 4,
      createdBy,
    });
    for (const v of servers) {
      await seedShift(m, {
        slotId: slot.id,
        volunteerId: v.volunteerId,
        takenAt: new Date(startsAt.getTime() - 3 * DAY_MS),
        checkedInAt: startsAt,
        checkedOutAt: new Date(startsAt.getTime() + served.hours * 3_600_000),
        hours: served.hours,
      });
    }
  });
}
