import crypto from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { countStatements, expectError, expectNoErrors, post, startCity, type City } from '../testkit/city';
import { deliver } from '../testkit/events';
import { ORG } from '../testkit/fixtures';
import { cityAdminToken, districtAdminToken, orgAdminToken, volunteerToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import type { ConsoleProjectsQuery } from '../testkit/generated/graphql';
import { newCreditCode, REGISTER, registration } from '../organizations/helpers';
import { dayFromNow, projectInput, publishedProject, volunteers } from './helpers';

/** Issue 16.1: the organizer console, acting for an organization by header, and shift changes that notify. */
let city: City;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.stop());

const db = () => city.subgraphs.get('projects')!.db;

/** One operation through the gateway as `token`, acting for `org` when given (the X-Acting-Organization header). */
function ask<T, V extends Record<string, unknown>>(
  doc: TypedDocumentNode<T, V>,
  variables: V,
  token?: string,
  org?: string,
) {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (org) headers['x-acting-organization'] = org;
  return post(city.gateway.url, doc, variables, headers);
}

const INBOX = graphql(`
  query ConsoleInbox {
    myNotifications(first: 50) {
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
`);

/** What a volunteer's inbox says about one project (notifications subgraph, through the gateway), oldest first. */
async function inboxAbout(token: string, projectId: string) {
  await city.settleEvents();
  const { myNotifications } = expectNoErrors(await ask(INBOX, {}, token));
  return myNotifications.edges
    .map((e) => e.node)
    .filter((n) => n.project?.id === projectId)
    .reverse();
}

/** The kinds of notification each person got about a project, by volunteer id. */
async function toldAbout(projectId: string, people: { id: string; token: string }[]) {
  const kinds: Record<string, string[]> = {};
  for (const p of people) kinds[p.id] = (await inboxAbout(p.token, projectId)).map((n) => n.kind);
  return kinds;
}

const CONSOLE = graphql(`
  query ConsoleProjects($status: ProjectStatus, $first: Int, $after: String) {
    myOrganizationProjects(status: $status, first: $first, after: $after) {
      totalCount
      counts {
        draft
        published
        closed
        cancelled
        total
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          shifts {
            capacity
            signedUpCount
            waitlistCount
            freePlaces
            cancelledAt
          }
        }
      }
    }
  }
`);

const CREATE = graphql(`
  mutation ConsoleCreate($input: ProjectInput!) {
    createProject(input: $input) {
      id
      status
    }
  }
`);

const SIGN_UP = graphql(`
  mutation ConsoleSignUp($shiftId: ID!) {
    signUp(shiftId: $shiftId) {
      id
      status
    }
  }
`);

const MOVE = graphql(`
  mutation ConsoleMoveShift($id: ID!, $input: ShiftTimesInput!) {
    updateShiftTimes(id: $id, input: $input) {
      id
      date
      startTime
      endTime
      signedUpCount
    }
  }
`);

const CANCEL_SHIFT = graphql(`
  mutation ConsoleCancelShift($id: ID!, $reason: String!) {
    cancelShift(id: $id, reason: $reason) {
      id
      cancelledAt
      cancelReason
      signedUpCount
      waitlistCount
      freePlaces
    }
  }
`);

const REMOVE = graphql(`
  mutation ConsoleRemoveSignup($id: ID!, $reason: String!) {
    removeSignup(signupId: $id, reason: $reason) {
      id
      status
    }
  }
`);

const NO_SHOW = graphql(`
  mutation ConsoleNoShow($id: ID!) {
    markNoShow(signupId: $id) {
      id
      noShowAt
    }
  }
`);

/** Every page of the console, `size` at a time. */
async function walk(token: string, size: number, org?: string, status?: 'DRAFT' | 'PUBLISHED') {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: ConsoleProjectsQuery['myOrganizationProjects'] = expectNoErrors(
      await ask(CONSOLE, { first: size, after, status }, token, org),
    ).myOrganizationProjects;
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
}

describe('acting for an organization', () => {
  test('a volunteer who registered an organization acts for it by header, without a special token', async () => {
    const founder = await volunteerToken(city, `console-founder-${crypto.randomUUID()}`);
    const registered = expectNoErrors(
      await city.query(REGISTER, { input: registration(newCreditCode('5')) }, founder),
    ).registerOrganization;
    const second = expectNoErrors(
      await city.query(
        REGISTER,
        { input: registration(newCreditCode('5'), { name: '锦江区书院街街道志愿服务站' }) },
        founder,
      ),
    ).registerOrganization;
    await city.settleEvents();

    // Without naming it, a volunteer sign-in is no organization admin.
    const plain = expectError(await ask(CONSOLE, {}, founder), 'FORBIDDEN');
    expect(plain.message).toMatch(/X-Acting-Organization/);
    const draft = expectNoErrors(
      await ask(CREATE, { input: projectInput({ title: '花照社区周末助老' }) }, founder, registered.id),
    ).createProject;
    expect(draft.status).toBe('DRAFT');
    // An account on two admin lists says which one it acts for; each console holds that organization's projects.
    expect(await walk(founder, 20, registered.id)).toEqual([draft.id]);
    expect(await walk(founder, 20, second.id)).toEqual([]);
    const counts = expectNoErrors(await ask(CONSOLE, {}, founder, registered.id)).myOrganizationProjects.counts;
    expect(counts).toEqual({ draft: 1, published: 0, closed: 0, cancelled: 0, total: 1 });

    // Someone not on its admin list naming it is refused, however they sign in.
    const stranger = await volunteerToken(city, `console-stranger-${crypto.randomUUID()}`);
    expect(expectError(await ask(CONSOLE, {}, stranger, registered.id), 'FORBIDDEN').message).toMatch(/admin/);
    expectError(await ask(CREATE, { input: projectInput() }, stranger, registered.id), 'FORBIDDEN');
    const otherAdmin = await orgAdminToken(city, ORG(1));
    expectError(await ask(CONSOLE, {}, otherAdmin, registered.id), 'FORBIDDEN');
    // The draft stays private to its organization.
    const PROJECT = graphql(`
      query ConsoleProject($id: ID!) {
        project(id: $id) {
          id
        }
      }
    `);
    expect(expectNoErrors(await ask(PROJECT, { id: draft.id }, stranger, registered.id)).project).toBeNull();
    expect(expectNoErrors(await ask(PROJECT, { id: draft.id }, founder, registered.id)).project?.id).toBe(draft.id);
  });

  test('the header is checked first: a malformed id, no sign-in, or a sign-in that cannot act', async () => {
    const someone = await volunteerToken(city, 'console-someone');
    const bad = await ask(CONSOLE, {}, someone, 'not-an-id');
    expect(bad.status).toBe(400);
    expectError(bad, 'BAD_USER_INPUT');
    const anonymous = await ask(CONSOLE, {}, undefined, ORG(1));
    expect(anonymous.status).toBe(401);
    expectError(anonymous, 'UNAUTHENTICATED');
    for (const token of [await districtAdminToken(city, 'jinjiang'), await cityAdminToken(city)]) {
      const refused = await ask(CONSOLE, {}, token, ORG(1));
      expect(refused.status).toBe(403);
      expectError(refused, 'FORBIDDEN');
    }
  });

  test('old org-admin tokens keep working, with or without naming their own organization', async () => {
    const admin = await orgAdminToken(city, ORG(1));
    const byToken = await walk(admin, 25);
    expect(byToken.length).toBeGreaterThan(0);
    expect(await walk(admin, 25, ORG(1))).toEqual(byToken);
  });
});

describe('the organizer console', () => {
  test('lists every status, drafts included, newest first, with counts, across pages', async () => {
    const admin = await orgAdminToken(city, ORG(2));
    const published = await publishedProject(city, ORG(2), { title: '控制台已发布项目' });
    const draft = expectNoErrors(
      await ask(CREATE, { input: projectInput({ title: '控制台草稿' }) }, admin),
    ).createProject;
    const all = await walk(admin, 2);
    expect(new Set(all).size).toBe(all.length);
    // Newest first: the draft was created after the published one.
    expect(all.indexOf(draft.id)).toBeLessThan(all.indexOf(published.id));
    const first = expectNoErrors(await ask(CONSOLE, { first: 1 }, admin)).myOrganizationProjects;
    expect(first.totalCount).toBe(all.length);
    expect(first.counts.total).toBe(all.length);
    const [{ n }] = await db().query(
      `SELECT count(*)::int AS n FROM project WHERE organization_id = $1 AND status = 'DRAFT'`,
      [ORG(2)],
    );
    expect(first.counts.draft).toBe(n);
    const drafts = await walk(admin, 3, undefined, 'DRAFT');
    expect(drafts).toContain(draft.id);
    expect(drafts).not.toContain(published.id);
    expect(drafts.length).toBe(first.counts.draft);
    const onlyDrafts = expectNoErrors(await ask(CONSOLE, { status: 'DRAFT', first: 1 }, admin)).myOrganizationProjects;
    expect(onlyDrafts.totalCount).toBe(first.counts.draft);
    // Another organization's console never shows this one's drafts.
    expect(await walk(await orgAdminToken(city, ORG(1)), 25)).not.toContain(draft.id);
    expectError(await ask(CONSOLE, { after: 'bogus' }, admin), 'BAD_USER_INPUT');
    expectError(await ask(CONSOLE, { first: 0 }, admin), 'BAD_USER_INPUT');
  });

  test('a page costs the same statements whatever its size (projects, shifts and counts batched)', async () => {
    const admin = await orgAdminToken(city, ORG(1));
    for (let i = 0; i < 4; i++) await publishedProject(city, ORG(1), { title: `控制台批量${i}` });
    const cost = async (first: number) =>
      (await countStatements(city, async () => expectNoErrors(await ask(CONSOLE, { first }, admin)))).projects;
    const small = await cost(1);
    expect(await cost(5)).toBe(small);
  });

  test('a district admin sees the drafts made from needs converted in their district', async () => {
    const needId = crypto.randomUUID();
    const startsOn = dayFromNow(30);
    await deliver(city, 'projects', 'need.converted', {
      needId,
      organizationId: ORG(3),
      districtCode: 'wuhou',
      title: '武侯祠周边游客引导',
      startsOn,
      endsOn: startsOn,
      volunteersNeeded: 3,
    });
    const wuhou = await districtAdminToken(city, 'wuhou');
    const page = expectNoErrors(await ask(CONSOLE, {}, wuhou)).myOrganizationProjects;
    const made = page.edges.find((e) => e.node.title === '武侯祠周边游客引导');
    expect(made?.node.status).toBe('DRAFT');
    expect(made?.node.shifts[0]).toMatchObject({ capacity: 3, signedUpCount: 0 });
    expect(page.counts.draft).toBeGreaterThanOrEqual(1);
    // They open it too, as its organization's admins do; other districts' admins do not.
    const OPEN = graphql(`
      query ConsoleOpenDraft($id: ID!) {
        project(id: $id) {
          status
        }
      }
    `);
    expect(expectNoErrors(await ask(OPEN, { id: made!.node.id }, wuhou)).project?.status).toBe('DRAFT');
    const pidu = await districtAdminToken(city, 'pidu');
    expect(expectNoErrors(await ask(OPEN, { id: made!.node.id }, pidu)).project).toBeNull();
    const elsewhere = expectNoErrors(await ask(CONSOLE, {}, pidu)).myOrganizationProjects;
    expect(elsewhere.edges.map((e) => e.node.title)).not.toContain('武侯祠周边游客引导');
    expectError(await ask(CONSOLE, {}, await cityAdminToken(city)), 'FORBIDDEN');
    expectError(await ask(CONSOLE, {}), 'UNAUTHENTICATED');
  });
});

/** A published project of ORG(1) with one shift (`capacity`, `waitlist`) in ten days, and its shift id. */
async function oneShift(capacity: number, waitlist = 0) {
  const date = dayFromNow(10);
  const project = await publishedProject(city, ORG(1), {
    shifts: [{ date, startTime: '09:00', endTime: '11:00', capacity, waitlistCapacity: waitlist }],
  });
  return { project, shiftId: project.shifts[0].id, date };
}

async function signUpAll(shiftId: string, people: { token: string }[]) {
  const ids: string[] = [];
  for (const p of people) ids.push(expectNoErrors(await ask(SIGN_UP, { shiftId }, p.token)).signUp.id);
  return ids;
}

const shiftRow = async (id: string) =>
  (
    await db().query(
      `SELECT signed_up, waitlisted,
              (SELECT count(*)::int FROM signup WHERE shift_id = $1 AND status = 'CONFIRMED') AS confirmed,
              (SELECT count(*)::int FROM signup WHERE shift_id = $1 AND status = 'WAITLISTED') AS waiting
         FROM shift WHERE id = $1`,
      [id],
    )
  )[0] as { signed_up: number; waitlisted: number; confirmed: number; waiting: number };

describe('changing shifts', () => {
  test('moving a shift keeps its volunteers and tells each; bad times and other organizations refused', async () => {
    const admin = await orgAdminToken(city, ORG(1));
    const { project, shiftId } = await oneShift(3, 1);
    const people = await volunteers(city, 4);
    await signUpAll(shiftId, people);
    const later = dayFromNow(12);
    const moved = expectNoErrors(
      await ask(MOVE, { id: shiftId, input: { date: later, startTime: '14:00', endTime: '16:30' } }, admin),
    ).updateShiftTimes;
    expect(moved).toMatchObject({ date: later, startTime: '14:00', endTime: '16:30', signedUpCount: 3 });
    // Everyone on it, the waitlisted one too, is told the old and the new time.
    for (const p of people) {
      const notices = (await inboxAbout(p.token, project.id)).filter((n) => n.kind === 'SHIFT_CHANGED');
      expect(notices).toHaveLength(1);
      expect(notices[0].body).toContain('14:00');
      expect(notices[0].body).toContain('16:30');
      expect(notices[0].body).toContain('09:00');
    }

    const move = (input: Record<string, string>, token = admin) =>
      ask(MOVE, { id: shiftId, input: { date: later, startTime: '14:00', endTime: '16:00', ...input } }, token);
    expectError(await move({ startTime: '16:00', endTime: '15:00' }), 'BAD_USER_INPUT');
    expectError(await move({ date: dayFromNow(40) }), 'BAD_USER_INPUT');
    expectError(await move({ date: dayFromNow(-1) }), 'BAD_USER_INPUT');
    expectError(await move({ startTime: '25:00' }), 'BAD_USER_INPUT');
    expectError(await move({}, await orgAdminToken(city, ORG(2))), 'FORBIDDEN');
    expectError(await move({}, people[0].token), 'FORBIDDEN');
    // A shift already under way stays where it is.
    await db().query(
      `UPDATE shift SET starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' WHERE id = $1`,
      [shiftId],
    );
    expectError(await move({}), 'SHIFT_STARTED');
  });

  test('cancelling a shift cancels its sign-ups, tells each volunteer and partner apps, and closes it', async () => {
    const admin = await orgAdminToken(city, ORG(1));
    const { project, shiftId } = await oneShift(2, 1);
    const people = await volunteers(city, 3);
    const signups = await signUpAll(shiftId, people);
    expectError(await ask(CANCEL_SHIFT, { id: shiftId, reason: 'x' }, admin), 'BAD_USER_INPUT');
    expectError(
      await ask(CANCEL_SHIFT, { id: shiftId, reason: '场地临时关闭' }, await orgAdminToken(city, ORG(2))),
      'FORBIDDEN',
    );
    const cancelled = expectNoErrors(
      await ask(CANCEL_SHIFT, { id: shiftId, reason: '场地临时关闭' }, admin),
    ).cancelShift;
    expect(cancelled).toMatchObject({
      cancelReason: '场地临时关闭',
      signedUpCount: 0,
      waitlistCount: 0,
      freePlaces: 0,
    });
    expect(cancelled.cancelledAt).not.toBeNull();
    const statuses = await db().query('SELECT status FROM signup WHERE id = ANY($1)', [signups]);
    expect(statuses.map((s: { status: string }) => s.status)).toEqual(['CANCELLED', 'CANCELLED', 'CANCELLED']);
    const kinds = await toldAbout(project.id, people);
    for (const p of people) expect(kinds[p.id]).toContain('SHIFT_CANCELLED');
    expect((await inboxAbout(people[0].token, project.id)).at(-1)?.body).toContain('场地临时关闭');
    const changes = await db().query(
      `SELECT payload FROM outbox WHERE type = 'signup.changed' AND payload->>'signupId' = ANY($1)
         AND payload->>'change' = 'CANCELLED'`,
      [signups],
    );
    expect(changes).toHaveLength(3);
    const late = (await volunteers(city, 1))[0];
    expectError(await ask(SIGN_UP, { shiftId }, late.token), 'SHIFT_CANCELLED');
    expectError(await ask(CANCEL_SHIFT, { id: shiftId, reason: '再取消一次' }, admin), 'SHIFT_CANCELLED');
  });

  test('an organizer removes a volunteer: the first on the waitlist takes the place, both are told', async () => {
    const admin = await orgAdminToken(city, ORG(1));
    const { project, shiftId } = await oneShift(1, 1);
    const [holder, waiting] = await volunteers(city, 2);
    const [held, waited] = await signUpAll(shiftId, [holder, waiting]);
    expectError(
      await ask(REMOVE, { id: held, reason: '未按要求提交健康证明' }, await orgAdminToken(city, ORG(2))),
      'FORBIDDEN',
    );
    expectError(await ask(REMOVE, { id: held, reason: '未按要求提交健康证明' }, waiting.token), 'FORBIDDEN');
    expectError(await ask(REMOVE, { id: crypto.randomUUID(), reason: '未按要求提交健康证明' }, admin), 'NOT_FOUND');
    const removed = expectNoErrors(await ask(REMOVE, { id: held, reason: '未按要求提交健康证明' }, admin)).removeSignup;
    expect(removed.status).toBe('CANCELLED');
    const [promoted] = await db().query('SELECT status FROM signup WHERE id = $1', [waited]);
    expect(promoted.status).toBe('CONFIRMED');
    const kinds = await toldAbout(project.id, [holder, waiting]);
    expect(kinds[holder.id]).toContain('REMOVED_FROM_SHIFT');
    expect(kinds[holder.id]).not.toContain('WAITLIST_PROMOTED');
    expect(kinds[waiting.id]).toContain('WAITLIST_PROMOTED');
    expect(kinds[waiting.id]).not.toContain('REMOVED_FROM_SHIFT');
    expect(await shiftRow(shiftId)).toEqual({ signed_up: 1, waitlisted: 0, confirmed: 1, waiting: 0 });
    expectError(await ask(REMOVE, { id: held, reason: '重复操作' }, admin), 'CONFLICT');
  });

  test('marking a no-show tells the volunteer, once', async () => {
    const admin = await orgAdminToken(city, ORG(1));
    const { project, shiftId } = await oneShift(2);
    const [absent] = await volunteers(city, 1);
    const [signupId] = await signUpAll(shiftId, [absent]);
    await db().query(
      `UPDATE shift SET starts_at = now() - interval '1 day', ends_at = now() - interval '20 hours' WHERE id = $1`,
      [shiftId],
    );
    expectError(await ask(REMOVE, { id: signupId, reason: '临时调整' }, admin), 'SHIFT_STARTED');
    expectNoErrors(await ask(NO_SHOW, { id: signupId }, admin));
    expectNoErrors(await ask(NO_SHOW, { id: signupId }, admin));
    const kinds = (await toldAbout(project.id, [absent]))[absent.id];
    expect(kinds.filter((k) => k === 'MARKED_NO_SHOW')).toHaveLength(1);
  });

  test('removals racing sign-ups never overbook a shift, and everyone promoted is told', async () => {
    const admin = await orgAdminToken(city, ORG(1));
    const { project, shiftId } = await oneShift(3, 2);
    const first = await volunteers(city, 5);
    const held = await signUpAll(shiftId, first);
    const late = await volunteers(city, 12);
    const [removals, signUps] = await Promise.all([
      Promise.all(held.slice(0, 3).map((id) => ask(REMOVE, { id, reason: '人员调整' }, admin))),
      Promise.all(late.map((p) => ask(SIGN_UP, { shiftId }, p.token))),
    ]);
    for (const r of removals) expectNoErrors(r);
    for (const r of signUps) if (r.errors) expectError(r, 'PROJECT_FULL');
    const row = await shiftRow(shiftId);
    // The counters are the rows, and never more than the places.
    expect(row.confirmed).toBe(row.signed_up);
    expect(row.waiting).toBe(row.waitlisted);
    expect(row.signed_up).toBeLessThanOrEqual(3);
    expect(row.waitlisted).toBeLessThanOrEqual(2);
    // Those waiting before the removals were promoted first.
    const waited = await db().query('SELECT status FROM signup WHERE id = ANY($1)', [held.slice(3)]);
    expect(waited.map((w: { status: string }) => w.status)).toEqual(['CONFIRMED', 'CONFIRMED']);
    const promoted = await db().query(
      `SELECT volunteer_id FROM signup WHERE shift_id = $1 AND promoted_at IS NOT NULL`,
      [shiftId],
    );
    const kinds = await toldAbout(project.id, [...first, ...late]);
    const toldOf = (kind: string) =>
      Object.entries(kinds)
        .filter(([, k]) => k.includes(kind))
        .map(([id]) => id)
        .sort();
    expect(toldOf('WAITLIST_PROMOTED')).toEqual(promoted.map((p: { volunteer_id: string }) => p.volunteer_id).sort());
    expect(toldOf('REMOVED_FROM_SHIFT')).toEqual(
      first
        .slice(0, 3)
        .map((p) => p.id)
        .sort(),
    );
  });
});
