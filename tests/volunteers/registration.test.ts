import { expectError, expectNoErrors } from '../testkit/city';
import { birthDateForAge } from '../testkit/days';
import { cityWithRoles, idNumberFor } from './roles';
import { graphql } from '../testkit/generated';
import type { RegisterVolunteerInput } from '../testkit/generated/graphql';

const env = cityWithRoles();

const REGISTER = graphql(`
  mutation RegistrationR($input: RegisterVolunteerInput!) {
    registerVolunteer(input: $input) {
      id
      displayName
      district {
        code
      }
      memberSince
      starLevel
      card {
        verificationCode
      }
      profile {
        realName
        sex
        birthDate
        idNumber
        phone
        skills
        serviceCategories
        unmasked
        shareWithPartners
        guardian {
          name
          relation
          phone
        }
      }
    }
  }
`);

const ADULT_ID = idNumberFor('2000-06-15', 'FEMALE', 401);
const input = (over: Partial<RegisterVolunteerInput> = {}): RegisterVolunteerInput => ({
  realName: '宋佳怡',
  displayName: '佳怡',
  sex: 'FEMALE',
  birthDate: '2000-06-15',
  idNumber: ADULT_ID,
  districtCode: 'wuhou',
  phone: '+86 139-8000-1234',
  skills: ['英语翻译', '英语翻译', '急救证书'],
  serviceCategories: ['travel', 'events'],
  consent: { personalData: true },
  ...over,
});
const register = (sub: string, over?: Partial<RegisterVolunteerInput>) =>
  env.city.token({ role: 'volunteer', sub }).then((token) => env.city.query(REGISTER, { input: input(over) }, token));
const outbox = (): Promise<{ type: string; payload: Record<string, unknown> }[]> =>
  env.city.subgraphs.get('volunteers')!.db.query('SELECT type, payload FROM outbox ORDER BY seq');

test('a signed-in citizen registers and sees their record; the profile event has no ID or phone number', async () => {
  const before = (await outbox()).length;
  const res = await register('citizen-song');
  const v = expectNoErrors(res).registerVolunteer;
  expect(v).toMatchObject({ displayName: '佳怡', district: { code: 'wuhou' }, starLevel: 0 });
  expect(v.card.verificationCode).toMatch(/^QJ[0-9A-Z]{8}$/);
  expect(v.profile).toEqual({
    realName: '宋佳怡',
    sex: 'FEMALE',
    birthDate: '2000-06-15',
    idNumber: ADULT_ID,
    phone: '13980001234',
    skills: ['英语翻译', '急救证书'],
    serviceCategories: ['travel', 'events'],
    unmasked: true,
    shareWithPartners: false,
    guardian: null,
  });
  const events = (await outbox()).slice(before);
  expect(events).toEqual([
    {
      type: 'volunteer.profile',
      payload: {
        volunteerId: v.id,
        accountId: 'citizen-song',
        districtCode: 'wuhou',
        birthDate: '2000-06-15',
        skills: ['英语翻译', '急救证书'],
        status: 'ACTIVE',
        // The consent to sharing with partner apps travels with the profile (projects enforces it); no personal data.
        shareWithPartners: false,
      },
    },
    // The card's code travels only as a digest, for on-site check-in by scanning (issue 16.2).
    { type: 'volunteer.card', payload: { volunteerId: v.id, cardDigest: expect.stringMatching(/^[0-9a-f]{64}$/) } },
  ]);
  expect(JSON.stringify(events)).not.toContain(ADULT_ID);

  // The same citizen again, or another citizen with the same ID number: CONFLICT, and nothing written.
  expectError(await register('citizen-song', { idNumber: idNumberFor('2000-06-15', 'FEMALE', 402) }), 'CONFLICT');
  const dup = expectError(await register('citizen-someone-else'), 'CONFLICT');
  expect(dup.message).toMatch(/already registered/);
  expect(dup.message).not.toContain(ADULT_ID);
  // Nothing more written: still the profile and the card events of the first registration.
  expect((await outbox()).length).toBe(before + events.length);
});

test('the volunteer edits their profile; the edit is announced in the same transaction', async () => {
  const token = await env.city.token({ role: 'volunteer', sub: 'citizen-song' });
  const before = (await outbox()).length;
  const res = await env.city.query(
    graphql(`
      mutation RegistrationUpdateVolunteerProfile {
        updateVolunteerProfile(
          input: {
            displayName: "宋同学"
            districtCode: "pidu"
            phone: "13512345678"
            skills: ["摄影"]
            serviceCategories: ["culture"]
          }
        ) {
          displayName
          district {
            code
          }
          profile {
            phone
            skills
            serviceCategories
            idNumber
          }
        }
      }
    `),
    {},
    token,
  );
  expect(expectNoErrors(res).updateVolunteerProfile).toEqual({
    displayName: '宋同学',
    district: { code: 'pidu' },
    profile: { phone: '13512345678', skills: ['摄影'], serviceCategories: ['culture'], idNumber: ADULT_ID },
  });
  const [event] = (await outbox()).slice(before);
  expect(event).toMatchObject({
    type: 'volunteer.profile',
    payload: { districtCode: 'pidu', skills: ['摄影'], status: 'ACTIVE' },
  });

  // A bad edit changes nothing and announces nothing.
  expectError(
    await env.city.query(
      graphql(`
        mutation RegistrationUpdateVolunteerProfile2 {
          updateVolunteerProfile(input: { phone: "12345" }) {
            id
          }
        }
      `),
      {},
      token,
    ),
    'BAD_USER_INPUT',
  );
  expect((await outbox()).length).toBe(before + 1);
});

test('a child under 14 registers only with a guardian consent, which is recorded', async () => {
  // Eleven years old today, whatever today is: a fixed birth date would make him 14, and the test wrong, one day.
  const birthDate = birthDateForAge(11);
  const childId = idNumberFor(birthDate, 'MALE', 12, '510114');
  const child: Partial<RegisterVolunteerInput> = {
    realName: '宋小宇',
    displayName: null,
    sex: 'MALE',
    birthDate,
    idNumber: childId,
    serviceCategories: ['environment'],
  };
  const refused = expectError(await register('citizen-child', child), 'BAD_USER_INPUT');
  expect(refused).toMatchObject({ extensions: { field: 'consent.guardian' } });
  const ok = expectNoErrors(
    await register('citizen-child', {
      ...child,
      consent: { personalData: true, guardian: { name: '宋建华', relation: '父亲', phone: '13700001111' } },
    }),
  );
  expect(ok.registerVolunteer).toMatchObject({
    displayName: '青聚志愿者',
    profile: { guardian: { name: '宋建华', relation: '父亲', phone: '13700001111' } },
  });
  // Masked for the city admin.
  const admin = await env.city.query(
    graphql(`
      query RegistrationMaskedGuardian($id: ID!) {
        volunteer(id: $id) {
          profile {
            guardian {
              phone
            }
            idNumber
          }
        }
      }
    `),
    { id: ok.registerVolunteer.id },
    env.t.cityAdmin,
  );
  expect(expectNoErrors(admin).volunteer!.profile).toEqual({
    guardian: { phone: '137****1111' },
    idNumber: '5101**************',
  });
});

const BAD: [string, Record<string, unknown>, string][] = [
  ['a wrong check digit', { idNumber: ADULT_ID.slice(0, 17) + (ADULT_ID[17] === '1' ? '2' : '1') }, 'idNumber'],
  ['an ID number of 17 characters', { idNumber: ADULT_ID.slice(0, 17) }, 'idNumber'],
  ['a birth date other than the ID number says', { birthDate: '2000-06-16' }, 'birthDate'],
  ['a sex other than the ID number says', { sex: 'MALE' }, 'sex'],
  ['a landline instead of a mobile number', { phone: '028-87654321' }, 'phone'],
  ['an unknown district', { districtCode: 'chengdu' }, 'districtCode'],
  ['an unknown service category', { serviceCategories: ['elderly', 'cooking'] }, 'serviceCategories'],
  ['no service category', { serviceCategories: [] }, 'serviceCategories'],
  ['no consent', { consent: { personalData: false } }, 'consent.personalData'],
  ['an empty name', { realName: '  ' }, 'realName'],
  ['eleven skills', { skills: Array.from({ length: 11 }, (_, i) => `技能${i}`) }, 'skills'],
];

test.each(BAD)(
  'registration with %s is refused naming the field, without repeating personal data',
  async (_what, over, field) => {
    const res = await register('citizen-bad-input', { idNumber: idNumberFor('2000-06-15', 'FEMALE', 450), ...over });
    const err = expectError(res, 'BAD_USER_INPUT');
    expect(err.extensions).toMatchObject({ field });
    expect(err.message).toMatch(new RegExp(`^${field.replace('.', '\\.')}|Registration needs|Volunteers under`));
    expect(err.message).not.toMatch(/\d{6,}/);
    expect(JSON.stringify(res.errors)).not.toContain('2000061');
  },
);

test('nothing of a refused registration is stored', async () => {
  const me = await env.city.query(
    graphql(`
      query RegistrationMe {
        me {
          id
        }
      }
    `),
    {},
    await env.city.token({ role: 'volunteer', sub: 'citizen-bad-input' }),
  );
  expect(expectNoErrors(me).me).toBeNull();
});

test('only a signed-in citizen registers, for themself', async () => {
  expectError(await env.city.query(REGISTER, { input: input() }), 'UNAUTHENTICATED');
  for (const token of [env.t.cityAdmin, env.t.piduAdmin, env.t.partnerFor01])
    expectError(await env.city.query(REGISTER, { input: input() }, token), 'FORBIDDEN');
  expectError(
    await env.city.query(
      graphql(`
        mutation RegistrationUpdateVolunteerProfile3 {
          updateVolunteerProfile(input: { displayName: "x" }) {
            id
          }
        }
      `),
      {},
      await env.city.token({ role: 'volunteer', sub: 'nobody' }),
    ),
    'NOT_FOUND',
  );
});
