import crypto from 'node:crypto';
import { expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { deliver } from '../testkit/events';
import { dayFromNow, publishedProject } from '../projects/helpers';
import { ORG } from '../testkit/fixtures';
import { cityAdminToken, districtAdminToken, orgAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { outcomes, registerVolunteers, sql } from './district-helpers';

/**
 * Longquanyi's own star scheme through the gateway: stars from hours served on its projects plus points (10 per
 * hour and what its admins award), every threshold just below and at its edge, call-ins paid from banked hours
 * that never overdraw, and five no-shows within a year (marked in projects, arriving by event) suspending.
 */
let city: City;
let admin: string;
beforeAll(async () => {
  city = await startCity();
  admin = await districtAdminToken(city, 'longquanyi');
});
afterAll(() => city?.stop());

const uuid = () => crypto.randomUUID();
const today = dayFromNow(0);

const STANDING = graphql(`
  query LongquanyiStanding {
    me {
      id
      displayName
      confirmedHours
      starLevel
      longquanyi {
        hours
        points
        awardedPoints
        stars
        title
        nextLevel {
          stars
          hours
          points
        }
        bankedHours
        noShowsInYear
        suspendedUntil
      }
    }
  }
`);
const standing = async (token: string) => expectNoErrors(await city.query(STANDING, {}, token)).me!;

const AWARD = graphql(`
  mutation LongquanyiAward($input: LongquanyiAwardInput!) {
    longquanyiAwardPoints(input: $input) {
      id
      points
      volunteer {
        id
      }
    }
  }
`);
const award = (volunteerId: string, points: number, token = admin, key: string = uuid()) =>
  city.query(AWARD, { input: { volunteerId, points, reason: '急救培训结业', idempotencyKey: key } }, token);

const CALL_IN = graphql(`
  mutation LongquanyiCallIn($input: LongquanyiCallInInput!) {
    longquanyiCallIn(input: $input) {
      id
      hours
      service
    }
  }
`);
const callIn = (token: string, hours: number, key: string = uuid(), service = '家电维修') =>
  city.query(CALL_IN, { input: { hours, service, idempotencyKey: key } }, token);

/** Confirmed hours on a Longquanyi project, as projects announces them (again for a correction of the record). */
const served = (volunteerId: string, recordId: string, hours: number, districtCode = 'longquanyi') =>
  deliver(city, 'longquanyi', 'service.confirmed', {
    recordId,
    volunteerId,
    projectId: uuid(),
    organizationId: ORG(1),
    districtCode,
    servedOn: dayFromNow(-1),
    hours,
  });

test('stars change exactly at every threshold of hours and points; gold at 1,000 h, diamond at 2,000 h', async () => {
  const [token] = await registerVolunteers(city, 'lqy-edges', 1, 'longquanyi');
  const me = (await standing(token)).id;
  const record = uuid();
  // One record whose hours the organization corrects up and down: each correction applies its difference.
  const at = async (hours: number) => {
    await served(me, record, hours);
    return (await standing(token)).longquanyi!;
  };
  const give = async (points: number) => expectNoErrors(await award(me, points));

  // Levels 1 and 2: ten points an hour meet the points whenever the hours are met, so the hours decide.
  expect(await at(49.5)).toMatchObject({ hours: 49.5, points: 495, stars: 0, nextLevel: { stars: 1, hours: 50 } });
  expect(await at(50)).toMatchObject({ points: 500, stars: 1 });
  expect((await at(99.5)).stars).toBe(1);
  expect((await at(100)).stars).toBe(2);
  // Level 3 at 200 h needs 2,100 points: hours alone give 2,000.
  expect(await at(200)).toMatchObject({ points: 2000, stars: 2, nextLevel: { stars: 3, points: 2100 } });
  await give(99);
  expect(await at(200)).toMatchObject({ points: 2099, stars: 2 });
  await give(1);
  expect(await at(200)).toMatchObject({ points: 2100, awardedPoints: 100, stars: 3 });
  // Level 4: 400 h and 4,200 points.
  expect(await at(400)).toMatchObject({ points: 4100, stars: 3 });
  await give(99);
  expect((await at(400)).stars).toBe(3);
  await give(1);
  expect(await at(400)).toMatchObject({ points: 4200, stars: 4 });
  // Hours just below with the points met: 199.5 h and 399.5 h stay one level down.
  expect(await at(399.5)).toMatchObject({ points: 4195, stars: 3 });
  expect(await at(199.5)).toMatchObject({ points: 2195, stars: 2 });
  // Level 5: 800 h and 8,400 points.
  expect(await at(800)).toMatchObject({ points: 8200, stars: 4 });
  await give(199);
  expect(await at(800)).toMatchObject({ points: 8399, stars: 4 });
  await give(1);
  expect(await at(800)).toMatchObject({ points: 8400, stars: 5, title: null, nextLevel: null });
  await give(5);
  expect(await at(799.5)).toMatchObject({ points: 8400, stars: 4 });
  // Titles by hours once five stars are reached.
  expect(await at(999.5)).toMatchObject({ stars: 5, title: null });
  expect((await at(1000)).title).toBe('GOLD');
  expect((await at(1999.5)).title).toBe('GOLD');
  expect(await at(2000)).toMatchObject({ stars: 5, title: 'DIAMOND', bankedHours: 2000 });
  // Service elsewhere in the city is the city's: it does not count in Longquanyi.
  await served(me, uuid(), 8, 'jinjiang');
  expect((await standing(token)).longquanyi!.hours).toBe(2000);
});

test('one gateway query mixes the city profile and star level with the Longquanyi standing', async () => {
  const [token] = await registerVolunteers(city, 'lqy-mixed', 1, 'longquanyi');
  const me = await standing(token);
  await served(me.id, uuid(), 60);
  const after = await standing(token);
  expect(after.displayName).toBeTruthy();
  expect(after.starLevel).toBe(0);
  expect(after.longquanyi).toMatchObject({ hours: 60, points: 600, stars: 1, bankedHours: 60, noShowsInYear: 0 });
  const levels = await city.query(
    graphql(`
      query LongquanyiLevels {
        longquanyi {
          levels {
            stars
            hours
            points
          }
        }
      }
    `),
  );
  expect(expectNoErrors(levels).longquanyi.levels.map((l) => [l.hours, l.points])).toEqual([
    [50, 500],
    [100, 1000],
    [200, 2100],
    [400, 4200],
    [800, 8400],
  ]);
});

test('only Longquanyi admins award points, with clear errors; the same key awards once', async () => {
  const [token, other] = await registerVolunteers(city, 'lqy-award', 2, 'longquanyi');
  const me = (await standing(token)).id;
  expectError(await award(me, 10, token), 'FORBIDDEN');
  expectError(await award(me, 10, await districtAdminToken(city, 'jinniu')), 'FORBIDDEN');
  expectError(
    await city.query(AWARD, { input: { volunteerId: me, points: 1, reason: 'xx', idempotencyKey: uuid() } }),
    'UNAUTHENTICATED',
  );
  expectError(await award(me, 0), 'BAD_USER_INPUT');
  expectError(await award(me, 1001), 'BAD_USER_INPUT');
  expectError(await award('not-an-id', 5), 'BAD_USER_INPUT');
  expectError(await award(uuid(), 5), 'NOT_FOUND');
  const key = uuid();
  const results = await Promise.all(Array.from({ length: 8 }, () => award(me, 30, admin, key)));
  expect(outcomes(results)).toEqual({ OK: 8 });
  expect(new Set(results.map((r) => r.data?.longquanyiAwardPoints.id)).size).toBe(1);
  expect((await standing(token)).longquanyi!.awardedPoints).toBe(30);
  expectError(await award(me, 31, admin, key), 'CONFLICT');
  expectNoErrors(await award(me, 20, await cityAdminToken(city)));
  expect((await standing(token)).longquanyi!.awardedPoints).toBe(50);

  // The standing is personal: another volunteer sees null, the home district's admin sees it.
  const READ = graphql(`
    query LongquanyiReadOther($id: ID!) {
      volunteer(id: $id) {
        longquanyi {
          awardedPoints
        }
      }
    }
  `);
  expect(expectNoErrors(await city.query(READ, { id: me }, other)).volunteer?.longquanyi ?? null).toBeNull();
  expect(expectNoErrors(await city.query(READ, { id: me }, admin)).volunteer?.longquanyi).toEqual({
    awardedPoints: 50,
  });
  expect(
    expectNoErrors(await city.query(READ, { id: me }, await districtAdminToken(city, 'jinniu'))).volunteer
      ?.longquanyi ?? null,
  ).toBeNull();
});

test('concurrent call-ins never overdraw the banked hours; a retried key calls in once', async () => {
  const [token] = await registerVolunteers(city, 'lqy-callin', 1, 'longquanyi');
  const me = (await standing(token)).id;
  expectError(await callIn(token, 1), 'INSUFFICIENT_HOURS');
  await served(me, uuid(), 10);
  expectError(await callIn(token, 0.3), 'BAD_USER_INPUT');
  expectError(await callIn(token, 9), 'BAD_USER_INPUT');
  expectError(await callIn(token, 1, 'short'), 'BAD_USER_INPUT');
  expectError(await callIn(token, 1, uuid(), ' '), 'BAD_USER_INPUT');
  expectError(await callIn(admin, 1), 'FORBIDDEN');
  expectError(
    await city.query(CALL_IN, { input: { hours: 1, service: '家电维修', idempotencyKey: uuid() } }),
    'UNAUTHENTICATED',
  );

  const key = uuid();
  const same = await Promise.all(Array.from({ length: 6 }, () => callIn(token, 1.5, key)));
  expect(outcomes(same)).toEqual({ OK: 6 });
  expect(new Set(same.map((r) => r.data?.longquanyiCallIn.id)).size).toBe(1);
  expect((await standing(token)).longquanyi!.bankedHours).toBe(8.5);

  // 30 call-ins of one hour at once against 8.5 banked hours: exactly 8 pass.
  const many = await Promise.all(Array.from({ length: 30 }, () => callIn(token, 1)));
  expect(outcomes(many)).toEqual({ OK: 8, INSUFFICIENT_HOURS: 22 });
  const after = (await standing(token)).longquanyi!;
  expect(after).toMatchObject({ hours: 10, bankedHours: 0.5, stars: 0 });
  const [row] = await sql<{ called: number }>(
    city,
    'longquanyi',
    'SELECT sum(hours)::float8 AS called FROM call_in WHERE volunteer_id = $1',
    [me],
  );
  expect(row!.called).toBe(9.5);
  const PAGE = graphql(`
    query LongquanyiCallIns($after: String) {
      me {
        longquanyi {
          callIns(first: 5, after: $after) {
            edges {
              node {
                id
                hours
              }
            }
            pageInfo {
              hasNextPage
              endCursor
            }
          }
        }
      }
    }
  `);
  type CallInPage = NonNullable<NonNullable<ResultOf<typeof PAGE>['me']>['longquanyi']>['callIns'];
  const seen: string[] = [];
  let after_: string | null = null;
  for (;;) {
    const page: CallInPage = expectNoErrors(await city.query(PAGE, { after: after_ }, token)).me!.longquanyi!.callIns;
    seen.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after_ = page.pageInfo.endCursor ?? null;
  }
  expect(new Set(seen).size).toBe(9);
});

test('five no-shows within a year, arriving by event, suspend the registration in Longquanyi', async () => {
  const [token] = await registerVolunteers(city, 'lqy-noshow', 1, 'longquanyi');
  const me = (await standing(token)).id;
  await served(me, uuid(), 20);
  const noShow = (signupId: string, daysAgo: number, districtCode = 'longquanyi') =>
    deliver(city, 'longquanyi', 'signup.no-show', {
      signupId,
      volunteerId: me,
      projectId: uuid(),
      districtCode,
      shiftDay: dayFromNow(-daysAgo),
    });
  // Older than a year, in another district, or the same sign-up told twice: none of these count.
  await noShow(uuid(), 400);
  await noShow(uuid(), 3, 'jinjiang');
  const twice = uuid();
  await noShow(twice, 10);
  await noShow(twice, 10);
  for (const d of [20, 30, 40]) await noShow(uuid(), d);
  expect((await standing(token)).longquanyi).toMatchObject({ noShowsInYear: 4, suspendedUntil: null });
  expectNoErrors(await callIn(token, 1));

  await noShow(uuid(), 300);
  const s = (await standing(token)).longquanyi!;
  expect(s.noShowsInYear).toBe(5);
  // Suspended until a year after the oldest of the five.
  const d = new Date(`${dayFromNow(-300)}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  expect(s.suspendedUntil).toBe(d.toISOString().slice(0, 10));
  expect(s.suspendedUntil! > today).toBe(true);
  const refused = await callIn(token, 1);
  expectError(refused, 'SUSPENDED');
  expect(refused.errors![0]!.message).toContain(s.suspendedUntil!);
});

test('an organizer marks a no-show in projects and Longquanyi hears of it', async () => {
  const [token] = await registerVolunteers(city, 'lqy-mark', 1, 'longquanyi');
  const date = dayFromNow(4);
  const project = await publishedProject(city, ORG(3), {
    districtCode: 'longquanyi',
    address: '龙泉驿区龙泉街道社区活动室',
    startsOn: date,
    endsOn: date,
    shifts: [{ date, startTime: '15:00', endTime: '18:00', capacity: 10 }],
  });
  const shiftId = project.shifts[0]!.id;
  const signupId = expectNoErrors(
    await city.query(
      graphql(`
        mutation LongquanyiSignUp($s: ID!) {
          signUp(shiftId: $s) {
            id
          }
        }
      `),
      { s: shiftId },
      token,
    ),
  ).signUp.id;
  const MARK = graphql(`
    mutation LongquanyiMarkNoShow($id: ID!) {
      markNoShow(signupId: $id) {
        id
        noShowAt
      }
    }
  `);
  const organizer = await orgAdminToken(city, ORG(3));
  expectError(await city.query(MARK, { id: signupId }, organizer), 'SHIFT_NOT_ENDED');
  // Time passes (as the projects tests do it): the shift ran yesterday.
  await sql(
    city,
    'projects',
    `UPDATE shift SET starts_at = now() - interval '1 day', ends_at = now() - interval '1 day' + interval '3 hours'
     WHERE id = $1`,
    [shiftId],
  );
  expectError(await city.query(MARK, { id: signupId }, token), 'FORBIDDEN');
  expectError(await city.query(MARK, { id: signupId }, await orgAdminToken(city, ORG(1))), 'FORBIDDEN');
  expectError(await city.query(MARK, { id: 'nope' }, organizer), 'BAD_USER_INPUT');
  const marks = await Promise.all(Array.from({ length: 5 }, () => city.query(MARK, { id: signupId }, organizer)));
  expect(outcomes(marks)).toEqual({ OK: 5 });
  expect(new Set(marks.map((r) => r.data?.markNoShow.noShowAt)).size).toBe(1);
  await city.settleEvents();
  expect((await standing(token)).longquanyi!.noShowsInYear).toBe(1);
  // A no-show cannot be checked in afterwards.
  expectError(
    await city.query(
      graphql(`
        mutation LongquanyiLateCheckIn($id: ID!, $at: String) {
          checkInVolunteer(signupId: $id, at: $at) {
            id
          }
        }
      `),
      { id: signupId, at: new Date(Date.now() - 86_400_000 + 60_000).toISOString() },
      organizer,
    ),
    'CONFLICT',
  );
});
