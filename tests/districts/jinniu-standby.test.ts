import { countStatements, expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { districtAdminToken, volunteerToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import type { JinniuAlertInput, JinniuStandbyInput } from '../testkit/generated/graphql';
import { outcomes, registerVolunteers, sql } from './district-helpers';
import { seedJinniu } from '../../subgraphs/jinniu/data/seed';

/** Jinniu's emergency standby roster: members stand by, an admin raises an alert, the first N who accept fill it. */
let city: City;
let admin: string;
beforeAll(async () => {
  city = await startCity();
  admin = await districtAdminToken(city, 'jinniu');
});
afterAll(() => city?.stop());

graphql(`
  fragment JinniuAlertFields on JinniuAlert {
    id
    skill
    place
    startsAt
    needed
    status
    offeredCount
    acceptedCount
    declinedCount
    timeToFillMinutes
    filledAt
    cancelledAt
  }
`);
const JOIN = graphql(`
  mutation JinniuJoin($input: JinniuStandbyInput!) {
    jinniuJoinStandby(input: $input) {
      skills
      availability {
        weekday
        from
        to
      }
    }
  }
`);
const LEAVE = graphql(`
  mutation JinniuLeave {
    jinniuLeaveStandby
  }
`);
const MINE = graphql(`
  query JinniuMine {
    jinniu {
      myStandby {
        skills
        availability {
          weekday
          from
          to
        }
      }
    }
  }
`);
const RAISE = graphql(`
  mutation JinniuRaise($input: JinniuAlertInput!) {
    jinniuRaiseAlert(input: $input) {
      ...JinniuAlertFields
    }
  }
`);
const ACCEPT = graphql(`
  mutation JinniuAccept($alertId: ID!) {
    jinniuAcceptAlert(alertId: $alertId) {
      status
      answeredAt
      alert {
        id
        status
        acceptedCount
      }
    }
  }
`);
const DECLINE = graphql(`
  mutation JinniuDecline($alertId: ID!) {
    jinniuDeclineAlert(alertId: $alertId) {
      status
    }
  }
`);
const CANCEL = graphql(`
  mutation JinniuCancel($alertId: ID!) {
    jinniuCancelAlert(alertId: $alertId) {
      ...JinniuAlertFields
    }
  }
`);
const ALERT = graphql(`
  query JinniuAlert($id: ID!) {
    jinniu {
      alert(id: $id) {
        ...JinniuAlertFields
        myOffer {
          status
        }
      }
    }
  }
`);
const OFFERS = graphql(`
  query JinniuOffers($status: JinniuOfferStatus, $first: Int, $after: String) {
    jinniu {
      myOffers(status: $status, first: $first, after: $after) {
        edges {
          node {
            status
            alert {
              id
              place
              status
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
`);
const ALERTS = graphql(`
  query JinniuAlerts($first: Int, $after: String) {
    jinniu {
      alerts(first: $first, after: $after) {
        edges {
          node {
            id
            offeredCount
            acceptedCount
            myOffer {
              status
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
`);

/** The next given ISO weekday (1 = Monday) at `hour`:00 Chengdu time, one to seven days from now. */
function next(weekday: number, hour: number): string {
  const chengdu = new Date(Date.now() + 8 * 3_600_000);
  const today = chengdu.getUTCDay() || 7;
  const days = (weekday - today + 7) % 7 || 7;
  const day = new Date(chengdu.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00:00+08:00`;
}

const standby = (over: Partial<JinniuStandbyInput> = {}): JinniuStandbyInput => ({
  skills: ['应急通信'],
  availability: [{ weekday: 'TUESDAY', from: '08:00', to: '18:00' }],
  ...over,
});
const alertInput = (over: Partial<JinniuAlertInput> = {}): JinniuAlertInput => ({
  skill: '应急通信',
  place: '金牛区抚琴街道应急指挥点',
  startsAt: next(2, 9),
  needed: 2,
  note: '暴雨预警，协助架设临时通信。',
  ...over,
});
const join = async (token: string, over: Partial<JinniuStandbyInput> = {}) =>
  expectNoErrors(await city.query(JOIN, { input: standby(over) }, token)).jinniuJoinStandby;
const raise = async (over: Partial<JinniuAlertInput> = {}) =>
  expectNoErrors(await city.query(RAISE, { input: alertInput(over) }, admin)).jinniuRaiseAlert;

/** Registers `n` new Jinniu residents (numbers and IDs from the shared counter) and returns their tokens. */
const register = (prefix: string, n: number) => registerVolunteers(city, prefix, n, 'jinniu');

test('one gateway query mixes core district and volunteer fields with the Jinniu roster', async () => {
  const res = expectNoErrors(
    await city.query(
      graphql(`
        query JinniuMixed {
          district(code: "jinniu") {
            name
            volunteerCount
            projectCount
            jinniu {
              title
              features
            }
          }
          me {
            displayName
            district {
              code
            }
          }
          jinniu {
            skills
            myStandby {
              skills
            }
            myOffers(first: 5) {
              edges {
                node {
                  status
                  alert {
                    place
                    needed
                    acceptedCount
                  }
                }
              }
            }
          }
        }
      `),
      {},
      await volunteerToken(city, 3),
    ),
  );
  expect(res.district).toMatchObject({ name: expect.stringContaining('金牛'), jinniu: { title: '青聚金牛' } });
  expect(res.district!.jinniu!.features).toContain('应急待命库');
  expect(res.me!.district!.code).toBe('jinniu');
  expect(res.jinniu.skills).toContain('急救');
  // The seeded pool and alert: demo volunteer 03 stands by and accepted the market first-aid call.
  expect(res.jinniu.myStandby!.skills).toEqual(['急救', '秩序维护']);
  expect(res.jinniu.myOffers.edges[0].node).toEqual({
    status: 'ACCEPTED',
    alert: { place: '金牛区荷花池街道办事处', needed: 2, acceptedCount: 1 },
  });
});

test('volunteers join, edit and leave the pool for themselves only, with every field checked', async () => {
  const [me] = await register('jinniu-joiner', 1);
  expectError(await city.query(JOIN, { input: standby() }), 'UNAUTHENTICATED');
  expectError(await city.query(JOIN, { input: standby() }, admin), 'FORBIDDEN');
  expectError(
    await city.query(JOIN, { input: standby() }, await city.token({ role: 'volunteer', sub: 'never-registered' })),
    'NOT_REGISTERED',
  );
  const cases: [Partial<JinniuStandbyInput>, string][] = [
    [{ skills: [] }, 'skills'],
    [{ skills: ['唱歌'] }, 'skills'],
    [{ skills: ['急救', '驾驶', '手语', '消防', '医疗护理', '心理疏导'] }, 'skills'],
    [{ availability: [] }, 'availability'],
    [{ availability: [{ weekday: 'MONDAY', from: '8:00', to: '12:00' }] }, 'availability.from'],
    [{ availability: [{ weekday: 'MONDAY', from: '08:15', to: '12:00' }] }, 'availability.from'],
    [{ availability: [{ weekday: 'MONDAY', from: '24:00', to: '24:00' }] }, 'availability.from'],
    [{ availability: [{ weekday: 'MONDAY', from: '12:00', to: '25:00' }] }, 'availability.to'],
    [{ availability: [{ weekday: 'MONDAY', from: '12:00', to: '08:00' }] }, 'availability.to'],
    [
      {
        availability: [
          { weekday: 'MONDAY', from: '08:00', to: '12:00' },
          { weekday: 'MONDAY', from: '11:00', to: '14:00' },
        ],
      },
      'availability',
    ],
  ];
  for (const [over, field] of cases) {
    const err = expectError(await city.query(JOIN, { input: standby(over) }, me), 'BAD_USER_INPUT');
    expect({ over, field: err.extensions?.field }).toEqual({ over, field });
  }
  expect(expectNoErrors(await city.query(MINE, {}, me)).jinniu.myStandby).toBeNull();
  expect(await join(me, { skills: ['急救', '急救', '手语'] })).toEqual({
    skills: ['急救', '手语'],
    availability: [{ weekday: 'TUESDAY', from: '08:00', to: '18:00' }],
  });
  const edited = await join(me, {
    availability: [
      { weekday: 'SUNDAY', from: '20:00', to: '24:00' },
      { weekday: 'MONDAY', from: '00:00', to: '06:30' },
    ],
  });
  expect(edited).toEqual({
    skills: ['应急通信'],
    availability: [
      { weekday: 'MONDAY', from: '00:00', to: '06:30' },
      { weekday: 'SUNDAY', from: '20:00', to: '24:00' },
    ],
  });
  // Nobody else reads a member's skills and hours: another volunteer sees only their own (none), admins nothing.
  expect(expectNoErrors(await city.query(MINE, {}, await volunteerToken(city, 9))).jinniu.myStandby).toBeNull();
  expect(expectNoErrors(await city.query(MINE, {}, admin)).jinniu.myStandby).toBeNull();
  expect(expectNoErrors(await city.query(MINE, {}, me)).jinniu.myStandby).toEqual(edited);

  expect(expectNoErrors(await city.query(LEAVE, {}, me)).jinniuLeaveStandby).toBe(true);
  expect(expectNoErrors(await city.query(LEAVE, {}, me)).jinniuLeaveStandby).toBe(false);
  expect(expectNoErrors(await city.query(MINE, {}, me)).jinniu.myStandby).toBeNull();
});

test('only Jinniu district admins raise alerts, with every field checked', async () => {
  const [member] = await register('jinniu-checker', 1);
  await join(member, { skills: ['消防'], availability: [{ weekday: 'FRIDAY', from: '00:00', to: '24:00' }] });
  const input = alertInput({ skill: '消防', startsAt: next(5, 15) });
  expectError(await city.query(RAISE, { input }), 'UNAUTHENTICATED');
  expectError(await city.query(RAISE, { input }, member), 'FORBIDDEN');
  expect(
    expectError(await city.query(RAISE, { input }, await districtAdminToken(city, 'pidu')), 'FORBIDDEN').message,
  ).toMatch(/Jinniu/);
  const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
  const cases: [Partial<JinniuAlertInput>, string][] = [
    [{ skill: '唱歌' }, 'skill'],
    [{ place: '金' }, 'place'],
    [{ startsAt: '明天上午' }, 'startsAt'],
    [{ startsAt: next(5, 15).slice(0, 19) }, 'startsAt'],
    [{ startsAt: hourAgo }, 'startsAt'],
    [{ startsAt: new Date(Date.now() + 15 * 86_400_000).toISOString() }, 'startsAt'],
    [{ needed: 0 }, 'needed'],
    [{ needed: 201 }, 'needed'],
    [{ note: 'x'.repeat(301) }, 'note'],
  ];
  for (const [over, field] of cases) {
    const err = expectError(await city.query(RAISE, { input: { ...input, ...over } }, admin), 'BAD_USER_INPUT');
    expect({ over, field: err.extensions?.field }).toEqual({ over, field });
  }
  // Nobody with the skill stands by on Thursdays: the alert is refused rather than raised to nobody.
  expect(
    expectError(await city.query(RAISE, { input: { ...input, startsAt: next(4, 15) } }, admin), 'NO_MATCHING_MEMBERS')
      .message,
  ).toMatch(/消防/);
  const cityAdmin = await city.token({ role: 'city_admin', sub: 'city-admin-1' });
  expect(expectNoErrors(await city.query(RAISE, { input }, cityAdmin)).jinniuRaiseAlert.status).toBe('OPEN');
});

test('an alert reaches members with the skill who stand by then; they accept or decline; it fills at N', async () => {
  const [a, b, c, offSkill, offHours] = await register('jinniu-member', 5);
  const tuesday = [{ weekday: 'TUESDAY' as const, from: '08:00', to: '12:00' }];
  for (const t of [a, b, c]) await join(t, { skills: ['应急通信', '驾驶'], availability: tuesday });
  await join(offSkill, { skills: ['驾驶'], availability: tuesday });
  await join(offHours, { availability: [{ weekday: 'TUESDAY', from: '12:00', to: '18:00' }] });

  const alert = await raise({ startsAt: next(2, 11), needed: 2 });
  expect(alert).toMatchObject({ status: 'OPEN', offeredCount: 3, acceptedCount: 0, timeToFillMinutes: null });
  const offered = async (t: string) =>
    expectNoErrors(await city.query(OFFERS, { status: 'OFFERED' }, t)).jinniu.myOffers.edges.map(
      (e) => e.node.alert.id,
    );
  expect(await offered(a)).toContain(alert.id);
  for (const t of [offSkill, offHours]) {
    expect(await offered(t)).not.toContain(alert.id);
    expect(expectNoErrors(await city.query(ALERT, { id: alert.id }, t)).jinniu.alert).toBeNull();
    expectError(await city.query(ACCEPT, { alertId: alert.id }, t), 'NOT_FOUND');
  }
  expect(expectNoErrors(await city.query(ALERT, { id: alert.id })).jinniu.alert).toBeNull();
  expectError(await city.query(ACCEPT, { alertId: 'not-an-id' }, a), 'BAD_USER_INPUT');

  expect(expectNoErrors(await city.query(DECLINE, { alertId: alert.id }, c)).jinniuDeclineAlert.status).toBe(
    'DECLINED',
  );
  expectNoErrors(await city.query(DECLINE, { alertId: alert.id }, c));
  const first = expectNoErrors(await city.query(ACCEPT, { alertId: alert.id }, a)).jinniuAcceptAlert;
  expect(first).toMatchObject({ status: 'ACCEPTED', alert: { status: 'OPEN', acceptedCount: 1 } });
  // A retried acceptance is the same acceptance, not a second place.
  expect(expectNoErrors(await city.query(ACCEPT, { alertId: alert.id }, a)).jinniuAcceptAlert).toEqual(first);
  expectError(await city.query(DECLINE, { alertId: alert.id }, a), 'ALREADY_ACCEPTED');
  expect(expectNoErrors(await city.query(ACCEPT, { alertId: alert.id }, b)).jinniuAcceptAlert.alert).toMatchObject({
    status: 'FILLED',
    acceptedCount: 2,
  });
  // c declined first and changes their mind too late.
  expectError(await city.query(ACCEPT, { alertId: alert.id }, c), 'ALERT_FILLED');

  const figures = expectNoErrors(await city.query(ALERT, { id: alert.id }, admin)).jinniu.alert!;
  expect(figures).toMatchObject({
    status: 'FILLED',
    offeredCount: 3,
    acceptedCount: 2,
    declinedCount: 1,
    myOffer: null,
  });
  expect(figures.timeToFillMinutes).toBeGreaterThanOrEqual(0);
  expect(figures.timeToFillMinutes).toBeLessThan(10);
  expect(expectNoErrors(await city.query(ALERT, { id: alert.id }, b)).jinniu.alert!.myOffer).toEqual({
    status: 'ACCEPTED',
  });
  expect(await offered(c)).not.toContain(alert.id);
});

test('a change of mind, leaving the pool and cancelling keep the figures true', async () => {
  const [a, b, c] = await register('jinniu-mind', 3);
  for (const t of [a, b, c]) await join(t, { skills: ['外语翻译'] });
  const alert = await raise({ skill: '外语翻译', startsAt: next(2, 10), needed: 3 });
  expectNoErrors(await city.query(DECLINE, { alertId: alert.id }, a));
  expectNoErrors(await city.query(ACCEPT, { alertId: alert.id }, a));
  expectNoErrors(await city.query(LEAVE, {}, c));
  const now = expectNoErrors(await city.query(ALERT, { id: alert.id }, admin)).jinniu.alert!;
  expect(now).toMatchObject({ status: 'OPEN', offeredCount: 2, acceptedCount: 1, declinedCount: 0 });
  expectError(await city.query(ACCEPT, { alertId: alert.id }, c), 'NOT_FOUND');

  expectError(await city.query(CANCEL, { alertId: alert.id }, a), 'FORBIDDEN');
  expectError(await city.query(CANCEL, { alertId: alert.id }, await districtAdminToken(city, 'pidu')), 'FORBIDDEN');
  const cancelled = expectNoErrors(await city.query(CANCEL, { alertId: alert.id }, admin)).jinniuCancelAlert;
  expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelledAt: expect.any(String) });
  expect(expectNoErrors(await city.query(CANCEL, { alertId: alert.id }, admin)).jinniuCancelAlert.cancelledAt).toBe(
    cancelled.cancelledAt,
  );
  expectError(await city.query(ACCEPT, { alertId: alert.id }, b), 'ALERT_CANCELLED');
  expectError(await city.query(CANCEL, { alertId: 'a1060000-0000-4000-8000-0000000000ff' }, admin), 'NOT_FOUND');
});

test('only admins list alerts; pages walk every alert once and cost the same statements at any size', async () => {
  expectError(await city.query(ALERTS, { first: 5 }, await volunteerToken(city, 3)), 'FORBIDDEN');
  expectError(await city.query(ALERTS, { first: 5 }, await districtAdminToken(city, 'pidu')), 'FORBIDDEN');
  expectError(await city.query(ALERTS, { first: 101 }, admin), 'BAD_USER_INPUT');
  const [member] = await register('jinniu-pager', 1);
  await join(member, { skills: ['手语'], availability: [{ weekday: 'WEDNESDAY', from: '08:00', to: '20:00' }] });
  for (let i = 0; i < 5; i++) await raise({ skill: '手语', startsAt: next(3, 9 + i), needed: 1 });
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const page: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } =
      expectNoErrors(await city.query(ALERTS, { first: 2, after }, admin)).jinniu.alerts;
    ids.push(...page.edges.map((e) => e.node.id));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : null;
  } while (after);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.length).toBeGreaterThanOrEqual(6);
  const offers = expectNoErrors(await city.query(OFFERS, { first: 10 }, member)).jinniu.myOffers.edges;
  expect(offers.filter((e) => e.node.status === 'OFFERED')).toHaveLength(5);

  const small = await countStatements(city, () => city.query(OFFERS, { first: 1 }, member));
  const large = await countStatements(city, () => city.query(OFFERS, { first: 5 }, member));
  expect(large.jinniu).toBe(small.jinniu);
  const adminSmall = await countStatements(city, () => city.query(ALERTS, { first: 1 }, admin));
  const adminLarge = await countStatements(city, () => city.query(ALERTS, { first: 6 }, admin));
  expect(adminLarge.jinniu).toBe(adminSmall.jinniu);
});

test('40 members accept a 7-place alert at once, each twice: exactly 7 get it, never more', async () => {
  const tokens = await register('jinniu-rush', 40);
  for (const t of tokens)
    await join(t, { skills: ['物资搬运'], availability: [{ weekday: 'THURSDAY', from: '06:00', to: '22:00' }] });
  const alert = await raise({ skill: '物资搬运', startsAt: next(4, 14), needed: 7 });
  expect(alert.offeredCount).toBe(40);
  const requests = [...tokens, ...tokens].map((t) => city.query(ACCEPT, { alertId: alert.id }, t));
  const results = await Promise.all(requests);
  // A winner's second request is the same acceptance (OK); everyone else is told it filled.
  expect(outcomes(results)).toEqual({ OK: 14, ALERT_FILLED: 66 });
  const winners = new Set(tokens.filter((_, i) => !results[i].errors?.length || !results[i + 40].errors?.length));
  expect(winners.size).toBe(7);
  const [row] = await sql<{ accepted_count: number; status: string }>(
    city,
    'jinniu',
    'SELECT accepted_count, status FROM alert WHERE id = $1',
    [alert.id],
  );
  expect(row).toEqual({ accepted_count: 7, status: 'FILLED' });
  const [{ count }] = await sql<{ count: string }>(
    city,
    'jinniu',
    "SELECT count(*) FROM alert_offer WHERE alert_id = $1 AND status = 'ACCEPTED'",
    [alert.id],
  );
  expect(Number(count)).toBe(7);
  const figures = expectNoErrors(await city.query(ALERT, { id: alert.id }, admin)).jinniu.alert!;
  expect(figures).toMatchObject({ status: 'FILLED', acceptedCount: 7, offeredCount: 40 });
});

const MY_DATA = graphql(`
  query JinniuMyData {
    myPersonalData {
      volunteerId
      jinniu
    }
  }
`);
const DEREGISTER = graphql(`
  mutation JinniuDeregister {
    deregister(confirmation: "DEREGISTER") {
      deregisteredAt
    }
  }
`);

test("a member's export holds their roster; deregistering gives back their place and leaves the pool", async () => {
  const [leaver, ...others] = await register('jinniu-leaver', 4);
  const sunday = [{ weekday: 'SUNDAY' as const, from: '13:00', to: '20:00' }];
  for (const t of [leaver, ...others]) await join(t, { skills: ['心理疏导'], availability: sunday });
  const filled = await raise({ skill: '心理疏导', startsAt: next(7, 14), needed: 1 });
  const waiting = await raise({ skill: '心理疏导', startsAt: next(7, 16), needed: 2 });
  expect(expectNoErrors(await city.query(ACCEPT, { alertId: filled.id }, leaver)).jinniuAcceptAlert.alert).toEqual({
    id: filled.id,
    status: 'FILLED',
    acceptedCount: 1,
  });

  const mine = expectNoErrors(await city.query(MY_DATA, {}, leaver)).myPersonalData;
  expect(mine.jinniu).toEqual({
    standbyMembership: expect.objectContaining({
      skills: ['心理疏导'],
      windows: [{ weekday: 7, fromMinute: 780, toMinute: 1200 }],
    }),
    offers: expect.arrayContaining([
      expect.objectContaining({ alertId: filled.id, status: 'ACCEPTED', answeredAt: expect.any(String) }),
      expect.objectContaining({ alertId: waiting.id, status: 'OFFERED', answeredAt: null }),
    ]),
  });
  expect((mine.jinniu as { offers: unknown[] }).offers).toHaveLength(2);

  expectNoErrors(await city.query(DEREGISTER, {}, leaver));
  await city.settleEvents();
  // The accepted place is free again and the waiting offer withdrawn: the figures count the three who remain.
  const reopened = expectNoErrors(await city.query(ALERT, { id: filled.id }, admin)).jinniu.alert!;
  expect(reopened).toMatchObject({ status: 'OPEN', offeredCount: 3, acceptedCount: 0, filledAt: null });
  expect(expectNoErrors(await city.query(ALERT, { id: waiting.id }, admin)).jinniu.alert).toMatchObject({
    status: 'OPEN',
    offeredCount: 3,
    acceptedCount: 0,
  });
  const gone = await sql<{ members: string; windows: string; offers: string }>(
    city,
    'jinniu',
    `SELECT (SELECT count(*) FROM standby_member WHERE volunteer_id = $1) AS members,
       (SELECT count(*) FROM standby_window WHERE volunteer_id = $1) AS windows,
       (SELECT count(*) FROM alert_offer WHERE volunteer_id = $1) AS offers`,
    [mine.volunteerId],
  );
  expect(gone).toEqual([{ members: '0', windows: '0', offers: '0' }]);
  // The freed place goes to exactly one of the members who stood by with the leaver, however many answer at once.
  const results = await Promise.all(others.map((t) => city.query(ACCEPT, { alertId: filled.id }, t)));
  expect(outcomes(results)).toEqual({ OK: 1, ALERT_FILLED: 2 });
  expect(expectNoErrors(await city.query(ALERT, { id: filled.id }, admin)).jinniu.alert).toMatchObject({
    status: 'FILLED',
    acceptedCount: 1,
  });
});

test('seeding again on a later start adds no member and no alert', async () => {
  const counts = () =>
    sql<{ members: string; alerts: string; offers: string }>(
      city,
      'jinniu',
      `SELECT (SELECT count(*) FROM standby_member) AS members, (SELECT count(*) FROM alert) AS alerts,
         (SELECT count(*) FROM alert_offer) AS offers`,
    );
  const before = await counts();
  await seedJinniu(city.subgraphs.get('jinniu')!.db, new Date(Date.now() + 21 * 86_400_000));
  expect(await counts()).toEqual(before);
});
