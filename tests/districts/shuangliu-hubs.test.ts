import { countStatements, expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { cityAdminToken, districtAdminToken, volunteerToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import type { ShuangliuSlotInput } from '../testkit/generated/graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { outcomes, registerVolunteers, sql } from './district-helpers';
import { seedShuangliu } from '../../subgraphs/shuangliu/data/seed';

/** Shuangliu's transport-hub service (情满旅途): posts, rotas of slots, places taken, check-in and out, hours. */
let city: City;
let admin: string;
const T2_ARRIVALS = 'b1160000-0000-4000-8000-000000000002';
const WEST_STATION_GATE = 'b1160000-0000-4000-8000-000000000004';
beforeAll(async () => {
  city = await startCity();
  admin = await districtAdminToken(city, 'shuangliu');
});
afterAll(() => city?.stop());

graphql(`
  fragment ShuangliuShiftFields on ShuangliuShift {
    takenAt
    checkedInAt
    checkedOutAt
    hours
    slot {
      id
      taken
      free
      capacity
    }
  }
`);
const ADD_POST = graphql(`
  mutation ShuangliuAddPost($input: ShuangliuPostInput!) {
    shuangliuAddPost(input: $input) {
      id
      hub
      name
      active
    }
  }
`);
const SET_POST = graphql(`
  mutation ShuangliuSetPost($postId: ID!, $active: Boolean!) {
    shuangliuSetPostActive(postId: $postId, active: $active) {
      id
      active
    }
  }
`);
const ADD_SLOT = graphql(`
  mutation ShuangliuAddSlot($input: ShuangliuSlotInput!) {
    shuangliuAddSlot(input: $input) {
      id
      day
      startsAt
      endsAt
      capacity
      taken
      free
    }
  }
`);
const CAPACITY = graphql(`
  mutation ShuangliuCapacity($slotId: ID!, $capacity: Int!) {
    shuangliuSetSlotCapacity(slotId: $slotId, capacity: $capacity) {
      capacity
      taken
    }
  }
`);
const TAKE = graphql(`
  mutation ShuangliuTake($slotId: ID!) {
    shuangliuTakeSlot(slotId: $slotId) {
      ...ShuangliuShiftFields
    }
  }
`);
const RELEASE = graphql(`
  mutation ShuangliuRelease($slotId: ID!) {
    shuangliuReleaseSlot(slotId: $slotId)
  }
`);
const CHECK_IN = graphql(`
  mutation ShuangliuCheckIn($slotId: ID!) {
    shuangliuCheckIn(slotId: $slotId) {
      ...ShuangliuShiftFields
    }
  }
`);
const CHECK_OUT = graphql(`
  mutation ShuangliuCheckOut($slotId: ID!) {
    shuangliuCheckOut(slotId: $slotId) {
      ...ShuangliuShiftFields
    }
  }
`);
const ROTA = graphql(`
  query ShuangliuRota($postId: ID!, $day: String!) {
    shuangliu {
      post(id: $postId) {
        name
        hoursServed
        shiftsServed
        rota(day: $day) {
          id
          startsAt
          capacity
          taken
          myShift {
            takenAt
          }
        }
      }
    }
  }
`);
const VOLUNTEER_HOURS = graphql(`
  query ShuangliuVolunteerHours($id: ID!) {
    volunteer(id: $id) {
      shuangliu {
        hours
        shifts
      }
    }
  }
`);

const DAY_MS = 86_400_000;
const chengduDay = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * DAY_MS).toISOString().slice(0, 10);
const slot = (over: Partial<ShuangliuSlotInput> = {}): ShuangliuSlotInput => ({
  postId: WEST_STATION_GATE,
  day: chengduDay(2),
  from: '08:00',
  to: '12:00',
  capacity: 3,
  ...over,
});
const addSlot = async (over: Partial<ShuangliuSlotInput> = {}) =>
  expectNoErrors(await city.query(ADD_SLOT, { input: slot(over) }, admin)).shuangliuAddSlot;
const chengduTime = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(11, 16);
let nextHour = 6;
/** A slot in an hour of its own after the seeded week: it overlaps neither other tests' slots nor the demo rotas. */
const freshSlot = (over: Partial<ShuangliuSlotInput> = {}) => {
  const h = nextHour++;
  return addSlot({
    day: chengduDay(9),
    from: `${String(h).padStart(2, '0')}:00`,
    to: `${String(h).padStart(2, '0')}:30`,
    ...over,
  });
};

test('one gateway query mixes core district and volunteer fields with the hubs, rotas and hours', async () => {
  const res = expectNoErrors(
    await city.query(
      graphql(`
        query ShuangliuMixed($day: String!) {
          district(code: "shuangliu") {
            name
            organizationCount
            shuangliu {
              title
              features
            }
          }
          volunteer(id: "20000000-0000-4000-8000-000000000010") {
            displayName
            confirmedHours
            shuangliu {
              hours
              shifts
            }
          }
          shuangliu {
            hubs {
              name
              figures {
                activePosts
                checkIns
                volunteers
                hoursServed
              }
              posts(first: 5) {
                edges {
                  node {
                    name
                    rota(day: $day) {
                      startsAt
                      free
                    }
                  }
                }
              }
            }
          }
        }
      `),
      { day: chengduDay(1) },
    ),
  );
  expect(res.district!.shuangliu!.features).toContain('情满旅途·枢纽服务岗');
  expect(res.volunteer).toMatchObject({ displayName: expect.any(String), shuangliu: { hours: 3.5, shifts: 1 } });
  const airport = res.shuangliu.hubs.find((h) => h.name === '双流国际机场')!;
  expect(airport.figures).toEqual({ activePosts: 3, checkIns: 2, volunteers: 2, hoursServed: 7 });
  expect(airport.posts.edges.map((e) => e.node.name)).toContain('T2 国际到达爱心服务台');
  expect(airport.posts.edges[0].node.rota.map((s) => s.free)).toEqual([4, 3]);
  expect(res.shuangliu.hubs.map((h) => h.name)).toEqual(['双流国际机场', '双流西站', '双流机场地铁站']);
});

test('only Shuangliu district admins open posts and write rotas, with every field checked', async () => {
  const volunteer = await volunteerToken(city, 1);
  const input = { hub: '双流西站', name: '出站口失物招领协助岗' };
  expectError(await city.query(ADD_POST, { input }), 'UNAUTHENTICATED');
  expectError(await city.query(ADD_POST, { input }, volunteer), 'FORBIDDEN');
  expect(
    expectError(await city.query(ADD_POST, { input }, await districtAdminToken(city, 'pidu')), 'FORBIDDEN').message,
  ).toMatch(/Shuangliu/);
  expect(
    expectError(await city.query(ADD_POST, { input: { ...input, hub: '天府机场' } }, admin), 'BAD_USER_INPUT')
      .extensions?.field,
  ).toBe('hub');
  expect(
    expectError(await city.query(ADD_POST, { input: { ...input, name: '岗' } }, admin), 'BAD_USER_INPUT').extensions
      ?.field,
  ).toBe('name');
  const post = expectNoErrors(await city.query(ADD_POST, { input }, admin)).shuangliuAddPost;
  expect(post).toMatchObject({ ...input, active: true });
  expectError(await city.query(ADD_POST, { input }, admin), 'CONFLICT');

  expectError(await city.query(ADD_SLOT, { input: slot({ postId: post.id }) }, volunteer), 'FORBIDDEN');
  expectError(
    await city.query(ADD_SLOT, { input: slot({ postId: post.id }) }, await districtAdminToken(city, 'jinniu')),
    'FORBIDDEN',
  );
  const cases: [Partial<ShuangliuSlotInput>, string][] = [
    [{ postId: 'nope' }, 'postId'],
    [{ day: '2026-02-30' }, 'day'],
    [{ day: chengduDay(-1) }, 'day'],
    [{ day: chengduDay(61) }, 'day'],
    [{ from: '8:00' }, 'from'],
    [{ from: '08:10' }, 'from'],
    [{ to: '07:30' }, 'to'],
    [{ from: '06:00', to: '18:30' }, 'to'],
    [{ capacity: 0 }, 'capacity'],
    [{ capacity: 51 }, 'capacity'],
  ];
  for (const [over, field] of cases) {
    const err = expectError(
      await city.query(ADD_SLOT, { input: slot({ postId: post.id, ...over }) }, admin),
      'BAD_USER_INPUT',
    );
    expect({ over, field: err.extensions?.field }).toEqual({ over, field });
  }
  expectError(
    await city.query(ADD_SLOT, { input: slot({ postId: 'b1160000-0000-4000-8000-0000000000ff' }) }, admin),
    'NOT_FOUND',
  );
  const first = expectNoErrors(
    await city.query(ADD_SLOT, { input: slot({ postId: post.id }) }, admin),
  ).shuangliuAddSlot;
  expect(first).toMatchObject({ day: chengduDay(2), capacity: 3, taken: 0, free: 3 });
  expect(first.startsAt).toBe(new Date(`${chengduDay(2)}T08:00:00+08:00`).toISOString());
  expectError(
    await city.query(ADD_SLOT, { input: slot({ postId: post.id, from: '11:30', to: '13:00' }) }, admin),
    'SLOT_OVERLAP',
  );
  expectNoErrors(await city.query(ADD_SLOT, { input: slot({ postId: post.id, from: '12:00', to: '16:00' }) }, admin));
  const rota = expectNoErrors(await city.query(ROTA, { postId: post.id, day: chengduDay(2) })).shuangliu.post!.rota;
  expect(rota.map((s) => s.capacity)).toEqual([3, 3]);

  expectError(await city.query(SET_POST, { postId: post.id, active: false }, volunteer), 'FORBIDDEN');
  expect(
    expectNoErrors(await city.query(SET_POST, { postId: post.id, active: false }, admin)).shuangliuSetPostActive.active,
  ).toBe(false);
  expectError(
    await city.query(ADD_SLOT, { input: slot({ postId: post.id, day: chengduDay(4) }) }, admin),
    'POST_RETIRED',
  );
  // A city admin may step in.
  expectNoErrors(await city.query(SET_POST, { postId: post.id, active: true }, await cityAdminToken(city)));
});

test('volunteers take and give back their own places; capacity never drops below what is taken', async () => {
  const [a, b] = await registerVolunteers(city, 'shuangliu-taker', 2, 'shuangliu');
  const s = await freshSlot({ capacity: 1 });
  expectError(await city.query(TAKE, { slotId: s.id }), 'UNAUTHENTICATED');
  expectError(await city.query(TAKE, { slotId: s.id }, admin), 'FORBIDDEN');
  expectError(
    await city.query(TAKE, { slotId: s.id }, await city.token({ role: 'volunteer', sub: 'nobody' })),
    'NOT_REGISTERED',
  );
  expectError(await city.query(TAKE, { slotId: 'b1160000-0000-4000-8000-0000000000ff' }, a), 'NOT_FOUND');
  const taken = expectNoErrors(await city.query(TAKE, { slotId: s.id }, a)).shuangliuTakeSlot;
  expect(taken).toMatchObject({ checkedInAt: null, hours: null, slot: { taken: 1, free: 0 } });
  // Taking again is the same place.
  expect(expectNoErrors(await city.query(TAKE, { slotId: s.id }, a)).shuangliuTakeSlot).toEqual(taken);
  expectError(await city.query(TAKE, { slotId: s.id }, b), 'SLOT_FULL');
  // Only the holder sees their shift on the rota.
  const day = chengduDay(9);
  const mine = (t?: string) =>
    city
      .query(ROTA, { postId: WEST_STATION_GATE, day }, t)
      .then((r) => expectNoErrors(r).shuangliu.post!.rota.find((x) => x.id === s.id)!.myShift);
  expect(await mine(a)).toEqual({ takenAt: taken.takenAt });
  for (const t of [b, admin, undefined]) expect(await mine(t)).toBeNull();

  expectError(await city.query(CAPACITY, { slotId: s.id, capacity: 2 }, a), 'FORBIDDEN');
  expect(
    expectNoErrors(await city.query(CAPACITY, { slotId: s.id, capacity: 2 }, admin)).shuangliuSetSlotCapacity,
  ).toEqual({ capacity: 2, taken: 1 });
  expectNoErrors(await city.query(TAKE, { slotId: s.id }, b));
  expectError(await city.query(CAPACITY, { slotId: s.id, capacity: 1 }, admin), 'BELOW_TAKEN');
  expectError(await city.query(CAPACITY, { slotId: s.id, capacity: 51 }, admin), 'BAD_USER_INPUT');

  expect(expectNoErrors(await city.query(RELEASE, { slotId: s.id }, b)).shuangliuReleaseSlot).toBe(true);
  expect(expectNoErrors(await city.query(RELEASE, { slotId: s.id }, b)).shuangliuReleaseSlot).toBe(false);
  // An overlapping slot elsewhere clashes with the one held.
  const clash = await addSlot({ postId: T2_ARRIVALS, day, from: chengduTime(s.startsAt), to: chengduTime(s.endsAt) });
  expectError(await city.query(TAKE, { slotId: clash.id }, a), 'SHIFT_CLASH');
  expectNoErrors(await city.query(TAKE, { slotId: clash.id }, b));
});

test('check-in and check-out on the own slot are idempotent; hours count within the slot', async () => {
  const [me, other] = await registerVolunteers(city, 'shuangliu-shift', 2, 'shuangliu');
  // A slot starting at the next half hour: check-in opens 30 minutes before, so it is open now. Slots lie on the
  // half hour and taking one needs it not yet started, so within 2 minutes of a half hour the test first lets that
  // half hour pass (otherwise the next one would be over 30 minutes away and check-in not yet open).
  const HALF_HOUR = 1_800_000;
  const untilNext = HALF_HOUR - (Date.now() % HALF_HOUR);
  if (untilNext < 120_000) await new Promise((r) => setTimeout(r, untilNext + 1_000));
  const start = new Date(Math.ceil(Date.now() / HALF_HOUR) * HALF_HOUR);
  const local = new Date(start.getTime() + 8 * 3_600_000).toISOString();
  const from = local.slice(11, 16);
  const to =
    from === '23:30' ? '24:00' : new Date(start.getTime() + 8 * 3_600_000 + HALF_HOUR).toISOString().slice(11, 16);
  const s = await addSlot({ postId: T2_ARRIVALS, day: local.slice(0, 10), from, to, capacity: 2 });
  expectNoErrors(await city.query(TAKE, { slotId: s.id }, me));
  expectError(await city.query(CHECK_IN, { slotId: s.id }, other), 'NOT_FOUND');
  expectError(await city.query(CHECK_OUT, { slotId: s.id }, me), 'NOT_CHECKED_IN');
  const later = await freshSlot({ day: chengduDay(10) });
  expectNoErrors(await city.query(TAKE, { slotId: later.id }, me));
  expectError(await city.query(CHECK_IN, { slotId: later.id }, me), 'TOO_EARLY');

  const [inOnce, inTwice] = await Promise.all([
    city.query(CHECK_IN, { slotId: s.id }, me),
    city.query(CHECK_IN, { slotId: s.id }, me),
  ]);
  expect(expectNoErrors(inOnce).shuangliuCheckIn.checkedInAt).toEqual(expect.any(String));
  expect(expectNoErrors(inTwice).shuangliuCheckIn.checkedInAt).toBe(
    expectNoErrors(inOnce).shuangliuCheckIn.checkedInAt,
  );
  expectError(await city.query(RELEASE, { slotId: s.id }, me), 'SLOT_STARTED');

  // Time passes: the slot and the check-in move 2 hours into the past, as if the volunteer had served it (tests
  // cannot wait; nothing else is changed). Checked in 10 minutes after the start, the half-hour slot gives 1/3 h.
  await sql(
    city,
    'shuangliu',
    "UPDATE slot SET starts_at = now() - interval '2 hours', ends_at = now() - interval '90 minutes' WHERE id = $1",
    [s.id],
  );
  await sql(city, 'shuangliu', "UPDATE shift SET checked_in_at = now() - interval '110 minutes' WHERE slot_id = $1", [
    s.id,
  ]);
  const before = expectNoErrors(await city.query(ROTA, { postId: T2_ARRIVALS, day: chengduDay(0) })).shuangliu.post!;
  const [outOnce, outTwice] = await Promise.all([
    city.query(CHECK_OUT, { slotId: s.id }, me),
    city.query(CHECK_OUT, { slotId: s.id }, me),
  ]);
  const out = expectNoErrors(outOnce).shuangliuCheckOut;
  expect(out.hours).toBeCloseTo(0.33, 2);
  expect(expectNoErrors(outTwice).shuangliuCheckOut).toEqual(out);
  expect(expectNoErrors(await city.query(CHECK_OUT, { slotId: s.id }, me)).shuangliuCheckOut).toEqual(out);
  const after = expectNoErrors(await city.query(ROTA, { postId: T2_ARRIVALS, day: chengduDay(0) })).shuangliu.post!;
  expect(after.hoursServed).toBeCloseTo(before.hoursServed + 0.33, 2);
  expect(after.shiftsServed).toBe(before.shiftsServed + 1);
  const myId = (
    await sql<{ volunteer_id: string }>(city, 'shuangliu', 'SELECT volunteer_id FROM shift WHERE slot_id = $1', [s.id])
  )[0].volunteer_id;
  expect(expectNoErrors(await city.query(VOLUNTEER_HOURS, { id: myId })).volunteer!.shuangliu).toEqual({
    hours: 0.33,
    shifts: 1,
  });
  expectError(await city.query(CHECK_IN, { slotId: s.id }, other), 'NOT_FOUND');

  const shifts = expectNoErrors(
    await city.query(
      graphql(`
        query ShuangliuMyShifts($first: Int, $after: String) {
          shuangliu {
            myShifts(first: $first, after: $after) {
              edges {
                node {
                  hours
                  slot {
                    id
                    post {
                      name
                    }
                  }
                }
              }
              pageInfo {
                hasNextPage
                endCursor
              }
            }
          }
        }
      `),
      { first: 1 },
      me,
    ),
  ).shuangliu.myShifts;
  expect(shifts.edges).toHaveLength(1);
  expect(shifts.pageInfo.hasNextPage).toBe(true);
}, 300_000); // may first wait up to 2 minutes for a half hour to pass

test('hub figures take a day range; posts page; rotas and figures cost the same statements at any size', async () => {
  const FIG = graphql(`
    query ShuangliuFigures($from: String, $to: String, $first: Int, $after: String, $day: String!) {
      shuangliu {
        hubs {
          name
          figures(from: $from, to: $to) {
            slots
            places
            placesTaken
            hoursServed
          }
          posts(first: $first, after: $after) {
            edges {
              node {
                id
                hoursServed
                rota(day: $day) {
                  id
                  free
                }
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
  const week = expectNoErrors(
    await city.query(FIG, { from: chengduDay(1), to: chengduDay(1), first: 5, day: chengduDay(1) }),
  ).shuangliu.hubs;
  expect(week.find((h) => h.name === '双流机场地铁站')!.figures).toEqual({
    slots: 2,
    places: 7,
    placesTaken: 0,
    hoursServed: 0,
  });
  expectError(await city.query(FIG, { from: '2026-13-01', first: 1, day: chengduDay(1) }), 'BAD_USER_INPUT');
  expectError(
    await city.query(FIG, { from: chengduDay(2), to: chengduDay(1), first: 1, day: chengduDay(1) }),
    'BAD_USER_INPUT',
  );
  type PostsPage = ResultOf<typeof FIG>['shuangliu']['hubs'][number]['posts'];
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const res: PostsPage = expectNoErrors(await city.query(FIG, { first: 1, after, day: chengduDay(1) })).shuangliu
      .hubs[0].posts;
    ids.push(...res.edges.map((e) => e.node.id));
    after = res.pageInfo.hasNextPage ? res.pageInfo.endCursor! : null;
  } while (after);
  expect(ids).toHaveLength(3);
  const small = await countStatements(city, () => city.query(FIG, { first: 1, day: chengduDay(1) }));
  const large = await countStatements(city, () => city.query(FIG, { first: 5, day: chengduDay(1) }));
  expect(large.shuangliu).toBe(small.shuangliu);
});

test('40 volunteers take a 6-place slot at once, each twice: exactly 6 hold it, never more', async () => {
  const tokens = await registerVolunteers(city, 'shuangliu-rush', 40, 'shuangliu');
  const s = await freshSlot({ capacity: 6, postId: T2_ARRIVALS, day: chengduDay(11) });
  const results = await Promise.all([...tokens, ...tokens].map((t) => city.query(TAKE, { slotId: s.id }, t)));
  // A holder's second request is the same place (OK); everyone else is told it is full.
  expect(outcomes(results)).toEqual({ OK: 12, SLOT_FULL: 68 });
  const [row] = await sql<{ taken: number; capacity: number }>(
    city,
    'shuangliu',
    'SELECT taken, capacity FROM slot WHERE id = $1',
    [s.id],
  );
  expect(row).toEqual({ taken: 6, capacity: 6 });
  const [{ count }] = await sql<{ count: string }>(city, 'shuangliu', 'SELECT count(*) FROM shift WHERE slot_id = $1', [
    s.id,
  ]);
  expect(Number(count)).toBe(6);
});

const MY_DATA = graphql(`
  query ShuangliuMyData {
    myPersonalData {
      volunteerId
      shuangliu
    }
  }
`);
const DEREGISTER = graphql(`
  mutation ShuangliuDeregister {
    deregister(confirmation: "DEREGISTER") {
      deregisteredAt
    }
  }
`);

test("a volunteer's export holds their shifts; deregistering frees future places, keeps past hours", async () => {
  const [leaver, ...others] = await registerVolunteers(city, 'shuangliu-leaver', 6, 'shuangliu');
  const future = await freshSlot({ capacity: 1 });
  const served = await freshSlot();
  for (const s of [future, served]) expectNoErrors(await city.query(TAKE, { slotId: s.id }, leaver));
  expectError(await city.query(TAKE, { slotId: future.id }, others[0]!), 'SLOT_FULL');
  // Time passes for `served` alone, as if it had been worked (tests cannot wait): it ran from 2 hours to 90 minutes
  // ago and the volunteer checked in at its start; their check-out gives its half hour.
  await sql(
    city,
    'shuangliu',
    "UPDATE slot SET starts_at = now() - interval '2 hours', ends_at = now() - interval '90 minutes' WHERE id = $1",
    [served.id],
  );
  await sql(city, 'shuangliu', "UPDATE shift SET checked_in_at = now() - interval '2 hours' WHERE slot_id = $1", [
    served.id,
  ]);
  expect(expectNoErrors(await city.query(CHECK_OUT, { slotId: served.id }, leaver)).shuangliuCheckOut.hours).toBe(0.5);

  const mine = expectNoErrors(await city.query(MY_DATA, {}, leaver)).myPersonalData;
  expect(mine.shuangliu).toEqual({
    shifts: expect.arrayContaining([
      expect.objectContaining({ slotId: future.id, post: expect.any(String), checkedInAt: null, hours: null }),
      expect.objectContaining({ slotId: served.id, checkedOutAt: expect.any(String), hours: 0.5 }),
    ]),
  });
  expect((mine.shuangliu as { shifts: unknown[] }).shifts).toHaveLength(2);

  const post = async () =>
    expectNoErrors(await city.query(ROTA, { postId: WEST_STATION_GATE, day: chengduDay(9) })).shuangliu.post!;
  const before = await post();
  expectNoErrors(await city.query(DEREGISTER, {}, leaver));
  await city.settleEvents();
  // The future place is given back and goes to exactly one of five who ask for it at once.
  const results = await Promise.all(others.map((t) => city.query(TAKE, { slotId: future.id }, t)));
  expect(outcomes(results)).toEqual({ OK: 1, SLOT_FULL: 4 });
  const [row] = await sql<{ taken: number; shifts: string }>(
    city,
    'shuangliu',
    'SELECT taken, (SELECT count(*) FROM shift WHERE slot_id = $1) AS shifts FROM slot WHERE id = $1',
    [future.id],
  );
  expect(row).toEqual({ taken: 1, shifts: '1' });
  // The served half hour stays in the figures, under the random id alone (nobody can say whose it is any more).
  const after = await post();
  expect([after.hoursServed, after.shiftsServed]).toEqual([before.hoursServed, before.shiftsServed]);
  const kept = await sql<{ volunteer_id: string; hours: string }>(
    city,
    'shuangliu',
    'SELECT volunteer_id, hours FROM shift WHERE slot_id = $1',
    [served.id],
  );
  expect(kept).toEqual([{ volunteer_id: mine.volunteerId, hours: '0.50' }]);
});

test('a later start adds the rotas of the days now coming and serves the demo morning only once', async () => {
  const hours = async () =>
    expectNoErrors(await city.query(VOLUNTEER_HOURS, { id: '20000000-0000-4000-8000-000000000010' })).volunteer!
      .shuangliu;
  const before = await hours();
  await seedShuangliu(city.subgraphs.get('shuangliu')!.db, new Date(Date.now() + 21 * DAY_MS));
  expect(await hours()).toEqual(before);
  const rota = expectNoErrors(await city.query(ROTA, { postId: T2_ARRIVALS, day: chengduDay(22) })).shuangliu.post!
    .rota;
  expect(rota.map((s) => s.capacity)).toEqual([4, 3]);
});
