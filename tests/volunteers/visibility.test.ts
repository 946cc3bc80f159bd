import { demoInstant } from '../../subgraphs/kit/demo-days';
import volunteersDemo from '../../subgraphs/volunteers/data/demo.json';
import { expectError, expectNoErrors } from '../testkit/city';
import { DEMO, cityWithRoles } from './roles';

const env = cityWithRoles();

const PROFILE = `profile { realName sex birthDate idNumber phone skills serviceCategories unmasked shareWithPartners consentedAt guardian { name relation phone } }`;
const PUBLIC = `id displayName district { code name } memberSince starLevel confirmedHours badges { code name } card { verificationCode starLevel }`;
const volunteer = (id: string, token?: string) =>
  env.city.query(`query V($id: ID!) { volunteer(id: $id) { ${PUBLIC} ${PROFILE} } }`, { id }, token);

test('the volunteer sees their own ID number and phone in full', async () => {
  const { me } = expectNoErrors(await env.city.query(`{ me { ${PUBLIC} ${PROFILE} } }`, {}, env.t.self01));
  expect(me).toMatchObject({ id: DEMO.v01, displayName: '李思雨', district: { code: 'jinjiang' }, starLevel: 1, confirmedHours: 126 });
  expect(me.profile).toMatchObject({
    realName: '李思雨', sex: 'FEMALE', birthDate: '1999-04-12', idNumber: '510104199904120446', phone: '13881234501',
    unmasked: true, skills: ['急救证书', '心理疏导'], serviceCategories: ['epidemic', 'community'], guardian: null,
  });
});

test('anonymous callers, other volunteers and organization admins see public fields only', async () => {
  for (const token of [undefined, env.t.other03, env.t.orgAdmin]) {
    const { volunteer: v } = expectNoErrors(await volunteer(DEMO.v01, token));
    expect(v).toMatchObject({ displayName: '李思雨', starLevel: 1, confirmedHours: 126, profile: null });
    expect(v.memberSince).toBe(demoInstant(volunteersDemo.volunteers[0]!.createdAt).toISOString()); // as the demo was seeded
    expect(v.card.verificationCode).toMatch(/^QJ/);
  }
});

test("an admin of the volunteer's district and a city admin see the record masked", async () => {
  for (const token of [env.t.jinjiangAdmin, env.t.cityAdmin]) {
    const { volunteer: v } = expectNoErrors(await volunteer(DEMO.v01, token));
    expect(v.profile).toMatchObject({ realName: '李思雨', idNumber: '5101**********0446', phone: '138****4501', unmasked: false });
  }
});

test('an admin of another district sees public fields only', async () => {
  const { volunteer: v } = expectNoErrors(await volunteer(DEMO.v01, env.t.piduAdmin));
  expect(v).toMatchObject({ displayName: '李思雨', starLevel: 1, profile: null });
});

test("a child's guardian consent is shown to the child in full and to admins masked", async () => {
  const own = expectNoErrors(await env.city.query(`{ me { ${PROFILE} } }`, {}, await env.city.token({ role: 'volunteer', sub: 'demo-volunteer-16' })));
  expect(own.me.profile.guardian).toEqual({ name: '林建国', relation: '父亲', phone: '13908171234' });
  const { volunteer: v } = expectNoErrors(await volunteer(DEMO.v16, env.t.cityAdmin));
  expect(v.profile.guardian.phone).toBe('139****1234');
});

test("a partner app sees its citizen's record masked only while the citizen consents to sharing with partners", async () => {
  // 王浩然 (02) consented at registration; 李思雨 (01) did not.
  const shared = expectNoErrors(await env.city.query(`{ me { displayName ${PROFILE} } }`, {}, env.t.partnerFor02));
  expect(shared.me.profile).toMatchObject({ realName: '王浩然', idNumber: expect.stringMatching(/^5101\*{10}\d{3}[\dX]$/), unmasked: false, shareWithPartners: true });
  const notShared = expectNoErrors(await env.city.query(`{ me { displayName ${PROFILE} } }`, {}, env.t.partnerFor01));
  expect(notShared.me).toEqual({ displayName: '李思雨', profile: null });

  // The app acts for its linked citizen only: another volunteer's record stays closed to it.
  expect(expectNoErrors(await volunteer(DEMO.v01, env.t.partnerFor02)).volunteer.profile).toBeNull();

  // Without the read scope, consent alone is not enough.
  const noScope = await env.city.token({ role: 'partner', sub: 'demo-volunteer-02', azp: 'tianfu-citizen-cloud', scope: 'projects:read' });
  expect(expectNoErrors(await env.city.query(`{ me { ${PROFILE} } }`, {}, noScope)).me.profile).toBeNull();

  // 王浩然 withdraws his consent: the app loses access at once; granting it again restores it.
  const self02 = await env.city.token({ role: 'volunteer', sub: 'demo-volunteer-02' });
  const withdrawn = expectNoErrors(await env.city.query('mutation { setPartnerSharing(allow: false) { profile { shareWithPartners } } }', {}, self02));
  expect(withdrawn.setPartnerSharing.profile.shareWithPartners).toBe(false);
  expect(expectNoErrors(await env.city.query(`{ me { ${PROFILE} } }`, {}, env.t.partnerFor02)).me.profile).toBeNull();
  expectNoErrors(await env.city.query('mutation { setPartnerSharing(allow: true) { id } }', {}, self02));
  expect(expectNoErrors(await env.city.query(`{ me { ${PROFILE} } }`, {}, env.t.partnerFor02)).me.profile.realName).toBe('王浩然');
});

test('a partner app cannot change consent or the record for its citizen', async () => {
  expectError(await env.city.query('mutation { setPartnerSharing(allow: true) { id } }', {}, env.t.partnerFor01), 'FORBIDDEN');
  expectError(await env.city.query('mutation { updateVolunteerProfile(input: { displayName: "改名" }) { id } }', {}, env.t.partnerFor02), 'FORBIDDEN');
});
