import crypto from 'node:crypto';
import { expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { deliver } from '../testkit/events';
import { birthDateForAge, dayFromNow } from '../testkit/days';
import { ORG } from '../testkit/fixtures';
import { districtAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import { idNumberFor } from '../volunteers/roles';
import { dayFromNow as inDays, publishedProject } from '../projects/helpers';
import { outcomes, registerVolunteers } from './district-helpers';

/**
 * Chenghua's volunteer families through the gateway: an adult founds a family as its guardian, adds children
 * (under 18) at once and invites adults who accept; never more than eight members however many are added at once;
 * the family's combined hours count each member's confirmed hours from the day they joined, and give its badge;
 * the guardian signs members up together for a shift of a family-friendly project, all or none, never past capacity.
 */
let city: City;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.stop());

const ME = graphql(`
  query ChenghuaMe {
    me {
      id
      displayName
      confirmedHours
    }
    chenghua {
      myFamily {
        id
        name
        hours
        badge
        members {
          role
          status
          joinedOn
          volunteer {
            id
            displayName
          }
        }
      }
    }
  }
`);
const me = async (token: string) => expectNoErrors(await city.query(ME, {}, token));

const CREATE = graphql(`
  mutation ChenghuaCreate($name: String!) {
    chenghuaCreateFamily(name: $name) {
      id
      name
    }
  }
`);
const ADD = graphql(`
  mutation ChenghuaAdd($id: ID!) {
    chenghuaAddMember(volunteerId: $id) {
      role
      status
    }
  }
`);
const ACCEPT = graphql(`
  mutation ChenghuaAccept($id: ID!) {
    chenghuaAcceptFamily(familyId: $id) {
      role
      status
    }
  }
`);

let minors = 0;
/** Registers `n` volunteers aged 15 living in Chenghua (no guardian consent is needed from 14). */
async function registerMinors(prefix: string, n: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let k = 0; k < n; k++) {
    const i = minors++;
    const token = await city.token({ role: 'volunteer', sub: `${prefix}-${k}` });
    const birthDate = birthDateForAge(15, 30 + i);
    expectNoErrors(
      await city.query(
        graphql(`
          mutation ChenghuaRegisterMinor($input: RegisterVolunteerInput!) {
            registerVolunteer(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            realName: `少年${i}`,
            sex: 'MALE',
            birthDate,
            idNumber: idNumberFor(birthDate, 'MALE', 600 + i, '510108'),
            districtCode: 'chenghua',
            phone: `136${String(30000000 + i)}`,
            serviceCategories: ['community'],
            consent: { personalData: true },
          },
        },
        token,
      ),
    );
    tokens.push(token);
  }
  await city.settleEvents();
  return tokens;
}

const served = (volunteerId: string, hours: number, daysAgo: number, recordId: string = crypto.randomUUID()) =>
  deliver(city, 'chenghua', 'service.confirmed', {
    recordId,
    volunteerId,
    projectId: crypto.randomUUID(),
    organizationId: ORG(1),
    districtCode: 'jinjiang',
    servedOn: dayFromNow(-daysAgo),
    hours,
  });

test('a guardian founds a family, adds a child at once, invites an adult who accepts; clear errors else', async () => {
  const [guardian, spouse, stranger] = await registerVolunteers(city, 'ch-family', 3, 'chenghua');
  const [child] = await registerMinors('ch-child', 1);
  const childId = (await me(child)).me!.id;
  const spouseId = (await me(spouse)).me!.id;

  expectError(await city.query(CREATE, { name: '熊' }, guardian), 'BAD_USER_INPUT');
  expectError(await city.query(CREATE, { name: '熊猫一家' }), 'UNAUTHENTICATED');
  expectError(await city.query(CREATE, { name: '熊猫一家' }, await districtAdminToken(city, 'chenghua')), 'FORBIDDEN');
  expectError(await city.query(CREATE, { name: '少年之家' }, child), 'NOT_ADULT');
  // Two founding requests at once: one family.
  const founded = await Promise.all([1, 2, 3].map(() => city.query(CREATE, { name: '熊猫一家' }, guardian)));
  expect(outcomes(founded)).toEqual({ OK: 1, CONFLICT: 2 });
  const familyId = founded.find((r) => !r.errors)!.data!.chenghuaCreateFamily.id;

  // Only the guardian adds; a child joins at once, an adult is invited.
  expectError(await city.query(ADD, { id: childId }, stranger), 'NOT_GUARDIAN');
  expectError(await city.query(ADD, { id: 'x' }, guardian), 'BAD_USER_INPUT');
  expectError(await city.query(ADD, { id: crypto.randomUUID() }, guardian), 'NOT_FOUND');
  expect(expectNoErrors(await city.query(ADD, { id: childId }, guardian)).chenghuaAddMember).toEqual({
    role: 'CHILD',
    status: 'ACTIVE',
  });
  expect(expectNoErrors(await city.query(ADD, { id: childId }, guardian)).chenghuaAddMember.status).toBe('ACTIVE');
  expect(expectNoErrors(await city.query(ADD, { id: spouseId }, guardian)).chenghuaAddMember).toEqual({
    role: 'ADULT',
    status: 'INVITED',
  });
  expectError(await city.query(ACCEPT, { id: familyId }, stranger), 'NOT_FOUND');
  expect(expectNoErrors(await city.query(ACCEPT, { id: familyId }, spouse)).chenghuaAcceptFamily.status).toBe('ACTIVE');

  // One gateway query: the city profile and the family with its members' public names.
  const seen = await me(spouse);
  expect(seen.me!.displayName).toBeTruthy();
  const family = seen.chenghua.myFamily!;
  expect(family.name).toBe('熊猫一家');
  expect(family.members.map((m) => [m.role, m.status])).toEqual([
    ['GUARDIAN', 'ACTIVE'],
    ['CHILD', 'ACTIVE'],
    ['ADULT', 'ACTIVE'],
  ]);
  expect(family.members[1]!.volunteer).toEqual({ id: childId, displayName: '青聚志愿者' });
  // Someone outside the family sees none; a member of another family cannot be added here.
  expect((await me(stranger)).chenghua.myFamily).toBeNull();
  const [other] = await registerVolunteers(city, 'ch-other', 1, 'chenghua');
  expectNoErrors(await city.query(CREATE, { name: '另一家' }, other));
  expectError(await city.query(ADD, { id: childId }, other), 'CONFLICT');
});

test('concurrent additions never take a family past eight members', async () => {
  const [guardian] = await registerVolunteers(city, 'ch-full', 1, 'chenghua');
  const kids = await registerMinors('ch-kids', 10);
  const ids = await Promise.all(kids.map(async (t) => (await me(t)).me!.id));
  expectNoErrors(await city.query(CREATE, { name: '大家庭' }, guardian));
  const results = await Promise.all(ids.map((id) => city.query(ADD, { id }, guardian)));
  expect(outcomes(results)).toEqual({ OK: 7, FAMILY_FULL: 3 });
  expect((await me(guardian)).chenghua.myFamily!.members).toHaveLength(8);
});

test("the family's combined hours count each member from the day they joined, and give its badge", async () => {
  const [guardian] = await registerVolunteers(city, 'ch-hours', 1, 'chenghua');
  const [child] = await registerMinors('ch-hours-kid', 1);
  const guardianId = (await me(guardian)).me!.id;
  const childId = (await me(child)).me!.id;
  // Served before the family existed: not the family's.
  await served(guardianId, 50, 3);
  expectNoErrors(await city.query(CREATE, { name: '暖心之家' }, guardian));
  expectNoErrors(await city.query(ADD, { id: childId }, guardian));
  expect((await me(guardian)).chenghua.myFamily).toMatchObject({ hours: 0, badge: null });
  const record = crypto.randomUUID();
  await served(childId, 19.5, 0, record);
  expect((await me(child)).chenghua.myFamily).toMatchObject({ hours: 19.5, badge: null });
  await served(guardianId, 0.5, 0);
  expect((await me(child)).chenghua.myFamily).toMatchObject({ hours: 20, badge: 'WARM' });
  await served(childId, 79.5, 0, record); // the record corrected: 79.5 h instead of 19.5
  expect((await me(guardian)).chenghua.myFamily).toMatchObject({ hours: 80, badge: 'WARM' });
  await served(guardianId, 20, 0);
  expect((await me(guardian)).chenghua.myFamily).toMatchObject({ hours: 100, badge: 'STAR' });
  await served(guardianId, 199.5, 0);
  expect((await me(guardian)).chenghua.myFamily).toMatchObject({ hours: 299.5, badge: 'STAR' });
  await served(childId, 0.5, 0);
  expect((await me(guardian)).chenghua.myFamily).toMatchObject({ hours: 300, badge: 'MODEL' });
});

const MARK = graphql(`
  mutation ChenghuaMarkFamilyFriendly($project: ID!, $on: Boolean!) {
    chenghuaMarkFamilyFriendly(projectId: $project, familyFriendly: $on) {
      id
      chenghua {
        familyFriendly
      }
    }
  }
`);
const SIGN_UP_FAMILY = graphql(`
  mutation ChenghuaSignUpFamily($shift: ID!, $ids: [ID!]!) {
    signUpFamily(shiftId: $shift, volunteerIds: $ids) {
      id
      status
      volunteer {
        id
      }
    }
  }
`);
const SHIFT_SEEN = graphql(`
  query ChenghuaFamilyShift($id: ID!) {
    project(id: $id) {
      chenghua {
        familyFriendly
      }
      shifts {
        signedUpCount
        waitlistCount
        freePlaces
        mySignup {
          status
        }
      }
    }
  }
`);
const shiftSeen = async (projectId: string, token?: string) =>
  expectNoErrors(await city.query(SHIFT_SEEN, { id: projectId }, token)).project!;

let projectsMade = 0;
/** A published project with one shift of `capacity` places, marked family-friendly (or not) by a Chenghua admin. */
async function familyProject(capacity: number, familyFriendly: boolean, overrides: Record<string, unknown> = {}) {
  // Each on its own day, so a family's earlier sign-ups never overlap it.
  const startsOn = inDays(12 + projectsMade++);
  const project = await publishedProject(city, ORG(1), {
    startsOn,
    endsOn: startsOn,
    shifts: [{ date: startsOn, startTime: '09:00', endTime: '11:00', capacity, waitlistCapacity: 3 }],
    ...overrides,
  });
  if (familyFriendly) {
    const admin = await districtAdminToken(city, 'chenghua');
    const marked = expectNoErrors(await city.query(MARK, { project: project.id, on: true }, admin));
    expect(marked.chenghuaMarkFamilyFriendly.chenghua.familyFriendly).toBe(true);
  }
  await city.settleEvents();
  return { id: project.id, shift: project.shifts[0]!.id };
}

/** A guardian with `kids` children added at once; tokens and volunteer ids, guardian first. */
async function family(prefix: string, kids: number) {
  const [guardian] = await registerVolunteers(city, `${prefix}-g`, 1, 'chenghua');
  const children = await registerMinors(`${prefix}-k`, kids);
  const tokens = [guardian!, ...children];
  const ids = await Promise.all(tokens.map(async (t) => (await me(t)).me!.id));
  expectNoErrors(await city.query(CREATE, { name: `${prefix}之家`.slice(0, 20) }, guardian));
  for (const id of ids.slice(1)) expectNoErrors(await city.query(ADD, { id }, guardian));
  await city.settleEvents();
  return { tokens, ids };
}

test('the guardian alone signs the family up together, on family-friendly shifts only', async () => {
  // Guardian, an invited adult who accepts, and a child: three members.
  const [guardian, spouse, stranger] = await registerVolunteers(city, 'ch-signup', 3, 'chenghua');
  const [child] = await registerMinors('ch-signup-kid', 1);
  const [guardianId, spouseId, strangerId, childId] = await Promise.all(
    [guardian!, spouse!, stranger!, child!].map(async (t) => (await me(t)).me!.id),
  );
  const familyId = expectNoErrors(await city.query(CREATE, { name: '报名一家' }, guardian)).chenghuaCreateFamily.id;
  expectNoErrors(await city.query(ADD, { id: childId }, guardian));
  expectNoErrors(await city.query(ADD, { id: spouseId }, guardian));
  const three = [guardianId!, spouseId!, childId!];
  const friendly = await familyProject(5, true);

  // The invited adult is not a member until they accept.
  expectError(await city.query(SIGN_UP_FAMILY, { shift: friendly.shift, ids: three }, guardian), 'NOT_FAMILY_MEMBER');
  expectNoErrors(await city.query(ACCEPT, { id: familyId }, spouse));
  await city.settleEvents();

  // Only a Chenghua admin marks a project; a project nobody marked takes no family sign-ups.
  const plain = await familyProject(5, false);
  expectError(await city.query(MARK, { project: plain.id, on: true }, guardian), 'FORBIDDEN');
  expectError(
    await city.query(MARK, { project: plain.id, on: true }, await districtAdminToken(city, 'pidu')),
    'FORBIDDEN',
  );
  expect((await shiftSeen(plain.id)).chenghua.familyFriendly).toBe(false);
  expectError(await city.query(SIGN_UP_FAMILY, { shift: plain.shift, ids: three }, guardian), 'NOT_FAMILY_FRIENDLY');
  // A member who is not the guardian, someone outside the family, a stranger named: refused.
  expectError(await city.query(SIGN_UP_FAMILY, { shift: friendly.shift, ids: three }, spouse), 'NOT_GUARDIAN');
  expectError(await city.query(SIGN_UP_FAMILY, { shift: friendly.shift, ids: three }, stranger), 'NOT_GUARDIAN');
  // A partner app allowed to sign the guardian up acts for the guardian alone, not for the family.
  const partner = await city.token({
    role: 'partner',
    azp: 'tianfu-citizen-cloud',
    scope: 'project:signup',
    sub: 'ch-signup-0',
  });
  expectError(await city.query(SIGN_UP_FAMILY, { shift: friendly.shift, ids: three }, partner), 'FORBIDDEN');
  expectError(
    await city.query(SIGN_UP_FAMILY, { shift: friendly.shift, ids: [...three, strangerId!] }, guardian),
    'NOT_FAMILY_MEMBER',
  );
  expect((await shiftSeen(friendly.id)).shifts[0]).toMatchObject({ signedUpCount: 0, freePlaces: 5 });

  // The family of three: three places taken, each member sees their own confirmed sign-up.
  const signed = expectNoErrors(await city.query(SIGN_UP_FAMILY, { shift: friendly.shift, ids: three }, guardian));
  expect(signed.signUpFamily.map((s) => [s.volunteer.id, s.status])).toEqual(three.map((id) => [id, 'CONFIRMED']));
  expect((await shiftSeen(friendly.id)).shifts[0]).toMatchObject({ signedUpCount: 3, freePlaces: 2 });
  for (const t of [guardian!, spouse!, child!])
    expect((await shiftSeen(friendly.id, t)).shifts[0]!.mySignup).toEqual({ status: 'CONFIRMED' });
  expect((await shiftSeen(friendly.id, stranger)).shifts[0]!.mySignup).toBeNull();

  // Again: the same sign-ups, no place taken twice.
  const again = expectNoErrors(await city.query(SIGN_UP_FAMILY, { shift: friendly.shift, ids: three }, guardian));
  expect(again.signUpFamily.map((s) => s.id)).toEqual(signed.signUpFamily.map((s) => s.id));
  expect((await shiftSeen(friendly.id)).shifts[0]).toMatchObject({ signedUpCount: 3, waitlistCount: 0 });

  // Each member's own rules apply: a project for adults refuses the family with the child, takes it without.
  const adultsOnly = await familyProject(5, true, { minimumAge: 18 });
  const refused = await city.query(SIGN_UP_FAMILY, { shift: adultsOnly.shift, ids: three }, guardian);
  expectError(refused, 'NOT_ELIGIBLE');
  expect(refused.errors![0]!.message).toMatch(/^Member 3 of those you named/);
  expect((await shiftSeen(adultsOnly.id)).shifts[0]!.signedUpCount).toBe(0);
  expectNoErrors(
    await city.query(SIGN_UP_FAMILY, { shift: adultsOnly.shift, ids: [guardianId!, spouseId!] }, guardian),
  );
  expect((await shiftSeen(adultsOnly.id)).shifts[0]!.signedUpCount).toBe(2);
});

test('two families race for the last four places: exactly one gets in, capacity never exceeded', async () => {
  const [a, b] = await Promise.all([family('ch-race-a', 2), family('ch-race-b', 2)]);
  const shift = await familyProject(4, true);
  const results = await Promise.all([
    city.query(SIGN_UP_FAMILY, { shift: shift.shift, ids: a.ids }, a.tokens[0]),
    city.query(SIGN_UP_FAMILY, { shift: shift.shift, ids: b.ids }, b.tokens[0]),
  ]);
  expect(outcomes(results)).toEqual({ OK: 1, PLACES_LEFT: 1 });
  expect(results.find((r) => r.errors)!.errors![0]!.message).toMatch(/^Only 1 place is left on this shift/);
  const seen = await shiftSeen(shift.id);
  expect(seen.shifts[0]).toMatchObject({ signedUpCount: 3, waitlistCount: 0, freePlaces: 1 });
  // Together or not at all: every member of the winning family has a place, none of the other.
  const winner = results[0]!.errors ? b : a;
  const loser = winner === a ? b : a;
  for (const t of winner.tokens) expect((await shiftSeen(shift.id, t)).shifts[0]!.mySignup?.status).toBe('CONFIRMED');
  for (const t of loser.tokens) expect((await shiftSeen(shift.id, t)).shifts[0]!.mySignup).toBeNull();
});

test('the demo family 熊猫一家 is known to projects, so its guardian signs both up together', async () => {
  const [guardian, member] = await Promise.all(
    ['demo-volunteer-05', 'demo-volunteer-12'].map((sub) => city.token({ role: 'volunteer', sub })),
  );
  const ids = await Promise.all([guardian!, member!].map(async (t) => (await me(t)).me!.id));
  const shift = await familyProject(2, true);
  const signed = expectNoErrors(await city.query(SIGN_UP_FAMILY, { shift: shift.shift, ids }, guardian));
  expect(signed.signUpFamily.map((s) => s.status)).toEqual(['CONFIRMED', 'CONFIRMED']);
  expect((await shiftSeen(shift.id, member)).shifts[0]!.mySignup).toEqual({ status: 'CONFIRMED' });
});
