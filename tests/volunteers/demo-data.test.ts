import { demoVolunteersSeededAt } from '../../subgraphs/volunteers/data/seed';
import { validateRegistration } from '../../subgraphs/volunteers/rules/record';

// The demo moves with the day it is seeded: its records must hold today and years from now alike.
const YEAR_MS = 365 * 86_400_000;
const seededAt = {
  today: new Date(),
  'in three years': new Date(Date.now() + 3 * YEAR_MS),
  'in ten years': new Date(Date.now() + 10 * YEAR_MS),
};
const cases = Object.entries(seededAt).flatMap(([when, now]) =>
  demoVolunteersSeededAt(now).map((v) => [v.accountId, when, v] as const),
);

test.each(cases)(
  'demo volunteer %s seeded %s has a record registration would accept on the day it registered',
  (_account, _when, v) => {
    const guardian =
      'guardianName' in v && v.guardianName
        ? { name: v.guardianName, relation: v.guardianRelation!, phone: v.guardianPhone! }
        : null;
    const record = validateRegistration(
      {
        ...v,
        sex: v.sex as 'MALE' | 'FEMALE',
        // Sharing with a partner app is a consent record now (seeded apart), never part of a registration.
        consent: { personalData: true, guardian },
      },
      v.createdAt!,
    );
    expect(record).toMatchObject({
      idNumber: v.idNumber,
      phone: v.phone,
      birthDate: v.birthDate,
      sex: v.sex,
      guardian,
    });
  },
);

test('the demo child is still under 14, with a guardian, whenever the demo is seeded', () => {
  for (const now of Object.values(seededAt)) {
    const child = demoVolunteersSeededAt(now).find((v) => v.accountId === 'demo-volunteer-16')!;
    expect(child.guardianName).toBe('林建国');
    const age = (now.getTime() - Date.parse(child.birthDate)) / YEAR_MS;
    expect(age).toBeGreaterThan(11);
    expect(age).toBeLessThan(14);
  }
});

test('demo card codes are unique', () => {
  const volunteers = demoVolunteersSeededAt(new Date());
  expect(new Set(volunteers.map((v) => v.cardCode)).size).toBe(volunteers.length);
  expect(new Set(volunteers.map((v) => v.idNumber)).size).toBe(volunteers.length);
});
