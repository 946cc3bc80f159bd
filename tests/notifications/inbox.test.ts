import crypto from 'node:crypto';
import { expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { deliver } from '../testkit/events';
import { ORG } from '../testkit/fixtures';
import { graphql } from '../testkit/generated';
import { orgAdminToken, statisticsViewerToken, volunteerToken } from '../testkit/tokens';
import { dayFromNow, publishedProject, volunteers } from '../projects/helpers';
import { NotificationsMoved1765300100000 } from '../../subgraphs/projects/migrations/1765300100000-notifications-moved';

let city: City;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.stop());

const INBOX = graphql(`
  query InboxMine($unreadOnly: Boolean, $first: Int, $after: String) {
    myNotifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
      totalCount
      unreadCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          title
          body
          read
          createdAt
          readAt
          project {
            id
          }
        }
      }
    }
  }
`);
const MARK = graphql(`
  mutation InboxMark($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);
const MARK_ALL = graphql(`
  mutation InboxMarkAll {
    markAllNotificationsRead
  }
`);
const SIGN_UP = graphql(`
  mutation InboxSignUp($shift: ID!) {
    signUp(shiftId: $shift) {
      id
      status
    }
  }
`);

const inbox = async (token: string, vars: { unreadOnly?: boolean; first?: number; after?: string | null } = {}) =>
  expectNoErrors(await city.query(INBOX, vars, token)).myNotifications;

/** A project of ORG(1) with one shift ten days from now, 09:00–12:00 Beijing time. */
const oneShiftProject = (title: string, capacity: number, waitlistCapacity = 0) => {
  const date = dayFromNow(10);
  return publishedProject(city, ORG(1), {
    title,
    startsOn: date,
    endsOn: date,
    shifts: [{ date, startTime: '09:00', endTime: '12:00', capacity, waitlistCapacity }],
  });
};

/** 12月3日 for a YYYY-MM-DD day, as the texts write it. */
const monthDay = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

/** A request as another subgraph's outbox would deliver it, to a volunteer, with its own dedupe key unless given. */
const tellVolunteer = (volunteerId: string, dedupeKey: string = crypto.randomUUID(), title = '社区环保宣传') =>
  deliver(city, 'notifications', 'notification.requested', {
    kind: 'SHIFT_CANCELLED',
    recipient: { volunteerId },
    params: {
      projectId: crypto.randomUUID(),
      projectTitle: title,
      shiftId: crypto.randomUUID(),
      shiftStartsAt: '2030-12-03T01:00:00Z',
      reason: '场地维修',
    },
    dedupeKey,
  });

test('a sign-up lands in the volunteer’s inbox in Chinese, unread, and marking it read moves the counts', async () => {
  const p = await oneShiftProject('社区环保宣传', 5);
  const [v] = await volunteers(city, 1);
  expectNoErrors(await city.query(SIGN_UP, { shift: p.shifts[0].id }, v.token));
  await city.settleEvents();

  const page = await inbox(v.token);
  expect(page).toMatchObject({ totalCount: 1, unreadCount: 1, pageInfo: { hasNextPage: false } });
  const [{ node }] = page.edges;
  expect(node).toMatchObject({
    kind: 'SIGNUP_CONFIRMED',
    title: '报名成功',
    read: false,
    readAt: null,
    project: { id: p.id },
  });
  // Beijing time: the shift's own 09:00, whatever the server's zone.
  expect(node.body).toBe(`您已成功报名「社区环保宣传」的班次（${monthDay(dayFromNow(10))} 09:00），请准时参加。`);
  expect(Date.parse(node.createdAt)).toBeGreaterThan(Date.now() - 120_000);

  expect(expectNoErrors(await city.query(MARK, { ids: [node.id] }, v.token)).markNotificationsRead).toBe(1);
  const after = await inbox(v.token);
  expect(after).toMatchObject({ totalCount: 1, unreadCount: 0 });
  expect(after.edges[0].node.read).toBe(true);
  expect(Date.parse(after.edges[0].node.readAt!)).toBeGreaterThan(Date.now() - 60_000);
  // Already read: nothing changes, nothing counted.
  expect(expectNoErrors(await city.query(MARK, { ids: [node.id] }, v.token)).markNotificationsRead).toBe(0);
  expect((await inbox(v.token, { unreadOnly: true })).edges).toEqual([]);
});

test('nobody else sees or marks a volunteer’s entry', async () => {
  const [owner, other] = await volunteers(city, 2);
  await tellVolunteer(owner.id);
  const [{ node }] = (await inbox(owner.token)).edges;

  expect(await inbox(other.token)).toMatchObject({ totalCount: 0, unreadCount: 0, edges: [] });
  // Someone else's id is not in the caller's inbox: nothing is marked, and the owner's entry stays unread.
  expect(expectNoErrors(await city.query(MARK, { ids: [node.id] }, other.token)).markNotificationsRead).toBe(0);
  expect(expectNoErrors(await city.query(MARK_ALL, {}, other.token)).markAllNotificationsRead).toBe(0);
  expect(await inbox(owner.token)).toMatchObject({ unreadCount: 1 });
  // Nor does an organization admin or a dashboard see it; the anonymous are asked to sign in.
  const admin = await inbox(await orgAdminToken(city, ORG(2)));
  expect(admin.edges.map((e) => e.node.id)).not.toContain(node.id);
  expectError(await city.query(INBOX, {}, await statisticsViewerToken(city)), 'FORBIDDEN');
  expectError(await city.query(INBOX, {}), 'UNAUTHENTICATED');
  expectError(await city.query(MARK, { ids: [node.id] }), 'UNAUTHENTICATED');
});

test('bad input to mark-as-read is refused with a message that says what to send', async () => {
  const [v] = await volunteers(city, 1);
  const notAnId = expectError(await city.query(MARK, { ids: ['not-an-id'] }, v.token), 'BAD_USER_INPUT');
  expect(notAnId.message).toMatch(/notification ids/);
  const many = Array.from({ length: 101 }, () => crypto.randomUUID());
  expect(expectError(await city.query(MARK, { ids: many }, v.token), 'BAD_USER_INPUT').message).toMatch(/at most 100/);
  expect(expectNoErrors(await city.query(MARK, { ids: [] }, v.token)).markNotificationsRead).toBe(0);
  expectError(await city.query(INBOX, { first: 101 }, v.token), 'BAD_USER_INPUT');
  expectError(await city.query(INBOX, { after: 'bm9wZQ' }, v.token), 'BAD_USER_INPUT');
});

test('mark all, even from several requests at once, reads each entry once', async () => {
  const [v] = await volunteers(city, 1);
  for (let i = 0; i < 6; i++) await tellVolunteer(v.id);
  expect(await inbox(v.token)).toMatchObject({ totalCount: 6, unreadCount: 6 });
  const [first] = (await inbox(v.token, { first: 1 })).edges;
  expect(expectNoErrors(await city.query(MARK, { ids: [first.node.id] }, v.token)).markNotificationsRead).toBe(1);
  expect(await inbox(v.token, { unreadOnly: true })).toMatchObject({ totalCount: 5, unreadCount: 5 });

  const marks = await Promise.all(Array.from({ length: 5 }, () => city.query(MARK_ALL, {}, v.token)));
  const marked = marks.map((r) => expectNoErrors(r).markAllNotificationsRead);
  expect(marked.reduce((a, b) => a + b, 0)).toBe(5);
  expect(await inbox(v.token)).toMatchObject({ totalCount: 6, unreadCount: 0 });
  expect((await inbox(v.token)).edges.every((e) => e.node.read)).toBe(true);
});

test('a project cancellation reaches every volunteer signed up, waitlist included, with its reason', async () => {
  const p = await oneShiftProject('周末敬老院探访', 2, 2);
  const people = await volunteers(city, 4);
  for (const v of people) expectNoErrors(await city.query(SIGN_UP, { shift: p.shifts[0].id }, v.token));
  expectNoErrors(
    await city.query(
      graphql(`
        mutation InboxCancelProject($id: ID!) {
          cancelProject(id: $id, reason: "暴雨预警，活动取消") {
            status
          }
        }
      `),
      { id: p.id },
      await orgAdminToken(city, ORG(1)),
    ),
  );
  await city.settleEvents();
  for (const [i, v] of people.entries()) {
    const kinds = (await inbox(v.token)).edges.map((e) => e.node);
    const cancelled = kinds.filter((n) => n.kind === 'PROJECT_CANCELLED');
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]).toMatchObject({
      title: '项目已取消',
      body: '您报名的「周末敬老院探访」已被组织方取消：暴雨预警，活动取消。',
      project: { id: p.id },
    });
    // The two who had a place were told so first; the two on the waitlist were not.
    expect(kinds.filter((n) => n.kind === 'SIGNUP_CONFIRMED')).toHaveLength(i < 2 ? 1 : 0);
  }
});

test('a request to an organization reaches each of its admins, and only them', async () => {
  const organizationId = crypto.randomUUID();
  const [a, b, outsider] = ['inbox-admin-a', 'inbox-admin-b', 'inbox-admin-c'];
  await deliver(city, 'notifications', 'organization.admins', { organizationId, accountIds: [a, b], version: 1 });
  const request = {
    kind: 'ORGANIZATION_SUSPENDED',
    recipient: { organizationId },
    params: { organizationId, organizationName: '青羊区青年志愿者协会', reason: '年检材料逾期未交' },
    dedupeKey: `organization:${organizationId}:suspended:1`,
  };
  await deliver(city, 'notifications', 'notification.requested', request);
  for (const sub of [a, b]) {
    const page = await inbox(await orgAdminToken(city, organizationId, sub));
    expect(page.unreadCount).toBe(1);
    expect(page.edges[0].node).toMatchObject({
      kind: 'ORGANIZATION_SUSPENDED',
      title: '组织已被暂停',
      body: '「青羊区青年志愿者协会」已被暂停：年检材料逾期未交。暂停期间不能发布新项目。',
      project: null,
    });
  }
  // Each admin reads their own copy: one marking it read leaves the other's unread.
  const tokenA = await orgAdminToken(city, organizationId, a);
  expect(expectNoErrors(await city.query(MARK_ALL, {}, tokenA)).markAllNotificationsRead).toBe(1);
  expect((await inbox(await orgAdminToken(city, organizationId, b))).unreadCount).toBe(1);
  expect((await inbox(await orgAdminToken(city, organizationId, outsider))).totalCount).toBe(0);

  // Replayed after the list grew: the new admin gets it once, those who had it do not get it again.
  await deliver(city, 'notifications', 'organization.admins', {
    organizationId,
    accountIds: [a, b, outsider],
    version: 2,
  });
  await deliver(city, 'notifications', 'notification.requested', request);
  for (const sub of [a, b, outsider])
    expect((await inbox(await orgAdminToken(city, organizationId, sub))).totalCount).toBe(1);
});

test('a replayed request (same dedupe key) is one entry', async () => {
  const [v] = await volunteers(city, 1);
  const key = `shift:${crypto.randomUUID()}:cancelled`;
  await Promise.all([tellVolunteer(v.id, key), tellVolunteer(v.id, key), tellVolunteer(v.id, key)]);
  await tellVolunteer(v.id, key);
  const page = await inbox(v.token);
  expect(page).toMatchObject({ totalCount: 1, unreadCount: 1 });
  expect(page.edges[0].node.body).toBe('「社区环保宣传」的班次（2030年12月3日 09:00）已取消：场地维修。');
});

test('the inbox pages newest first, without gaps or repeats, and unreadOnly pages the unread', async () => {
  const [v] = await volunteers(city, 1);
  for (let i = 1; i <= 25; i++) await tellVolunteer(v.id, undefined, `项目${i}`);
  const seen: string[] = [];
  let after: string | null = null;
  for (const [i, expected] of [10, 10, 5].entries()) {
    const page: Awaited<ReturnType<typeof inbox>> = await inbox(v.token, { first: 10, after });
    expect(page.edges).toHaveLength(expected);
    expect(page.totalCount).toBe(25);
    expect(page.pageInfo.hasNextPage).toBe(i < 2);
    seen.push(...page.edges.map((e) => e.node.body));
    after = page.pageInfo.endCursor;
  }
  expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => expect.stringContaining(`「项目${25 - i}」`)));

  // Mark the newest five read: the unread pages skip them.
  const newest = (await inbox(v.token, { first: 5 })).edges.map((e) => e.node.id);
  expect(expectNoErrors(await city.query(MARK, { ids: newest }, v.token)).markNotificationsRead).toBe(5);
  const unread = await inbox(v.token, { unreadOnly: true, first: 15 });
  expect(unread).toMatchObject({ totalCount: 20, unreadCount: 20, pageInfo: { hasNextPage: true } });
  expect(unread.edges[0].node.body).toContain('「项目20」');
  const rest = await inbox(v.token, { unreadOnly: true, first: 15, after: unread.pageInfo.endCursor });
  expect(rest.edges.map((e) => e.node.body.match(/项目\d+/)![0])).toEqual([
    '项目5',
    '项目4',
    '项目3',
    '项目2',
    '项目1',
  ]);
});

test('a volunteer’s notifications are in their data export and go with them when they deregister', async () => {
  const token = await volunteerToken(city, 3);
  const MY_DATA = graphql(`
    query InboxMyData {
      myPersonalData {
        volunteerId
        notifications
      }
    }
  `);
  const { volunteerId } = expectNoErrors(await city.query(MY_DATA, {}, token)).myPersonalData;
  await tellVolunteer(volunteerId, undefined, '数据导出测试');
  const exported = expectNoErrors(await city.query(MY_DATA, {}, token)).myPersonalData.notifications as {
    kind: string;
    body: string;
    read: boolean;
  }[];
  expect(exported).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ kind: 'SHIFT_CANCELLED', body: expect.stringContaining('数据导出测试'), readAt: null }),
    ]),
  );
  // Another volunteer cannot read it through the export either.
  expect((await inbox(await volunteerToken(city, 4))).edges.map((e) => e.node.body).join()).not.toContain(
    '数据导出测试',
  );

  await deliver(city, 'notifications', 'volunteer.deregistered', {
    volunteerId,
    accountId: 'demo-volunteer-03',
  });
  const [{ n }] = await city.subgraphs
    .get('notifications')!
    .db.query('SELECT count(*)::int AS n FROM notification WHERE volunteer_id = $1', [volunteerId]);
  expect(n).toBe(0);
  // A request arriving late for someone who deregistered keeps nothing.
  await tellVolunteer(volunteerId);
  const [{ n: late }] = await city.subgraphs
    .get('notifications')!
    .db.query('SELECT count(*)::int AS n FROM notification WHERE volunteer_id = $1', [volunteerId]);
  expect(late).toBe(0);
});

test('what projects told volunteers before the move reaches their inbox, dated when it was written', async () => {
  const p = await oneShiftProject('搬家前的项目', 5, 2);
  const [a, b] = await volunteers(city, 2);
  expectNoErrors(await city.query(SIGN_UP, { shift: p.shifts[0].id }, a.token));
  await city.settleEvents();
  const projects = city.subgraphs.get('projects')!.db;
  const move = new NotificationsMoved1765300100000();
  const runner = projects.createQueryRunner();
  // One reference instant, so the dates written and the dates compared are the same ones.
  const now = Date.now();
  const daysAgo = (n: number) => new Date(now - n * 86_400_000);
  try {
    // The table as the previous release left it, with what it had written.
    await move.down(runner);
    await runner.query(
      `INSERT INTO notification (volunteer_id, project_id, kind, message, created_at) VALUES
         ($1, $3, 'WAITLIST_PROMOTED', '「搬家前的项目」有了空位，您已从候补转为正式报名。', $4),
         ($1, $3, 'SIGNED_UP_VIA_APP', '「天府市民云」为您登记了候补「搬家前的项目」的班次。', $5),
         ($2, $3, 'PROJECT_CANCELLED', '您报名的「搬家前的项目」已被组织方取消：场地关闭', $6)`,
      [a.id, b.id, p.id, daysAgo(2), daysAgo(3), daysAgo(1)],
    );
    await move.up(runner);
    expect((await runner.query(`SELECT to_regclass('notification') AS t`))[0].t).toBeNull();
  } finally {
    await runner.release();
  }
  await city.settleEvents();

  const mine = (await inbox(a.token)).edges.map((e) => e.node);
  const when = `${monthDay(dayFromNow(10))} 09:00`;
  expect(mine.find((n) => n.kind === 'WAITLIST_PROMOTED')).toMatchObject({
    body: `「搬家前的项目」的班次（${when}）有了空位，您已从候补转为正式报名，请准时参加。`,
    read: false,
    project: { id: p.id },
  });
  const viaApp = mine.find((n) => n.kind === 'SIGNED_UP_VIA_APP')!;
  expect(viaApp.body).toContain(`「天府市民云」为您登记了候补「搬家前的项目」${when} 的班次`);
  expect(Math.abs(Date.parse(viaApp.createdAt) - daysAgo(3).getTime())).toBeLessThan(1000);
  const [cancelled] = (await inbox(b.token)).edges.map((e) => e.node);
  expect(cancelled).toMatchObject({ kind: 'PROJECT_CANCELLED', project: { id: p.id } });
  expect(cancelled.body).toMatch(/^您报名的「搬家前的项目」已被组织方取消/);
});
