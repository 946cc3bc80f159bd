import crypto from 'node:crypto';
import { countStatements, expectError, expectNoErrors, post, startCity, type City } from '../testkit/city';
import { dayFromNow, publishedProject, volunteers } from './helpers';
import { ORG, VOLUNTEER } from '../testkit/fixtures';
import { orgAdminToken, volunteerToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import type { AttendeesInput } from '../testkit/generated/graphql';

/** An organizer checks a whole shift in and out in one call each (issue 16.2), by id or by scanned card. */
let city: City;
let admin: string;
beforeAll(async () => {
  city = await startCity();
  admin = await orgAdminToken(city, ORG(3));
  // The demo volunteers' card digests travel from the volunteers subgraph as events.
  await city.settleEvents();
});
afterAll(() => city?.stop());

const db = () => city.subgraphs.get('projects')!.db;

const SIGN_UP = graphql(`
  mutation BulkAttendanceSignUp($shift: ID!) {
    signUp(shiftId: $shift) {
      id
    }
  }
`);
graphql(`
  fragment BulkAttendanceResult on AttendanceResult {
    index
    outcome
    message
    signup {
      id
      checkedInAt
      checkedOutAt
    }
    volunteer {
      id
    }
  }
`);
const CHECK_IN = graphql(`
  mutation BulkAttendanceIn($shift: ID!, $attendees: AttendeesInput!, $at: String) {
    checkInVolunteers(shiftId: $shift, attendees: $attendees, at: $at) {
      ...BulkAttendanceResult
    }
  }
`);
const CHECK_OUT = graphql(`
  mutation BulkAttendanceOut($shift: ID!, $attendees: AttendeesInput!, $at: String) {
    checkOutVolunteers(shiftId: $shift, attendees: $attendees, at: $at) {
      ...BulkAttendanceResult
    }
  }
`);

/**
 * A published shift of org 3 with `n` new volunteers holding places, started an hour ago (time has passed since
 * they signed up for it); returns the shift, its start and the volunteers with their sign-ups.
 */
async function runningShift(n: number) {
  const date = dayFromNow(3);
  const p = await publishedProject(city, ORG(3), {
    startsOn: date,
    endsOn: date,
    shifts: [{ date, startTime: '09:00', endTime: '12:00', capacity: Math.max(n, 1) + 5 }],
  });
  const shift = p.shifts[0].id;
  const people = await volunteers(city, n);
  const signups = await Promise.all(
    people.map(async (v) => expectNoErrors(await city.query(SIGN_UP, { shift }, v.token)).signUp.id),
  );
  await db().query(
    `UPDATE shift SET starts_at = now() - interval '1 hour', ends_at = now() + interval '2 hours' WHERE id = $1`,
    [shift],
  );
  const [{ starts_at }] = await db().query('SELECT starts_at FROM shift WHERE id = $1', [shift]);
  return { shift, startsAt: starts_at as Date, people: people.map((v, i) => ({ ...v, signup: signups[i] })) };
}

const outcomes = (rows: { outcome: string }[]) =>
  rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.outcome]: (acc[r.outcome] ?? 0) + 1 }), {});

test('a 50-person shift checks in with one call, counted once against a low mutation limit; then ALREADY', async () => {
  const { shift, people } = await runningShift(50);
  const [stranger] = await volunteers(city, 1);
  const open = 100_000;
  const g = await city.startGateway({
    rateLimits: { perIp: open, perUser: open, perPartnerApp: open, mutationsPerUser: 2, mutationsPerIp: 2 },
  });
  try {
    const auth = { authorization: `Bearer ${admin}` };
    const volunteerIds = [...people.map((p) => p.id), stranger.id];
    const first = await post(g.url, CHECK_IN, { shift, attendees: { volunteerIds } }, auth);
    expect(first.errors).toBeUndefined();
    const rows = first.data!.checkInVolunteers;
    expect(rows).toHaveLength(51);
    expect(outcomes(rows)).toEqual({ DONE: 50, NOT_SIGNED_UP: 1 });
    // Each result answers for the person at its place in the list.
    rows.forEach((r, i) => expect(r).toMatchObject({ index: i, volunteer: { id: volunteerIds[i] } }));
    expect(rows[10].signup).toMatchObject({ id: people[10].signup, checkedInAt: expect.any(String) });
    expect(rows[50]).toMatchObject({
      outcome: 'NOT_SIGNED_UP',
      signup: null,
      message: expect.stringMatching(/confirmed place/),
    });

    const again = await post(g.url, CHECK_IN, { shift, attendees: { volunteerIds: volunteerIds.slice(0, 50) } }, auth);
    expect(again.errors).toBeUndefined();
    expect(outcomes(again.data!.checkInVolunteers)).toEqual({ ALREADY: 50 });
    // The two bulk calls were two mutations: the limit of 2 is now used up.
    const third = await post(g.url, CHECK_IN, { shift, attendees: { volunteerIds: [stranger.id] } }, auth);
    expect(third.status).toBe(429);
    expect(third.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  } finally {
    await g.stop();
  }
  const [{ n }] = await db().query(
    'SELECT count(*)::int AS n FROM signup WHERE shift_id = $1 AND checked_in_at IS NOT NULL',
    [shift],
  );
  expect(n).toBe(50);
});

test('check-out writes each service record as the single check-out does; a fixed number of statements', async () => {
  const { shift, startsAt, people } = await runningShift(45);
  const signupIds = people.map((p) => p.signup);
  const at = (minutes: number) => new Date(startsAt.getTime() + minutes * 60_000).toISOString();
  // By sign-up id this time; the last one never arrives.
  const checkIn = async (ids: string[]) =>
    expectNoErrors(await city.query(CHECK_IN, { shift, attendees: { signupIds: ids }, at: at(-10) }, admin));
  const small = await countStatements(city, () => checkIn(signupIds.slice(0, 4)));
  const large = await countStatements(city, () => checkIn(signupIds.slice(4, 44)));
  expect(large.projects).toBe(small.projects);

  const out = expectNoErrors(
    await city.query(CHECK_OUT, { shift, attendees: { signupIds }, at: at(50) }, admin),
  ).checkOutVolunteers;
  expect(outcomes(out)).toEqual({ DONE: 44, NOT_CHECKED_IN: 1 });
  expect(out[44].message).toMatch(/Check in before checking out/);
  const records = await db().query(
    `SELECT signup_id, hours::float AS hours, status, to_char(served_on, 'YYYY-MM-DD') AS served_on
       FROM service_record WHERE shift_id = $1`,
    [shift],
  );
  expect(records).toHaveLength(44);
  // Served from the start (arrived ten minutes early) to 50 minutes in: 0.83 h each, waiting for confirmation.
  for (const r of records) expect(r).toMatchObject({ hours: 0.83, status: 'PENDING' });
  expect(new Set(records.map((r: { signup_id: string }) => r.signup_id)).size).toBe(44);

  const again = expectNoErrors(
    await city.query(CHECK_OUT, { shift, attendees: { signupIds: signupIds.slice(0, 3) } }, admin),
  ).checkOutVolunteers;
  expect(outcomes(again)).toEqual({ ALREADY: 3 });
});

test("an organizer scans volunteers' cards; an unknown card and a stranger's card say so", async () => {
  const date = dayFromNow(5);
  const p = await publishedProject(city, ORG(3), {
    startsOn: date,
    endsOn: date,
    shifts: [{ date, startTime: '14:00', endTime: '17:00', capacity: 5 }],
  });
  const shift = p.shifts[0].id;
  const CARD = graphql(`
    query BulkAttendanceMyCard {
      me {
        card {
          verificationCode
        }
      }
    }
  `);
  const cardOf = async (n: number) =>
    expectNoErrors(await city.query(CARD, {}, await volunteerToken(city, n))).me!.card.verificationCode;
  for (const n of [4, 5]) expectNoErrors(await city.query(SIGN_UP, { shift }, await volunteerToken(city, n)));
  await db().query(
    `UPDATE shift SET starts_at = now() - interval '10 minutes', ends_at = now() + interval '3 hours' WHERE id = $1`,
    [shift],
  );
  const [four, five, six] = [await cardOf(4), await cardOf(5), await cardOf(6)];
  // Scanners and people type codes with spaces and in lower case.
  const cardCodes = [four, ` ${five.slice(0, 4).toLowerCase()} ${five.slice(4)} `, six, 'QJ00000000'];
  const rows = expectNoErrors(await city.query(CHECK_IN, { shift, attendees: { cardCodes } }, admin)).checkInVolunteers;
  expect(rows.map((r) => [r.outcome, r.volunteer?.id ?? null])).toEqual([
    ['DONE', VOLUNTEER(4)],
    ['DONE', VOLUNTEER(5)],
    ['NOT_SIGNED_UP', VOLUNTEER(6)],
    ['UNKNOWN_CARD', null],
  ]);
  // The projects subgraph holds digests of the codes, never the codes.
  const kept = await db().query('SELECT card_digest FROM volunteer_card WHERE volunteer_id = $1', [VOLUNTEER(4)]);
  expect(kept).toHaveLength(1);
  expect(kept[0].card_digest).not.toContain(four);
  expect(kept[0].card_digest).toMatch(/^[0-9a-f]{64}$/);
});

test('only admins of the project’s organization record attendance; bad lists are refused whole', async () => {
  const { shift, people } = await runningShift(2);
  const attendees = { volunteerIds: people.map((p) => p.id) };
  expectError(await city.query(CHECK_IN, { shift, attendees }, await orgAdminToken(city, ORG(4))), 'FORBIDDEN');
  expectError(await city.query(CHECK_IN, { shift, attendees }, people[0].token), 'FORBIDDEN');
  expectError(await city.query(CHECK_IN, { shift, attendees }), 'UNAUTHENTICATED');
  const refused = (a: AttendeesInput) => city.query(CHECK_IN, { shift, attendees: a }, admin);
  expectError(await refused({ volunteerIds: [] }), 'BAD_USER_INPUT');
  expectError(await refused({ volunteerIds: Array(201).fill(people[0].id) }), 'BAD_USER_INPUT');
  expectError(await refused({ volunteerIds: ['not-an-id'] }), 'BAD_USER_INPUT');
  expectError(await refused({ ...attendees, signupIds: [people[0].signup] }), 'BAD_USER_INPUT');
  expectError(await refused({}), 'BAD_USER_INPUT');
  expectError(await city.query(CHECK_IN, { shift: crypto.randomUUID(), attendees }, admin), 'NOT_FOUND');
  expectError(
    await city.query(CHECK_IN, { shift, attendees, at: new Date(Date.now() + 3600_000).toISOString() }, admin),
    'BAD_USER_INPUT',
  );
  const [{ n }] = await db().query(
    'SELECT count(*)::int AS n FROM signup WHERE shift_id = $1 AND checked_in_at IS NOT NULL',
    [shift],
  );
  expect(n).toBe(0);
});

test('concurrent duplicate bulk calls write each check-in and each service record once', async () => {
  const { shift, startsAt, people } = await runningShift(20);
  const attendees = { volunteerIds: people.map((p) => p.id) };
  const at = (minutes: number) => new Date(startsAt.getTime() + minutes * 60_000).toISOString();
  const race = async (step: 'in' | 'out', when: string) => {
    const call = () =>
      step === 'in'
        ? city.query(CHECK_IN, { shift, attendees, at: when }, admin).then((a) => expectNoErrors(a).checkInVolunteers)
        : city
            .query(CHECK_OUT, { shift, attendees, at: when }, admin)
            .then((a) => expectNoErrors(a).checkOutVolunteers);
    return (await Promise.all(Array.from({ length: 5 }, call))).flat();
  };
  const ins = await race('in', at(0));
  expect(outcomes(ins)).toEqual({ DONE: 20, ALREADY: 80 });
  // Each volunteer was DONE by exactly one of the calls.
  expect(new Set(ins.filter((r) => r.outcome === 'DONE').map((r) => r.volunteer!.id)).size).toBe(20);
  const outs = await race('out', at(30));
  expect(outcomes(outs)).toEqual({ DONE: 20, ALREADY: 80 });
  const [{ n }] = await db().query('SELECT count(*)::int AS n FROM service_record WHERE shift_id = $1', [shift]);
  expect(n).toBe(20);
});

test('a person listed twice is checked in once: the repeat reads ALREADY', async () => {
  const { shift, people } = await runningShift(1);
  const rows = expectNoErrors(
    await city.query(CHECK_IN, { shift, attendees: { signupIds: [people[0].signup, people[0].signup] } }, admin),
  ).checkInVolunteers;
  expect(rows.map((r) => r.outcome)).toEqual(['DONE', 'ALREADY']);
});
