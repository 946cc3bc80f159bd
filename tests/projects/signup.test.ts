import crypto from 'node:crypto';
import { expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { deliver } from '../testkit/events';
import { dayFromNow, publishedProject, volunteers } from './helpers';
import { ORG } from '../testkit/fixtures';
import { orgAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import { PartnerSignUpDocument } from '../../gateway/operations/generated/graphql';

let city: City;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.stop());

const SIGN_UP = graphql(`
  mutation SignupSignUp($shift: ID!, $key: String) {
    signUp(shiftId: $shift, idempotencyKey: $key) {
      id
      status
      waitlistPosition
      shift {
        id
        signedUpCount
        waitlistCount
        freePlaces
      }
      project {
        id
      }
      volunteer {
        id
      }
    }
  }
`);
const CANCEL = graphql(`
  mutation SignupCancel($id: ID!) {
    cancelSignup(id: $id) {
      id
      status
      cancelledAt
    }
  }
`);
const db = () => city.subgraphs.get('projects')!.db;

/** What the database says about a shift: its counters and the sign-ups actually there. */
async function shiftState(shiftId: string) {
  const [row] = await db().query(
    `SELECT s.signed_up, s.waitlisted, s.capacity,
            (SELECT count(*)::int FROM signup WHERE shift_id = s.id AND status = 'CONFIRMED') AS confirmed,
            (SELECT count(*)::int FROM signup WHERE shift_id = s.id AND status = 'WAITLISTED') AS waiting
       FROM shift s WHERE s.id = $1`,
    [shiftId],
  );
  return row;
}

const oneShift = (capacity: number, waitlistCapacity = 0, extra: Record<string, unknown> = {}) => {
  const date = dayFromNow(10);
  return {
    startsOn: date,
    endsOn: date,
    shifts: [{ date, startTime: '09:00', endTime: '12:00', capacity, waitlistCapacity }],
    ...extra,
  };
};

test('a demo volunteer signs up in one tap and sees it in their own sign-ups; nobody else does', async () => {
  const p = await publishedProject(city, ORG(1), oneShift(5));
  const token = await city.token({ role: 'volunteer', sub: 'demo-volunteer-01' });
  const { signUp } = expectNoErrors(await city.query(SIGN_UP, { shift: p.shifts[0].id }, token));
  expect(signUp).toMatchObject({
    status: 'CONFIRMED',
    waitlistPosition: null,
    shift: { signedUpCount: 1, freePlaces: 4 },
    volunteer: { id: '20000000-0000-4000-8000-000000000001' },
  });
  const MINE = graphql(`
    query SignupVolunteerSignups($id: ID!) {
      volunteer(id: $id) {
        signups {
          id
          status
          project {
            title
          }
          shift {
            date
            startTime
          }
        }
      }
    }
  `);
  const mine = expectNoErrors(await city.query(MINE, { id: '20000000-0000-4000-8000-000000000001' }, token)).volunteer!
    .signups!;
  expect(mine.map((s) => s.id)).toContain(signUp.id);
  const other = await city.token({ role: 'volunteer', sub: 'demo-volunteer-02' });
  expect(
    expectNoErrors(await city.query(MINE, { id: '20000000-0000-4000-8000-000000000001' }, other)).volunteer!.signups,
  ).toBeNull();
  expect(
    expectNoErrors(await city.query(MINE, { id: '20000000-0000-4000-8000-000000000001' })).volunteer!.signups,
  ).toBeNull();
  // The organization sees who signed up; others see no list.
  const WHO = graphql(`
    query SignupWho($id: ID!) {
      project(id: $id) {
        shifts {
          signups {
            volunteer {
              id
            }
            status
          }
        }
      }
    }
  `);
  expect(
    expectNoErrors(await city.query(WHO, { id: p.id }, await orgAdminToken(city, ORG(1)))).project!.shifts[0].signups,
  ).toEqual([{ volunteer: { id: '20000000-0000-4000-8000-000000000001' }, status: 'CONFIRMED' }]);
  expect(expectNoErrors(await city.query(WHO, { id: p.id }, token)).project!.shifts[0].signups).toEqual([]);
});

test('200 concurrent sign-ups, 20 places: 20 succeed, the rest get PROJECT_FULL, the database agrees', async () => {
  const p = await publishedProject(city, ORG(1), oneShift(20));
  const people = await volunteers(city, 200);
  const results = await Promise.all(people.map((v) => city.query(SIGN_UP, { shift: p.shifts[0].id }, v.token)));
  const ok = results.filter((r) => !r.errors);
  const codes = results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code);
  expect(ok).toHaveLength(20);
  expect(codes).toEqual(Array(180).fill('PROJECT_FULL'));
  expect(new Set(ok.map((r) => r.data!.signUp.volunteer.id)).size).toBe(20);
  expect(await shiftState(p.shifts[0].id)).toEqual({
    signed_up: 20,
    waitlisted: 0,
    capacity: 20,
    confirmed: 20,
    waiting: 0,
  });
});

test('a full shift hands out its waitlist places in order, then refuses', async () => {
  const p = await publishedProject(city, ORG(1), oneShift(5, 5));
  const people = await volunteers(city, 30);
  const results = await Promise.all(people.map((v) => city.query(SIGN_UP, { shift: p.shifts[0].id }, v.token)));
  const statuses = results.map((r) => r.data?.signUp?.status ?? r.errors![0].extensions!.code);
  expect(statuses.filter((s) => s === 'CONFIRMED')).toHaveLength(5);
  expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(5);
  expect(statuses.filter((s) => s === 'PROJECT_FULL')).toHaveLength(20);
  const positions = results.map((r) => r.data?.signUp?.waitlistPosition).filter((x) => x != null);
  expect(positions.sort()).toEqual([1, 2, 3, 4, 5]);
  expect(await shiftState(p.shifts[0].id)).toEqual({
    signed_up: 5,
    waitlisted: 5,
    capacity: 5,
    confirmed: 5,
    waiting: 5,
  });
});

test('nobody signs up twice for one shift, even with ten taps at once', async () => {
  const p = await publishedProject(city, ORG(1), oneShift(10));
  const [v] = await volunteers(city, 1);
  const results = await Promise.all(
    Array.from({ length: 10 }, () => city.query(SIGN_UP, { shift: p.shifts[0].id }, v.token)),
  );
  expect(results.filter((r) => !r.errors)).toHaveLength(1);
  for (const r of results.filter((x) => x.errors)) expect(r.errors![0].extensions?.code).toBe('ALREADY_SIGNED_UP');
  expect(await shiftState(p.shifts[0].id)).toMatchObject({ signed_up: 1, confirmed: 1 });
});

test('retrying with the same idempotency key returns the first sign-up and makes no other', async () => {
  const p = await publishedProject(city, ORG(1), oneShift(10));
  const other = await publishedProject(
    city,
    ORG(1),
    oneShift(10, 0, {
      startsOn: dayFromNow(11),
      endsOn: dayFromNow(11),
      shifts: [{ date: dayFromNow(11), startTime: '09:00', endTime: '12:00', capacity: 3 }],
    }),
  );
  const [v] = await volunteers(city, 1);
  const key = crypto.randomUUID();
  const results = await Promise.all(
    Array.from({ length: 5 }, () => city.query(SIGN_UP, { shift: p.shifts[0].id, key }, v.token)),
  );
  const ids = results.map((r) => expectNoErrors(r).signUp.id);
  expect(new Set(ids).size).toBe(1);
  expect(await shiftState(p.shifts[0].id)).toMatchObject({ signed_up: 1, confirmed: 1 });
  expectError(await city.query(SIGN_UP, { shift: other.shifts[0].id, key }, v.token), 'IDEMPOTENCY_KEY_REUSED');
  expectError(await city.query(SIGN_UP, { shift: p.shifts[0].id, key: 'short' }, v.token), 'BAD_USER_INPUT');
  expectError(await city.query(SIGN_UP, { shift: p.shifts[0].id, key: 'has spaces in it' }, v.token), 'BAD_USER_INPUT');
});

test('cancelling frees the place, promoting the first waitlisted in the same transaction, with a notice', async () => {
  const p = await publishedProject(city, ORG(1), oneShift(1, 2));
  const [a, b, c] = await volunteers(city, 3);
  const first = expectNoErrors(await city.query(SIGN_UP, { shift: p.shifts[0].id }, a.token)).signUp;
  const second = expectNoErrors(await city.query(SIGN_UP, { shift: p.shifts[0].id }, b.token)).signUp;
  const third = expectNoErrors(await city.query(SIGN_UP, { shift: p.shifts[0].id }, c.token)).signUp;
  expect([second.waitlistPosition, third.waitlistPosition]).toEqual([1, 2]);
  expectError(await city.query(CANCEL, { id: first.id }, b.token), 'NOT_FOUND'); // not b's sign-up
  expect(expectNoErrors(await city.query(CANCEL, { id: first.id }, a.token)).cancelSignup.status).toBe('CANCELLED');
  expectError(await city.query(CANCEL, { id: first.id }, a.token), 'CONFLICT');
  const MINE = graphql(`
    query SignupMySignupsPromoted {
      mySignups {
        id
        status
        promotedAt
        waitlistPosition
      }
    }
  `);
  const bs = expectNoErrors(await city.query(MINE, {}, b.token)).mySignups;
  expect(bs).toEqual([{ id: second.id, status: 'CONFIRMED', promotedAt: expect.any(String), waitlistPosition: null }]);
  expect(expectNoErrors(await city.query(MINE, {}, c.token)).mySignups[0].waitlistPosition).toBe(1);
  expect(
    expectNoErrors(
      await city.query(
        graphql(`
          query SignupMySignups {
            mySignups(includeCancelled: true) {
              id
              status
            }
          }
        `),
        {},
        a.token,
      ),
    ).mySignups,
  ).toEqual([{ id: first.id, status: 'CANCELLED' }]);
  expectError(await city.query(MINE), 'UNAUTHENTICATED');
  await city.settleEvents();
  const notes = expectNoErrors(
    await city.query(
      graphql(`
        query SignupMyNotifications {
          myNotifications {
            edges {
              node {
                kind
                body
                project {
                  id
                }
              }
            }
          }
        }
      `),
      {},
      b.token,
    ),
  ).myNotifications.edges.map((e) => e.node);
  // Signed up onto the waitlist (no notice: the answer said so), then told of the promotion.
  expect(notes).toEqual([
    { kind: 'WAITLIST_PROMOTED', body: expect.stringContaining('候补转为正式报名'), project: { id: p.id } },
  ]);
  expect(await shiftState(p.shifts[0].id)).toEqual({
    signed_up: 1,
    waitlisted: 1,
    capacity: 1,
    confirmed: 1,
    waiting: 1,
  });
});

test('cancellations racing sign-ups never overbook and leave the counters equal to the sign-ups', async () => {
  const p = await publishedProject(city, ORG(1), oneShift(10, 3));
  const holders = await volunteers(city, 10);
  const held = await Promise.all(
    holders.map((v) =>
      city.query(SIGN_UP, { shift: p.shifts[0].id }, v.token).then((r) => expectNoErrors(r).signUp.id),
    ),
  );
  const newcomers = await volunteers(city, 30);
  // Both kinds at once: the cancellations and the new sign-ups race for the same places.
  const [cancelled, signedUp] = await Promise.all([
    Promise.all(holders.slice(0, 6).map((v, i) => city.query(CANCEL, { id: held[i] }, v.token))),
    Promise.all(newcomers.map((v) => city.query(SIGN_UP, { shift: p.shifts[0].id }, v.token))),
  ]);
  for (const r of cancelled) expectNoErrors(r);
  const codes = signedUp.map((r) => r.errors?.[0].extensions?.code ?? r.data!.signUp.status);
  expect(codes.every((c) => typeof c === 'string' && ['CONFIRMED', 'WAITLISTED', 'PROJECT_FULL'].includes(c))).toBe(
    true,
  );
  const state = await shiftState(p.shifts[0].id);
  expect(state).toMatchObject({ signed_up: state.confirmed, waitlisted: state.waiting });
  // 4 holders stay; 6 places were freed; 30 newcomers is more than enough to fill places and waitlist again.
  expect(state.confirmed).toBe(10);
  expect(state.waiting).toBe(3);
  expect(codes.filter((c) => c === 'CONFIRMED' || c === 'WAITLISTED').length).toBe(9);
});

test('eligibility: age on the day, required skills, overlapping shifts, registration', async () => {
  const adults = await publishedProject(city, ORG(1), oneShift(10, 0, { minimumAge: 18 }));
  const teen = await city.token({ role: 'volunteer', sub: 'demo-volunteer-16' }); // 12, whenever the demo was seeded
  expect(expectError(await city.query(SIGN_UP, { shift: adults.shifts[0].id }, teen), 'NOT_ELIGIBLE').message).toMatch(
    /18/,
  );
  const [noBirthDate] = await volunteers(city, 1, { birthDate: null });
  expect(
    expectError(await city.query(SIGN_UP, { shift: adults.shifts[0].id }, noBirthDate.token), 'NOT_ELIGIBLE').message,
  ).toMatch(/date of birth/);

  const date = dayFromNow(12);
  const skilled = await publishedProject(city, ORG(12), {
    startsOn: date,
    endsOn: date,
    skills: ['英语'],
    shifts: [{ date, startTime: '10:00', endTime: '12:00', capacity: 5 }],
  });
  const [plain] = await volunteers(city, 1);
  expect(
    expectError(await city.query(SIGN_UP, { shift: skilled.shifts[0].id }, plain.token), 'NOT_ELIGIBLE').message,
  ).toMatch(/英语/);
  const [english] = await volunteers(city, 1, { skills: ['英语', '急救'] });
  expectNoErrors(await city.query(SIGN_UP, { shift: skilled.shifts[0].id }, english.token));

  const overlapping = await publishedProject(city, ORG(2), {
    startsOn: date,
    endsOn: date,
    shifts: [{ date, startTime: '11:00', endTime: '13:00', capacity: 5 }],
  });
  expect(
    expectError(await city.query(SIGN_UP, { shift: overlapping.shifts[0].id }, english.token), 'SHIFT_OVERLAP').message,
  ).toMatch(/overlapping/);
  const after = await publishedProject(city, ORG(2), {
    startsOn: date,
    endsOn: date,
    shifts: [{ date, startTime: '12:00', endTime: '13:00', capacity: 5 }],
  });
  expectNoErrors(await city.query(SIGN_UP, { shift: after.shifts[0].id }, english.token)); // back to back is fine

  expectError(
    await city.query(
      SIGN_UP,
      { shift: after.shifts[0].id },
      await city.token({ role: 'volunteer', sub: 'never-registered' }),
    ),
    'NOT_REGISTERED',
  );
  await deliver(city, 'projects', 'volunteer.profile', {
    volunteerId: plain.id,
    accountId: plain.account,
    skills: [],
    birthDate: '2000-01-01',
    status: 'SUSPENDED',
  });
  expectError(await city.query(SIGN_UP, { shift: after.shifts[0].id }, plain.token), 'FORBIDDEN');
});

test('roles and bad input for sign-up and cancellation', async () => {
  const p = await publishedProject(city, ORG(1), oneShift(3));
  const shift = p.shifts[0].id;
  expectError(await city.query(SIGN_UP, { shift }), 'UNAUTHENTICATED');
  expectError(await city.query(SIGN_UP, { shift }, await orgAdminToken(city, ORG(1))), 'FORBIDDEN');
  expectError(await city.query(SIGN_UP, { shift }, await city.token({ role: 'city_admin', sub: 'city' })), 'FORBIDDEN');
  const [v] = await volunteers(city, 1);
  expectError(await city.query(SIGN_UP, { shift: 'x' }, v.token), 'BAD_USER_INPUT');
  expectError(await city.query(SIGN_UP, { shift: crypto.randomUUID() }, v.token), 'NOT_FOUND');
  expectError(await city.query(CANCEL, { id: 'x' }, v.token), 'BAD_USER_INPUT');
  expectError(await city.query(CANCEL, { id: crypto.randomUUID() }, v.token), 'NOT_FOUND');
  expectError(await city.query(CANCEL, { id: crypto.randomUUID() }), 'UNAUTHENTICATED');
  // A partner app may sign its linked citizen up only with the project:signup scope and the citizen's consent.
  const partner = (scope: string) =>
    city.token({ role: 'partner', azp: 'tianfu-citizen-cloud', scope, sub: v.account });
  // What the partner app sends (gateway/operations/partner/PartnerSignUp.graphql).
  const noScope = expectError(
    await city.query(PartnerSignUpDocument, { shiftId: shift }, await partner('volunteer:read')),
    'INSUFFICIENT_SCOPE',
  );
  expect(noScope.extensions?.scope).toBe('project:signup');
  // With the scope but without the citizen's consent to this app for SIGN_UP_FOR_ME, still refused.
  const refused = expectError(
    await city.query(PartnerSignUpDocument, { shiftId: shift }, await partner('project:signup')),
    'FORBIDDEN',
  );
  expect(refused.message).toMatch(/SIGN_UP_FOR_ME/);
  const consent = (version: number, appId: string) =>
    deliver(city, 'projects', 'volunteer.consents', {
      volunteerId: v.id,
      version,
      consents: [{ recipient: 'APP', appId, purposes: ['SIGN_UP_FOR_ME'], kinds: ['ACTIVITY'] }],
    });
  // A consent to another app does not count for this one.
  await consent(1, 'another-app');
  expectError(
    await city.query(PartnerSignUpDocument, { shiftId: shift }, await partner('project:signup')),
    'FORBIDDEN',
  );
  await consent(2, 'tianfu-citizen-cloud');
  expect(
    expectNoErrors(await city.query(PartnerSignUpDocument, { shiftId: shift }, await partner('project:signup'))).signUp
      .volunteer.id,
  ).toBe(v.id);

  const CLOSE = graphql(`
    mutation SignupClose($id: ID!) {
      closeProject(id: $id) {
        status
      }
    }
  `);
  expectNoErrors(await city.query(CLOSE, { id: p.id }, await orgAdminToken(city, ORG(1))));
  const [w] = await volunteers(city, 1);
  expectError(await city.query(SIGN_UP, { shift }, w.token), 'PROJECT_NOT_OPEN');
});

test('cancelling a project cancels every sign-up and has each volunteer told', async () => {
  const p = await publishedProject(city, ORG(1), oneShift(2, 2));
  const people = await volunteers(city, 4);
  for (const v of people) expectNoErrors(await city.query(SIGN_UP, { shift: p.shifts[0].id }, v.token));
  const admin = await orgAdminToken(city, ORG(1));
  const CANCEL_PROJECT = graphql(`
    mutation SignupCancelProject($id: ID!, $r: String!) {
      cancelProject(id: $id, reason: $r) {
        status
        cancelReason
        freePlaces
      }
    }
  `);
  expectError(await city.query(CANCEL_PROJECT, { id: p.id, r: ' ' }, admin), 'BAD_USER_INPUT');
  expectError(
    await city.query(CANCEL_PROJECT, { id: p.id, r: '天气原因' }, await orgAdminToken(city, ORG(2))),
    'FORBIDDEN',
  );
  expectError(await city.query(CANCEL_PROJECT, { id: p.id, r: '天气原因' }, people[0].token), 'FORBIDDEN');
  expect(
    expectNoErrors(await city.query(CANCEL_PROJECT, { id: p.id, r: '暴雨预警，活动取消' }, admin)).cancelProject,
  ).toEqual({ status: 'CANCELLED', cancelReason: '暴雨预警，活动取消', freePlaces: 0 });
  expectError(await city.query(CANCEL_PROJECT, { id: p.id, r: '再取消一次' }, admin), 'CONFLICT');
  await city.settleEvents();
  for (const [i, v] of people.entries()) {
    const notes = expectNoErrors(
      await city.query(
        graphql(`
          query SignupMyNotifications2 {
            myNotifications {
              edges {
                node {
                  kind
                  body
                }
              }
            }
          }
        `),
        {},
        v.token,
      ),
    ).myNotifications.edges.map((e) => e.node);
    // Newest first: the cancellation, after the confirmation the two with a place had (the waitlisted had none).
    expect(notes).toEqual([
      { kind: 'PROJECT_CANCELLED', body: expect.stringContaining('暴雨预警，活动取消') },
      ...(i < 2 ? [{ kind: 'SIGNUP_CONFIRMED', body: expect.stringContaining('报名') }] : []),
    ]);
  }
  expect(await shiftState(p.shifts[0].id)).toMatchObject({ signed_up: 0, waitlisted: 0, confirmed: 0, waiting: 0 });
});

test('a project cancelled while sign-ups pour in ends with no live sign-up and counters at zero', async () => {
  const p = await publishedProject(city, ORG(1), oneShift(10, 5));
  const people = await volunteers(city, 40);
  const admin = await orgAdminToken(city, ORG(1));
  const signUps = people.map((v) => city.query(SIGN_UP, { shift: p.shifts[0].id }, v.token));
  const cancel = city.query(
    graphql(`
      mutation SignupCancelProject2($id: ID!) {
        cancelProject(id: $id, reason: "场地临时关闭") {
          status
        }
      }
    `),
    { id: p.id },
    admin,
  );
  const [cancelled, ...results] = await Promise.all([cancel, ...signUps]);
  expectNoErrors(cancelled);
  for (const r of results) {
    const code = r.errors?.[0].extensions?.code;
    expect(code === undefined || code === 'PROJECT_NOT_OPEN' || code === 'PROJECT_FULL').toBe(true);
  }
  expect(await shiftState(p.shifts[0].id)).toEqual({
    signed_up: 0,
    waitlisted: 0,
    capacity: 10,
    confirmed: 0,
    waiting: 0,
  });
  // Everyone whose sign-up went through before the cancellation was told.
  const succeeded = results.filter((r) => !r.errors).length;
  await city.settleEvents();
  const [{ n }] = await city.subgraphs
    .get('notifications')!
    .db.query(`SELECT count(*)::int AS n FROM notification WHERE project_id = $1 AND kind = 'PROJECT_CANCELLED'`, [
      p.id,
    ]);
  expect(n).toBe(succeeded);
});

test('raising a shift capacity promotes the waitlist in order; it cannot drop below places taken', async () => {
  const p = await publishedProject(city, ORG(1), oneShift(1, 3));
  const [a, b, c, d] = await volunteers(city, 4);
  for (const v of [a, b, c, d]) expectNoErrors(await city.query(SIGN_UP, { shift: p.shifts[0].id }, v.token));
  const admin = await orgAdminToken(city, ORG(1));
  const UPDATE = graphql(`
    mutation SignupUpdate($id: ID!, $c: Int!, $w: Int) {
      updateShift(id: $id, capacity: $c, waitlistCapacity: $w) {
        capacity
        waitlistCapacity
        signedUpCount
        waitlistCount
      }
    }
  `);
  expectError(await city.query(UPDATE, { id: p.shifts[0].id, c: 3 }, await orgAdminToken(city, ORG(2))), 'FORBIDDEN');
  expectError(await city.query(UPDATE, { id: p.shifts[0].id, c: 3 }, a.token), 'FORBIDDEN');
  expectError(await city.query(UPDATE, { id: 'x', c: 3 }, admin), 'BAD_USER_INPUT');
  expectError(await city.query(UPDATE, { id: p.shifts[0].id, c: 0 }, admin), 'BAD_USER_INPUT');
  expect(expectNoErrors(await city.query(UPDATE, { id: p.shifts[0].id, c: 3 }, admin)).updateShift).toEqual({
    capacity: 3,
    waitlistCapacity: 3,
    signedUpCount: 3,
    waitlistCount: 1,
  });
  await city.settleEvents();
  for (const v of [b, c]) {
    expect(
      expectNoErrors(
        await city.query(
          graphql(`
            query SignupMyNotifications3 {
              myNotifications {
                edges {
                  node {
                    kind
                  }
                }
              }
            }
          `),
          {},
          v.token,
        ),
      ).myNotifications.edges.map((e) => e.node),
    ).toEqual([{ kind: 'WAITLIST_PROMOTED' }]);
  }
  expect(
    expectNoErrors(
      await city.query(
        graphql(`
          query SignupMySignups2 {
            mySignups {
              status
              waitlistPosition
            }
          }
        `),
        {},
        d.token,
      ),
    ).mySignups,
  ).toEqual([{ status: 'WAITLISTED', waitlistPosition: 1 }]);
  expect(expectError(await city.query(UPDATE, { id: p.shifts[0].id, c: 2 }, admin), 'BAD_USER_INPUT').message).toMatch(
    /3 volunteers already hold a place/,
  );
  expectError(await city.query(UPDATE, { id: p.shifts[0].id, c: 3, w: 0 }, admin), 'BAD_USER_INPUT');
  expect(await shiftState(p.shifts[0].id)).toEqual({
    signed_up: 3,
    waitlisted: 1,
    capacity: 3,
    confirmed: 3,
    waiting: 1,
  });
});
