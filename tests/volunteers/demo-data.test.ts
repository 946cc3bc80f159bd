import demo from '../../subgraphs/volunteers/data/demo.json';
import { validateRegistration } from '../../subgraphs/volunteers/rules/record';

test.each(demo.volunteers.map((v) => [v.accountId, v] as const))('demo volunteer %s has a record registration would accept', (_account, v) => {
  const guardian = 'guardianName' in v && v.guardianName ? { name: v.guardianName, relation: v.guardianRelation!, phone: v.guardianPhone! } : null;
  const record = validateRegistration(
    { ...v, sex: v.sex as 'MALE' | 'FEMALE', consent: { personalData: true, shareWithPartners: v.shareWithPartners, guardian } },
    new Date(v.createdAt),
  );
  expect(record).toMatchObject({ idNumber: v.idNumber, phone: v.phone, birthDate: v.birthDate, sex: v.sex, guardian });
});

test('demo card codes are unique', () => {
  expect(new Set(demo.volunteers.map((v) => v.cardCode)).size).toBe(demo.volunteers.length);
  expect(new Set(demo.volunteers.map((v) => v.idNumber)).size).toBe(demo.volunteers.length);
});
