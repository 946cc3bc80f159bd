import { expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { birthDateForAge, dayFromNow } from '../testkit/days';
import { ORG } from '../testkit/fixtures';
import { orgAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import type { ConsentGrantMutationVariables } from '../testkit/generated/graphql';
import { publishedProject } from '../projects/helpers';
import { idNumberFor } from '../volunteers/roles';

/**
 * Consent records (issue 11.2) through the gateway: consent is given to a named app for purposes and kinds of data;
 * another app gets nothing; withdrawal stops every kind of sharing with that app at once, its calendar link
 * included, while the volunteer's own keeps working; history keeps grant and withdrawal times; under 14 only the
 * confirmed guardian acts; from 14 to 17 a consent to an app waits for the guardian; concurrent changes end
 * consistent in both the volunteers and the projects subgraph.
 */

const APP_A = 'consent-app-a';
const APP_B = 'consent-app-b';
const GUARDIAN_PHONE = '13700002222';

interface Person {
  account: string;
  id: string;
  token: string;
}

const env = {} as {
  city: City;
  adult: Person;
  child: Person;
  teen: Person;
  lone: Person;
  guardian: Person;
  shifts: string[];
};

const REGISTER = graphql(`
  mutation ConsentRegister($input: RegisterVolunteerInput!) {
    registerVolunteer(input: $input) {
      id
    }
  }
`);

async function register(city: City, account: string, age: number, seq: number, phone: string, guardian = false) {
  const sex = seq % 2 ? 'MALE' : 'FEMALE';
  const birthDate = birthDateForAge(age);
  const token = await city.token({ role: 'volunteer', sub: account });
  const { registerVolunteer } = expectNoErrors(
    await city.query(
      REGISTER,
      {
        input: {
          realName: '赵同意',
          sex,
          birthDate,
          idNumber: idNumberFor(birthDate, sex, seq, '510104'),
          districtCode: 'jinjiang',
          phone,
          serviceCategories: ['community'],
          consent: {
            personalData: true,
            guardian: guardian ? { name: '赵监护', relation: '母亲', phone: GUARDIAN_PHONE } : null,
          },
        },
      },
      token,
    ),
  );
  return { account, id: registerVolunteer.id, token };
}

// Every scope that reads the citizen's activity (calendar:read for the feed link), so consent alone decides here.
const partner = (account: string, app: string) =>
  env.city.token({ role: 'partner', sub: account, azp: app, scope: 'volunteer:read project:signup calendar:read' });

const GRANT = graphql(`
  mutation ConsentGrant($input: GrantConsentInput!) {
    grantConsent(input: $input) {
      id
      recipient
      appId
      purposes
      kinds
      status
      grantedAt
      grantedBy
      guardianAgreedAt
      endedAt
      endedBy
    }
  }
`);
const WITHDRAW = graphql(`
  mutation ConsentWithdraw($input: WithdrawConsentInput!) {
    withdrawConsent(input: $input) {
      id
      status
      endedAt
      endedBy
    }
  }
`);
const HISTORY = graphql(`
  query ConsentHistory($volunteerId: ID) {
    myConsents(volunteerId: $volunteerId) {
      id
      recipient
      appId
      purposes
      kinds
      status
      grantedAt
      grantedBy
      guardianAgreedAt
      endedAt
      endedBy
    }
  }
`);
const PROFILE = graphql(`
  query ConsentProfile {
    me {
      profile {
        realName
        phone
        idNumber
        shareWithPartners
      }
    }
  }
`);
const ACTIVITY = graphql(`
  query ConsentActivity {
    mySignups {
      id
    }
  }
`);
const RECORDS = graphql(`
  query ConsentRecords {
    myServiceRecords(first: 5) {
      edges {
        cursor
      }
    }
  }
`);
const NOTIFICATIONS = graphql(`
  query ConsentNotifications {
    myNotifications {
      edges {
        node {
          id
        }
      }
    }
  }
`);
const FEED_TOKEN = graphql(`
  query ConsentFeedToken {
    myCalendarFeedToken
  }
`);
const SIGN_UP = graphql(`
  mutation ConsentSignUp($shiftId: ID!) {
    signUp(shiftId: $shiftId) {
      id
      status
    }
  }
`);
const CONFIRM_GUARDIAN = graphql(`
  mutation ConsentConfirmGuardian($id: ID!) {
    confirmGuardianship(volunteerId: $id) {
      id
    }
  }
`);
const AGREE = graphql(`
  mutation ConsentAgree($id: ID!) {
    agreeToConsent(id: $id) {
      id
      status
      guardianAgreedAt
    }
  }
`);

const feedStatus = async (token: string) =>
  (await fetch(`${env.city.gateway.url.replace('/graphql', '')}/calendar/${token}.ics`)).status;

/** Sign-ups, service records, notifications and the calendar link: each refused to this app token. */
async function expectActivityRefused(token: string) {
  expectError(await env.city.query(ACTIVITY, {}, token), 'FORBIDDEN');
  expectError(await env.city.query(RECORDS, {}, token), 'FORBIDDEN');
  expectError(await env.city.query(NOTIFICATIONS, {}, token), 'FORBIDDEN');
  expectError(await env.city.query(FEED_TOKEN, {}, token), 'FORBIDDEN');
}

const EVERYTHING = {
  recipient: 'APP' as const,
  purposes: ['SHOW_MY_RECORDS' as const, 'REMIND_ME' as const],
  kinds: ['PROFILE' as const, 'SERVICE_RECORDS' as const, 'ACTIVITY' as const],
};

beforeAll(async () => {
  const city = (env.city = await startCity());
  env.adult = await register(city, 'consent-adult', 30, 81, '13911112222');
  env.guardian = await register(city, 'consent-guardian', 40, 82, GUARDIAN_PHONE);
  env.child = await register(city, 'consent-child', 12, 83, '13911113333', true);
  env.teen = await register(city, 'consent-teen', 16, 84, '13911114444', true);
  env.lone = await register(city, 'consent-lone-teen', 15, 85, '13911115555');
  const project = await publishedProject(city, ORG(1), {
    title: '社区同意记录测试项目',
    startsOn: dayFromNow(10),
    shifts: [0, 1, 2].map((n) => ({
      date: dayFromNow(10 + n),
      startTime: '09:00',
      endTime: '11:00',
      capacity: 5,
      waitlistCapacity: 0,
    })),
    endsOn: dayFromNow(20),
  });
  env.shifts = project.shifts.map((s) => s.id);
  await city.settleEvents();
  expectNoErrors(await city.query(SIGN_UP, { shiftId: env.shifts[0]! }, env.adult.token));
}, 180_000);

afterAll(() => env.city?.stop());

describe('a consent names its app', () => {
  let appFeed: string;
  let ownFeed: string;

  test('without any consent, no app reads anything and the old switch cannot be turned on', async () => {
    const a = await partner(env.adult.account, APP_A);
    expect(expectNoErrors(await env.city.query(PROFILE, {}, a)).me!.profile).toBeNull();
    expectError(await env.city.query(ACTIVITY, {}, a), 'FORBIDDEN');
    const on = expectError(
      await env.city.query(
        graphql(`
          mutation ConsentSwitchOn {
            setPartnerSharing(allow: true) {
              id
            }
          }
        `),
        {},
        env.adult.token,
      ),
      'BAD_USER_INPUT',
    );
    expect(on.message).toMatch(/grantConsent/);
  });

  test('app A, consented, reads what the consent covers; app B, not consented, is refused', async () => {
    const granted = expectNoErrors(
      await env.city.query(GRANT, { input: { ...EVERYTHING, appId: APP_A } }, env.adult.token),
    ).grantConsent;
    expect(granted).toMatchObject({ appId: APP_A, status: 'ACTIVE', grantedBy: 'VOLUNTEER', endedAt: null });
    await env.city.settleEvents();

    const a = await partner(env.adult.account, APP_A);
    const profile = expectNoErrors(await env.city.query(PROFILE, {}, a)).me!.profile!;
    // PROFILE covered, CONTACT not: the record masked, the mobile hidden altogether.
    expect(profile).toMatchObject({ realName: '赵同意', idNumber: '5101**************', phone: '***********' });
    expect(profile.shareWithPartners).toBe(true);
    expect(expectNoErrors(await env.city.query(ACTIVITY, {}, a)).mySignups).toHaveLength(1);
    expect(expectNoErrors(await env.city.query(RECORDS, {}, a)).myServiceRecords.edges).toEqual([]);
    // The sign-up's own notice, read by the consented app for the citizen.
    expect(
      expectNoErrors(await env.city.query(NOTIFICATIONS, {}, a)).myNotifications.edges.map((e) => e.node.id),
    ).toHaveLength(1);
    appFeed = expectNoErrors(await env.city.query(FEED_TOKEN, {}, a)).myCalendarFeedToken;
    ownFeed = expectNoErrors(await env.city.query(FEED_TOKEN, {}, env.adult.token)).myCalendarFeedToken;
    expect(appFeed).not.toBe(ownFeed);
    expect(await feedStatus(appFeed)).toBe(200);

    const b = await partner(env.adult.account, APP_B);
    expect(expectNoErrors(await env.city.query(PROFILE, {}, b)).me!.profile).toBeNull();
    await expectActivityRefused(b);
    expectError(await env.city.query(SIGN_UP, { shiftId: env.shifts[1]! }, b), 'FORBIDDEN');
  });

  test('signing up for the citizen needs the SIGN_UP_FOR_ME purpose', async () => {
    const a = await partner(env.adult.account, APP_A);
    const refused = expectError(await env.city.query(SIGN_UP, { shiftId: env.shifts[1]! }, a), 'FORBIDDEN');
    expect(refused.message).toMatch(/SIGN_UP_FOR_ME/);
    const again = expectNoErrors(
      await env.city.query(
        GRANT,
        { input: { ...EVERYTHING, appId: APP_A, purposes: [...EVERYTHING.purposes, 'SIGN_UP_FOR_ME'] } },
        env.adult.token,
      ),
    ).grantConsent;
    expect(again.purposes).toContain('SIGN_UP_FOR_ME');
    await env.city.settleEvents();
    expect(expectNoErrors(await env.city.query(SIGN_UP, { shiftId: env.shifts[1]! }, a)).signUp.status).toBe(
      'CONFIRMED',
    );
  });

  test('withdrawal stops every kind of sharing with the app at once, its calendar link included', async () => {
    const before = await feedStatus(appFeed);
    const withdrawn = expectNoErrors(
      await env.city.query(WITHDRAW, { input: { recipient: 'APP', appId: APP_A } }, env.adult.token),
    ).withdrawConsent;
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', endedBy: 'VOLUNTEER' });
    await env.city.settleEvents();

    const a = await partner(env.adult.account, APP_A);
    expect(before).toBe(200);
    expect(expectNoErrors(await env.city.query(PROFILE, {}, a)).me!.profile).toBeNull();
    await expectActivityRefused(a);
    expectError(await env.city.query(SIGN_UP, { shiftId: env.shifts[2]! }, a), 'FORBIDDEN');
    // The link the app read is dead; the volunteer's own still works.
    expect(await feedStatus(appFeed)).toBe(404);
    expect(await feedStatus(ownFeed)).toBe(200);
    // Withdrawing again: nothing stands.
    expectError(
      await env.city.query(WITHDRAW, { input: { recipient: 'APP', appId: APP_A } }, env.adult.token),
      'NOT_FOUND',
    );
  });

  test('the history keeps each consent with its grant and withdrawal times', async () => {
    const history = expectNoErrors(await env.city.query(HISTORY, {}, env.adult.token)).myConsents;
    expect(history.map((c) => c.status)).toEqual(['WITHDRAWN', 'REPLACED']);
    const [last, first] = history as [(typeof history)[0], (typeof history)[0]];
    expect(last.purposes).toContain('SIGN_UP_FOR_ME');
    expect(first.purposes).not.toContain('SIGN_UP_FOR_ME');
    expect(Date.parse(first.endedAt!)).toBeGreaterThanOrEqual(Date.parse(first.grantedAt));
    expect(Date.parse(last.grantedAt)).toBeGreaterThanOrEqual(Date.parse(first.endedAt!));
    expect(Date.parse(last.endedAt!)).toBeGreaterThanOrEqual(Date.parse(last.grantedAt));
    expect(last.endedBy).toBe('VOLUNTEER');
    expect(Math.abs(Date.parse(last.endedAt!) - Date.now())).toBeLessThan(120_000);
    // Nobody else reads them: not an app, not another volunteer.
    expectError(await env.city.query(HISTORY, {}, await partner(env.adult.account, APP_A)), 'FORBIDDEN');
    expectError(await env.city.query(HISTORY, { volunteerId: env.adult.id }, env.guardian.token), 'FORBIDDEN');
  });
});

test('with a consent to ORGANIZERS covering CONTACT, the organizers of her projects can reach her', async () => {
  const CONTACT = graphql(`
    query ConsentOrganizerContact($id: ID!) {
      volunteer(id: $id) {
        organizerContact {
          realName
          phone
        }
      }
    }
  `);
  const contactAs = async (org: string) =>
    expectNoErrors(await env.city.query(CONTACT, { id: env.adult.id }, await orgAdminToken(env.city, org))).volunteer!
      .organizerContact;
  // ORG(1) runs the project she signed up for; ORG(2) does not.
  expect(await contactAs(ORG(1))).toBeNull();
  const organizers = {
    recipient: 'ORGANIZERS' as const,
    purposes: ['REMIND_ME' as const],
    kinds: ['CONTACT' as const],
  };
  expect(
    expectNoErrors(await env.city.query(GRANT, { input: organizers }, env.adult.token)).grantConsent,
  ).toMatchObject({ recipient: 'ORGANIZERS', appId: null, status: 'ACTIVE' });
  expect(await contactAs(ORG(1))).toEqual({ realName: '赵同意', phone: '13911112222' });
  expect(await contactAs(ORG(2))).toBeNull();
  // An app gets nothing from a consent to the organizers.
  expect(
    expectNoErrors(await env.city.query(PROFILE, {}, await partner(env.adult.account, APP_B))).me!.profile,
  ).toBeNull();
  expectNoErrors(await env.city.query(WITHDRAW, { input: { recipient: 'ORGANIZERS' } }, env.adult.token));
  expect(await contactAs(ORG(1))).toBeNull();
});

describe('children', () => {
  test('under 14 only the confirmed guardian gives and withdraws consents', async () => {
    const own = expectError(
      await env.city.query(GRANT, { input: { ...EVERYTHING, appId: APP_A } }, env.child.token),
      'FORBIDDEN',
    );
    expect(own.message).toMatch(/guardian/);
    // An adult whose mobile is not the recorded guardian's cannot link; the guardian can.
    expectError(await env.city.query(CONFIRM_GUARDIAN, { id: env.child.id }, env.adult.token), 'FORBIDDEN');
    expectError(
      await env.city.query(
        GRANT,
        { input: { ...EVERYTHING, appId: APP_A, volunteerId: env.child.id } },
        env.guardian.token,
      ),
      'FORBIDDEN',
    );
    expectNoErrors(await env.city.query(CONFIRM_GUARDIAN, { id: env.child.id }, env.guardian.token));
    const granted = expectNoErrors(
      await env.city.query(
        GRANT,
        { input: { ...EVERYTHING, appId: APP_A, volunteerId: env.child.id } },
        env.guardian.token,
      ),
    ).grantConsent;
    expect(granted).toMatchObject({ status: 'ACTIVE', grantedBy: 'GUARDIAN' });
    await env.city.settleEvents();
    const a = await partner(env.child.account, APP_A);
    expect(expectNoErrors(await env.city.query(ACTIVITY, {}, a)).mySignups).toEqual([]);

    // The child sees the consent given for them but cannot withdraw it; the guardian can.
    expect(expectNoErrors(await env.city.query(HISTORY, {}, env.child.token)).myConsents).toHaveLength(1);
    expectError(
      await env.city.query(WITHDRAW, { input: { recipient: 'APP', appId: APP_A } }, env.child.token),
      'FORBIDDEN',
    );
    const withdrawn = expectNoErrors(
      await env.city.query(
        WITHDRAW,
        { input: { recipient: 'APP', appId: APP_A, volunteerId: env.child.id } },
        env.guardian.token,
      ),
    ).withdrawConsent;
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', endedBy: 'GUARDIAN' });
    await env.city.settleEvents();
    expectError(await env.city.query(ACTIVITY, {}, a), 'FORBIDDEN');
  });

  test("from 14 to 17 a consent to an app waits for the guardian's agreement", async () => {
    const pending = expectNoErrors(
      await env.city.query(GRANT, { input: { ...EVERYTHING, appId: APP_B } }, env.teen.token),
    ).grantConsent;
    expect(pending).toMatchObject({ status: 'PENDING_GUARDIAN', grantedBy: 'VOLUNTEER', guardianAgreedAt: null });
    await env.city.settleEvents();
    const b = await partner(env.teen.account, APP_B);
    expectError(await env.city.query(ACTIVITY, {}, b), 'FORBIDDEN');
    // The teen cannot agree for the guardian; the guardian, once linked, does.
    expectError(await env.city.query(AGREE, { id: pending.id }, env.teen.token), 'FORBIDDEN');
    expectNoErrors(await env.city.query(CONFIRM_GUARDIAN, { id: env.teen.id }, env.guardian.token));
    const agreed = expectNoErrors(await env.city.query(AGREE, { id: pending.id }, env.guardian.token)).agreeToConsent;
    expect(agreed.status).toBe('ACTIVE');
    expect(agreed.guardianAgreedAt).not.toBeNull();
    await env.city.settleEvents();
    expect(expectNoErrors(await env.city.query(ACTIVITY, {}, b)).mySignups).toEqual([]);
    // The guardian may withdraw it too.
    expectNoErrors(
      await env.city.query(
        WITHDRAW,
        { input: { recipient: 'APP', appId: APP_B, volunteerId: env.teen.id } },
        env.guardian.token,
      ),
    );
    await env.city.settleEvents();
    expectError(await env.city.query(ACTIVITY, {}, b), 'FORBIDDEN');
  });
});

const OWN_GUARDIAN = graphql(`
  query ConsentOwnGuardian {
    me {
      profile {
        guardian {
          phone
        }
      }
    }
  }
`);

describe('a 15-year-old registered without a guardian names one later', () => {
  const NAME_GUARDIAN = graphql(`
    mutation ConsentNameGuardian($input: GuardianConsentInput!) {
      nameGuardian(input: $input) {
        id
        profile {
          guardian {
            name
            relation
            phone
          }
        }
      }
    }
  `);
  const GUARDIAN = { name: '钱监护', relation: '父亲', phone: GUARDIAN_PHONE };
  let pendingId: string;

  test('their consent to an app waits, and there is nobody to agree', async () => {
    const pending = expectNoErrors(
      await env.city.query(GRANT, { input: { ...EVERYTHING, appId: APP_A } }, env.lone.token),
    ).grantConsent;
    expect(pending.status).toBe('PENDING_GUARDIAN');
    pendingId = pending.id;
    // No guardian on record: the adult cannot confirm, so cannot agree.
    expectError(await env.city.query(CONFIRM_GUARDIAN, { id: env.lone.id }, env.guardian.token), 'FORBIDDEN');
    expectError(await env.city.query(AGREE, { id: pendingId }, env.guardian.token), 'FORBIDDEN');
  });

  test('bad guardian input is refused with a code and the field, and nothing is recorded', async () => {
    const cases: [typeof GUARDIAN, string][] = [
      [{ ...GUARDIAN, name: '  ' }, 'input.name'],
      [{ ...GUARDIAN, relation: '' }, 'input.relation'],
      [{ ...GUARDIAN, phone: '12345' }, 'input.phone'],
      [{ ...GUARDIAN, phone: '13911115555' }, 'input.phone'],
    ];
    for (const [input, field] of cases) {
      const err = expectError(await env.city.query(NAME_GUARDIAN, { input }, env.lone.token), 'BAD_USER_INPUT');
      expect(err.extensions?.field).toBe(field);
    }
    expectError(await env.city.query(NAME_GUARDIAN, { input: GUARDIAN }, env.adult.token), 'FORBIDDEN');
    expectError(await env.city.query(NAME_GUARDIAN, { input: GUARDIAN }), 'UNAUTHENTICATED');
    // A 12-year-old whose registration guardian has not confirmed yet cannot put someone else in their place.
    const young = await register(env.city, 'consent-young', 12, 97, '13911117777', true);
    const refused = expectError(await env.city.query(NAME_GUARDIAN, { input: GUARDIAN }, young.token), 'FORBIDDEN');
    expect(refused.message).toMatch(/Under 14/);
    const me = expectNoErrors(await env.city.query(OWN_GUARDIAN, {}, env.lone.token)).me!;
    expect(me.profile!.guardian).toBeNull();
  });

  test('once named, the adult with that mobile confirms and agrees, and the app reads', async () => {
    const named = expectNoErrors(await env.city.query(NAME_GUARDIAN, { input: GUARDIAN }, env.lone.token)).nameGuardian;
    expect(named.profile!.guardian).toEqual({ name: '钱监护', relation: '父亲', phone: GUARDIAN_PHONE });
    expectNoErrors(await env.city.query(CONFIRM_GUARDIAN, { id: env.lone.id }, env.guardian.token));
    const agreed = expectNoErrors(await env.city.query(AGREE, { id: pendingId }, env.guardian.token)).agreeToConsent;
    expect(agreed.status).toBe('ACTIVE');
    await env.city.settleEvents();
    // The app reads what the consent covers; the guardian's mobile (CONTACT, not covered) stays hidden from it.
    const a = await partner(env.lone.account, APP_A);
    expect(expectNoErrors(await env.city.query(ACTIVITY, {}, a)).mySignups).toEqual([]);
    const seen = expectNoErrors(await env.city.query(OWN_GUARDIAN, {}, a)).me?.profile?.guardian;
    expect(seen?.phone).not.toBe(GUARDIAN_PHONE);
  });

  test('a confirmed guardian is not replaced by naming another', async () => {
    const err = expectError(
      await env.city.query(NAME_GUARDIAN, { input: { ...GUARDIAN, phone: '13900009999' } }, env.lone.token),
      'CONFLICT',
    );
    expect(err.message).toMatch(/confirmed/);
    const me = expectNoErrors(await env.city.query(OWN_GUARDIAN, {}, env.lone.token)).me!;
    expect(me.profile!.guardian!.phone).toBe(GUARDIAN_PHONE);
  });

  test('naming another guardian while the named one confirms: whoever is confirmed is the one on record', async () => {
    const WARDS = graphql(`
      query ConsentWards {
        myWards {
          id
        }
      }
    `);
    const racer = await register(env.city, 'consent-race-teen', 16, 86, '13911116666');
    expectNoErrors(await env.city.query(NAME_GUARDIAN, { input: GUARDIAN }, racer.token));
    const [renamed, confirmed] = await Promise.all([
      env.city.query(NAME_GUARDIAN, { input: { ...GUARDIAN, phone: '13900008888' } }, racer.token),
      env.city.query(CONFIRM_GUARDIAN, { id: racer.id }, env.guardian.token),
    ]);
    // Exactly one wins; the other is refused with a code.
    expect([renamed.errors?.length ?? 0, confirmed.errors?.length ?? 0].sort()).toEqual([0, 1]);
    const onRecord = expectNoErrors(await env.city.query(OWN_GUARDIAN, {}, racer.token)).me!.profile!.guardian!;
    const wards = expectNoErrors(await env.city.query(WARDS, {}, env.guardian.token)).myWards.map((w) => w.id);
    if (confirmed.errors?.length) {
      expect(onRecord.phone).toBe('13900008888');
      expect(wards).not.toContain(racer.id);
    } else {
      expect(onRecord.phone).toBe(GUARDIAN_PHONE);
      expect(wards).toContain(racer.id);
    }
  });
});

test('bad input is refused with a code and the field', async () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ ...EVERYTHING, appId: 'Not An App!' }, 'appId'],
    [{ ...EVERYTHING }, 'appId'],
    [{ ...EVERYTHING, recipient: 'ORGANIZERS', appId: APP_A }, 'appId'],
    [{ ...EVERYTHING, appId: APP_A, purposes: [] }, 'purposes'],
    [{ ...EVERYTHING, appId: APP_A, kinds: [] }, 'kinds'],
  ];
  for (const [input, field] of cases) {
    const err = expectError(
      await env.city.query(GRANT, { input: input as ConsentGrantMutationVariables['input'] }, env.adult.token),
      'BAD_USER_INPUT',
    );
    expect(err.extensions?.field).toBe(field);
  }
});

test('concurrent grants and withdrawals leave one consistent state in both subgraphs', async () => {
  const app = 'consent-app-race';
  const results = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      i % 2
        ? env.city.query(WITHDRAW, { input: { recipient: 'APP', appId: app } }, env.adult.token)
        : env.city.query(GRANT, { input: { ...EVERYTHING, appId: app } }, env.adult.token),
    ),
  );
  // Every call either succeeded or found nothing to withdraw.
  for (const r of results) if (r.errors?.length) expect(r.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  const history = expectNoErrors(await env.city.query(HISTORY, {}, env.adult.token)).myConsents.filter(
    (c) => c.appId === app,
  );
  const grants = results.filter((r, i) => i % 2 === 0 && !r.errors?.length).length;
  expect(history).toHaveLength(grants);
  const inForce = history.filter((c) => c.status === 'ACTIVE');
  expect(inForce.length).toBeLessThanOrEqual(1);
  await env.city.settleEvents();
  // The projects subgraph agrees with the records: the app reads sign-ups exactly when a consent stands.
  const res = await env.city.query(ACTIVITY, {}, await partner(env.adult.account, app));
  if (inForce.length) expect(expectNoErrors(res).mySignups.length).toBeGreaterThan(0);
  else expectError(res, 'FORBIDDEN');
});
