import { expectError, expectNoErrors } from '../testkit/city';
import demo from '../../subgraphs/volunteers/data/demo.json';
import { demoRegistration } from '../testkit/days';
import { DEMO, cityWithRoles, type RoleTokens } from './roles';
import { graphql } from '../testkit/generated';

const env = cityWithRoles();

// The profile and the public identity as fragments, so every document below spells them the same way.
graphql(`
  fragment VisibilityProfile on Volunteer {
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
      consentedAt
      guardian {
        name
        relation
        phone
      }
    }
  }
`);
graphql(`
  fragment VisibilityPublic on Volunteer {
    id
    displayName
    district {
      code
      name
    }
    memberSince
    starLevel
    confirmedHours
    badges {
      code
      name
    }
    card {
      verificationCode
      displayName
      memberSince
      starLevel
    }
  }
`);
const VOLUNTEER = graphql(`
  query VisibilityPublicVolunteer($id: ID!) {
    volunteer(id: $id) {
      ...VisibilityPublic
      ...VisibilityProfile
    }
  }
`);
const ME_PROFILE = graphql(`
  query VisibilityMeProfile {
    me {
      ...VisibilityProfile
    }
  }
`);
const ME_NAME_PROFILE = graphql(`
  query VisibilityMeNameProfile {
    me {
      displayName
      ...VisibilityProfile
    }
  }
`);
const volunteer = (id: string, token?: string) => env.city.query(VOLUNTEER, { id }, token);

test('the volunteer sees their own ID number and phone in full', async () => {
  const { me } = expectNoErrors(
    await env.city.query(
      graphql(`
        query VisibilityMe {
          me {
            ...VisibilityPublic
            ...VisibilityProfile
          }
        }
      `),
      {},
      env.t.self01,
    ),
  );
  expect(me).toMatchObject({
    id: DEMO.v01,
    displayName: '李*雨',
    district: { code: 'jinjiang' },
    starLevel: 1,
    confirmedHours: 126,
  });
  expect(me!.profile).toMatchObject({
    realName: '李思雨',
    sex: 'FEMALE',
    birthDate: '1999-04-12',
    idNumber: '510104199904120446',
    phone: '13881234501',
    unmasked: true,
    skills: ['急救证书', '心理疏导'],
    serviceCategories: ['epidemic', 'community'],
    guardian: null,
  });
});

describe('public identity (issue 11): a nickname or masked real name, the month only, nothing about a minor', () => {
  // Every caller who may not read 李思雨's profile sees the same public identity: masked name, district, month.
  const publicCallers: [string, (t: RoleTokens) => string | undefined][] = [
    ['an anonymous caller', () => undefined],
    ['another volunteer', (t) => t.other03],
    ['an organization admin', (t) => t.orgAdmin],
    ["another district's admin", (t) => t.piduAdmin],
    ['a partner app for another citizen', (t) => t.partnerFor02],
  ];
  test.each(publicCallers)(
    '%s sees 李*雨, her district and the month she registered, never the real name',
    async (_, token) => {
      const res = await volunteer(DEMO.v01, token(env.t));
      const { volunteer: v } = expectNoErrors(res);
      expect(v).toMatchObject({
        displayName: '李*雨',
        district: { code: 'jinjiang' },
        memberSince: demoRegistration(1).month,
        starLevel: 1,
        confirmedHours: 126,
        profile: null,
      });
      expect(v!.card).toMatchObject({ displayName: '李*雨', memberSince: demoRegistration(1).month });
      expect(JSON.stringify(res)).not.toContain('李思雨');
    },
  );

  // Those who may read the profile get the real name there, and the exact registration time; the public name is
  // the same for everyone (it is what the card shows).
  const profileCallers: [string, (t: RoleTokens) => string][] = [
    ['the volunteer', (t) => t.self01],
    ['an admin of her district', (t) => t.jinjiangAdmin],
    ['a city admin', (t) => t.cityAdmin],
  ];
  test.each(profileCallers)(
    '%s reads the real name in the profile and the exact registration time',
    async (_, token) => {
      const { volunteer: v } = expectNoErrors(await volunteer(DEMO.v01, token(env.t)));
      expect(v).toMatchObject({
        displayName: '李*雨',
        memberSince: demoRegistration(1).at,
        profile: { realName: '李思雨' },
      });
    },
  );

  test('a chosen nickname is the public name, and the card shows it', async () => {
    const self03 = await env.city.token({ role: 'volunteer', sub: 'demo-volunteer-03' });
    expectNoErrors(
      await env.city.query(
        graphql(`
          mutation VisibilityUpdateVolunteerProfile {
            updateVolunteerProfile(input: { displayName: "小太阳" }) {
              id
            }
          }
        `),
        {},
        self03,
      ),
    );
    const { volunteer: v } = expectNoErrors(
      await env.city.query(
        graphql(`
          query VisibilityVolunteer {
            volunteer(id: "20000000-0000-4000-8000-000000000003") {
              displayName
              card {
                displayName
              }
            }
          }
        `),
      ),
    );
    expect(v).toEqual({ displayName: '小太阳', card: { displayName: '小太阳' } });
  });

  test("a 12-year-old's name, district and registration time are shown to none but the child and admins", async () => {
    const query = graphql(`
      query VisibilityChild($id: ID!) {
        volunteer(id: $id) {
          displayName
          district {
            code
          }
          memberSince
          card {
            displayName
            memberSince
          }
          profile {
            realName
          }
        }
      }
    `);
    for (const token of [undefined, env.t.other03, env.t.orgAdmin, env.t.piduAdmin]) {
      const res = await env.city.query(query, { id: DEMO.v16 }, token);
      expect(expectNoErrors(res).volunteer).toEqual({
        displayName: '青聚志愿者',
        district: null,
        memberSince: null,
        card: { displayName: '青聚志愿者', memberSince: null },
        profile: null,
      });
      expect(JSON.stringify(res)).not.toMatch(/林子墨|xindu/);
    }
    const admin = expectNoErrors(await env.city.query(query, { id: DEMO.v16 }, env.t.cityAdmin)).volunteer;
    expect(admin).toMatchObject({
      displayName: '青聚志愿者',
      district: { code: 'xindu' },
      memberSince: demoRegistration(16).at,
      profile: { realName: '林子墨' },
    });
  });

  test('no public path gives away a real name or an exact registration time', async () => {
    const realNames = demo.volunteers.map((v) => v.realName);
    const registered = demo.volunteers.map((v) => new Date(v.createdAt).toISOString().slice(0, 10));
    const entity = 'displayName district { code } memberSince card { displayName memberSince }';
    // Eight at a time: the gateway allows 15 aliases an operation.
    const halves = [demo.volunteers.slice(0, 8), demo.volunteers.slice(8)];
    const paths = [
      ...halves.map((vs) => `{ ${vs.map((v, i) => `v${i}: volunteer(id: "${v.id}") { ${entity} }`).join(' ')} }`),
      ...halves.map(
        (vs) =>
          `{ ${vs
            .map(
              (v, i) => `
            c${i}: verifyVolunteerCard(code: "${v.cardCode}") {
              valid
              displayName
              issuedIn
            }
          `,
            )
            .join(' ')} }`,
      ),
      `{ pidu { offers(first: 50) { edges { node { title provider { ${entity} } } } } } }`,
    ];
    // Anonymous, a signed-in citizen who is none of them, an organization admin.
    const citizen = await env.city.token({ role: 'volunteer', sub: 'citizen-not-registered' });
    for (const token of [undefined, citizen, env.t.orgAdmin]) {
      for (const query of paths) {
        const res = await env.city.query(query, {}, token);
        const text = JSON.stringify(expectNoErrors(res));
        for (const name of realNames) expect(text).not.toContain(name);
        for (const at of registered) expect(text).not.toContain(at);
      }
    }
  });
});

test("a child's guardian consent is shown to the child in full and to admins masked", async () => {
  const own = expectNoErrors(
    await env.city.query(ME_PROFILE, {}, await env.city.token({ role: 'volunteer', sub: 'demo-volunteer-16' })),
  );
  expect(own.me!.profile!.guardian).toEqual({ name: '林建国', relation: '父亲', phone: '13908171234' });
  const { volunteer: v } = expectNoErrors(await volunteer(DEMO.v16, env.t.cityAdmin));
  expect(v!.profile!.guardian!.phone).toBe('139****1234');
});

test("a partner app sees its citizen's masked record only while the citizen consents to sharing", async () => {
  // 王浩然 (02) consented at registration; 李思雨 (01) did not.
  const shared = expectNoErrors(await env.city.query(ME_NAME_PROFILE, {}, env.t.partnerFor02));
  expect(shared.me!.profile).toMatchObject({
    realName: '王浩然',
    idNumber: '5101**************',
    unmasked: false,
    shareWithPartners: true,
  });
  const notShared = expectNoErrors(await env.city.query(ME_NAME_PROFILE, {}, env.t.partnerFor01));
  expect(notShared.me).toEqual({ displayName: '李*雨', profile: null });

  // The app acts for its linked citizen only: another volunteer's record stays closed to it.
  expect(expectNoErrors(await volunteer(DEMO.v01, env.t.partnerFor02)).volunteer!.profile).toBeNull();

  // Without the read scope, consent alone is not enough.
  const noScope = await env.city.token({
    role: 'partner',
    sub: 'demo-volunteer-02',
    azp: 'tianfu-citizen-cloud',
    scope: 'projects:read',
  });
  expect(expectNoErrors(await env.city.query(ME_PROFILE, {}, noScope)).me!.profile).toBeNull();

  // 王浩然 withdraws his consent: the app loses access at once; consenting to this app again restores it.
  const self02 = await env.city.token({ role: 'volunteer', sub: 'demo-volunteer-02' });
  const withdrawn = expectNoErrors(
    await env.city.query(
      graphql(`
        mutation VisibilitySetPartnerSharing {
          setPartnerSharing(allow: false) {
            profile {
              shareWithPartners
            }
          }
        }
      `),
      {},
      self02,
    ),
  );
  expect(withdrawn.setPartnerSharing.profile!.shareWithPartners).toBe(false);
  expect(expectNoErrors(await env.city.query(ME_PROFILE, {}, env.t.partnerFor02)).me!.profile).toBeNull();
  expectNoErrors(
    await env.city.query(
      graphql(`
        mutation VisibilityGrantConsent {
          grantConsent(
            input: { recipient: APP, appId: "tianfu-citizen-cloud", purposes: [SHOW_MY_RECORDS], kinds: [PROFILE] }
          ) {
            id
          }
        }
      `),
      {},
      self02,
    ),
  );
  const again = expectNoErrors(await env.city.query(ME_PROFILE, {}, env.t.partnerFor02)).me!.profile!;
  expect(again.realName).toBe('王浩然');
  // The consent covers PROFILE, not CONTACT: the mobile numbers stay hidden from the app.
  expect(again.phone).toBe('***********');
  // Another app than the one consented to reads nothing.
  const otherApp = await env.city.token({
    role: 'partner',
    sub: 'demo-volunteer-02',
    azp: 'another-app',
    scope: 'volunteer:read',
  });
  expect(expectNoErrors(await env.city.query(ME_PROFILE, {}, otherApp)).me!.profile).toBeNull();
});

test('a partner app cannot change consent or the record for its citizen', async () => {
  expectError(
    await env.city.query(
      graphql(`
        mutation VisibilitySetPartnerSharing3 {
          setPartnerSharing(allow: true) {
            id
          }
        }
      `),
      {},
      env.t.partnerFor01,
    ),
    'FORBIDDEN',
  );
  expectError(
    await env.city.query(
      graphql(`
        mutation VisibilityUpdateVolunteerProfile2 {
          updateVolunteerProfile(input: { displayName: "改名" }) {
            id
          }
        }
      `),
      {},
      env.t.partnerFor02,
    ),
    'FORBIDDEN',
  );
  // Nor give itself (or another app) a consent.
  expectError(
    await env.city.query(
      graphql(`
        mutation VisibilityPartnerGrantsItself {
          grantConsent(
            input: { recipient: APP, appId: "tianfu-citizen-cloud", purposes: [SIGN_UP_FOR_ME], kinds: [ACTIVITY] }
          ) {
            id
          }
        }
      `),
      {},
      env.t.partnerFor01,
    ),
    'FORBIDDEN',
  );
});
