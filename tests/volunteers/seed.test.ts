import { seedVolunteers } from '../../subgraphs/volunteers/data/seed';
import { expectNoErrors } from '../testkit/city';
import { cityWithRoles } from './roles';

const env = cityWithRoles();
const db = () => env.city.subgraphs.get('volunteers')!.db;
const V10 = '20000000-0000-4000-8000-000000000010';

test('the seed fills in the basic record of demo rows from before it existed, once, keeping later edits', async () => {
  // As a database seeded before the personal-data migration has it: the row, without a basic record.
  await db().query(`UPDATE volunteer SET real_name = NULL, sex = NULL, birth_date = NULL, id_number = NULL, phone = NULL,
    skills = '{}', service_categories = '{}', card_code = NULL, consented_at = NULL WHERE id = $1`, [V10]);
  await seedVolunteers(db());
  const token = await env.city.token({ role: 'volunteer', sub: 'demo-volunteer-10' });
  const me = () => env.city.query('{ me { displayName memberSince card { verificationCode } profile { realName sex birthDate idNumber phone skills } } }', {}, token);
  const filled = expectNoErrors(await me()).me;
  expect(filled).toMatchObject({
    displayName: '吴*航', memberSince: '2022-06-15T10:00:00.000Z', card: { verificationCode: 'QJ4W8Z10' },
    profile: { realName: '吴宇航', sex: 'MALE', birthDate: '2002-03-21', phone: '19828763110', skills: ['户外救援', '驾驶'] },
  });
  expect(filled.profile.idNumber).toMatch(/^51018320020321\d{3}[\dX]$/);

  expectNoErrors(await env.city.query('mutation { updateVolunteerProfile(input: { phone: "13600000010" }) { id } }', {}, token));
  await seedVolunteers(db());
  expect(expectNoErrors(await me()).me.profile.phone).toBe('13600000010');
});
