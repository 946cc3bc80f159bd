import { expectNoErrors, startCity, type City } from '../testkit/city';
import { addWorkingDays } from '../../subgraphs/kit/city/days';
import { dayFromNow, notificationsRequested, publishedProject } from './helpers';
import { ORG } from '../testkit/fixtures';
import { orgAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import { shanghaiInstant, shanghaiParts } from '../../subgraphs/projects/rules/time';

/**
 * Reminders (issue 16.4) run on the projects subgraph's durable job queue. Shifts are moved in SQL ("time passes",
 * as in hours.test.ts) so a reminder falls due within seconds: its time is computed from the shift's start.
 */
let city: City;
let admin: string;
beforeAll(async () => {
  city = await startCity();
  admin = await orgAdminToken(city, ORG(3));
});
afterAll(() => city?.stop());

const demo = (n: number) => ({
  id: `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  sub: `demo-volunteer-${String(n).padStart(2, '0')}`,
});
const db = () => city.subgraphs.get('projects')!.db;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const SIGN_UP = graphql(`
  mutation RemindersSignUp($shift: ID!) {
    signUp(shiftId: $shift) {
      id
      status
    }
  }
`);
const CANCEL = graphql(`
  mutation RemindersCancel($id: ID!) {
    cancelSignup(id: $id) {
      status
    }
  }
`);

/**
 * A shift of a new project of org 3 (running from today, so the shift may be moved within it), moved to start
 * `startsInMs` from now.
 */
async function shiftStartingIn(startsInMs: number, capacity = 10) {
  const date = dayFromNow(5);
  const p = await publishedProject(city, ORG(3), {
    startsOn: dayFromNow(0),
    endsOn: date,
    shifts: [{ date, startTime: '15:00', endTime: '18:00', capacity, waitlistCapacity: 5 }],
  });
  const shiftId = p.shifts[0].id;
  await db().query(
    `UPDATE shift SET starts_at = now() + make_interval(secs => $2), ends_at = now() + make_interval(secs => $2 + 10800)
     WHERE id = $1`,
    [shiftId, startsInMs / 1000],
  );
  const [{ starts_at }] = await db().query('SELECT starts_at FROM shift WHERE id = $1', [shiftId]);
  return { project: p, shiftId, startsAt: starts_at as Date };
}

async function signUp(n: number, shiftId: string) {
  const token = await city.token({ role: 'volunteer', sub: demo(n).sub });
  return { token, ...expectNoErrors(await city.query(SIGN_UP, { shift: shiftId }, token)).signUp };
}

const requested = (kind: string) => notificationsRequested(city, kind);

async function waitFor<T>(what: () => Promise<T[]>, count: number, timeoutMs = 30_000): Promise<T[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = await what();
    if (found.length >= count || Date.now() > until) return found;
    await sleep(500);
  }
}

const INBOX = graphql(`
  query RemindersInbox {
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
/** The notifications of one kind about one project in a person's inbox, through the gateway, oldest first. */
async function inbox(token: string, kind: string, projectId: string) {
  await city.settleEvents();
  const { myNotifications } = expectNoErrors(await city.query(INBOX, {}, token));
  return myNotifications.edges
    .map((e) => e.node)
    .filter((n) => n.kind === kind && n.project?.id === projectId)
    .reverse();
}

const remindersOf = async (volunteerId: string) =>
  (await requested('SHIFT_REMINDER')).filter((r) => r.recipient.volunteerId === volunteerId);

test('a place taken just over 2 hours before its shift is reminded once, across a restart of projects', async () => {
  const { shiftId, startsAt, project } = await shiftStartingIn(2 * 3600_000 + 15_000);
  const kept = await signUp(11, shiftId);
  const cancelled = await signUp(12, shiftId);
  expectNoErrors(await city.query(CANCEL, { id: cancelled.id }, cancelled.token));
  const [job] = await db().query(`SELECT state, start_after FROM projects_jobs.job WHERE data->>'signupId' = $1`, [
    kept.id,
  ]);
  expect(job.state).toBe('created');
  expect(await remindersOf(demo(11).id)).toEqual([]);

  // Down from before the reminder is due until after: the job waits in the database, not in the process.
  await city.restart('projects', Math.max(0, job.start_after.getTime() - Date.now()) + 3_000);
  const reminders = await waitFor(() => remindersOf(demo(11).id), 1);
  expect(reminders).toEqual([
    {
      kind: 'SHIFT_REMINDER',
      recipient: { volunteerId: demo(11).id },
      params: {
        projectId: project.id,
        projectTitle: project.title,
        shiftId,
        shiftStartsAt: expect.stringMatching(/\+08:00$/),
        hoursBefore: 2,
      },
      dedupeKey: expect.stringContaining(kept.id),
    },
  ]);
  expect(Date.parse(reminders[0].params.shiftStartsAt as string)).toBe(Math.floor(startsAt.getTime() / 1000) * 1000);
  // Polls keep running: nothing more arrives, and the cancelled place was never reminded.
  await sleep(5_000);
  expect(await remindersOf(demo(11).id)).toHaveLength(1);
  expect(await remindersOf(demo(12).id)).toEqual([]);
});

test('a shift moved by its organizer reminds at its new time, never at the old', async () => {
  // The old 2-hour reminder falls due in seconds; the shift moves to start 2 h and a minute and a half from now.
  const { shiftId, project } = await shiftStartingIn(2 * 3600_000 + 20_000);
  const place = await signUp(16, shiftId);
  const to = new Date(Math.ceil((Date.now() + 2 * 3600_000 + 90_000) / 60_000) * 60_000);
  const start = shanghaiParts(to);
  const end = shanghaiParts(new Date(to.getTime() + 30 * 60_000));
  const MOVE = graphql(`
    mutation RemindersMoveShift($id: ID!, $input: ShiftTimesInput!) {
      updateShiftTimes(id: $id, input: $input) {
        startTime
      }
    }
  `);
  // A shift ends on its own day: from 23:30 Chengdu time on, it runs to 23:59 instead of half an hour.
  const input = { date: start.date, startTime: start.time, endTime: end.date === start.date ? end.time : '23:59' };
  expect(expectNoErrors(await city.query(MOVE, { id: shiftId, input }, admin)).updateShiftTimes.startTime).toBe(
    start.time,
  );
  const [{ queued }] = await db().query(
    `SELECT count(*)::int AS queued FROM projects_jobs.job WHERE data->>'signupId' = $1 AND data->>'startsAt' = $2`,
    [place.id, to.toISOString()],
  );
  expect(queued).toBe(1); // the 24-hour one is past already

  const reminders = await waitFor(
    () => inbox(place.token, 'SHIFT_REMINDER', project.id),
    1,
    to.getTime() - 2 * 3600_000 - Date.now() + 30_000,
  );
  expect(reminders).toHaveLength(1);
  expect(reminders[0].body).toContain(start.time);
  expect(reminders[0].body).toContain('2 小时');
  // Polls keep running: the reminder does not come twice, and the one queued for the old time never came.
  await sleep(5_000);
  expect(await inbox(place.token, 'SHIFT_REMINDER', project.id)).toHaveLength(1);
});

test('a place on a shift more than a day ahead queues both reminders, at 24 and 2 hours before', async () => {
  const { shiftId, startsAt } = await shiftStartingIn(30 * 3600_000);
  const place = await signUp(13, shiftId);
  const jobs: { name: string; start_after: Date; data: { signupId: string; hoursBefore: number } }[] = await db().query(
    `SELECT name, start_after, data FROM projects_jobs.job WHERE data->>'signupId' = $1 ORDER BY start_after`,
    [place.id],
  );
  expect(jobs.map((j) => [j.name, j.data.hoursBefore, j.start_after.getTime()])).toEqual([
    ['shift-reminder', 24, startsAt.getTime() - 24 * 3600_000],
    ['shift-reminder', 2, startsAt.getTime() - 2 * 3600_000],
  ]);
});

test('a promotion from the waitlist queues the reminders of the place it gives', async () => {
  const { shiftId } = await shiftStartingIn(2 * 3600_000 + 4_000, 1);
  const first = await signUp(14, shiftId);
  const waiting = await signUp(15, shiftId);
  expect(waiting.status).toBe('WAITLISTED');
  expectNoErrors(await city.query(CANCEL, { id: first.id }, first.token));
  const reminders = await waitFor(() => remindersOf(demo(15).id), 1);
  expect(reminders.map((r) => r.params.hoursBefore)).toEqual([2]);
  expect(await remindersOf(demo(14).id)).toEqual([]);
});

test('an organization is reminded of pending records whose last day to confirm is near', async () => {
  // A shift served long enough ago that its record's last day to confirm is the first working day from today on.
  let days = 1;
  while (addWorkingDays(dayFromNow(-(days + 1)), 10) >= dayFromNow(0)) days++;
  const { shiftId } = await shiftStartingIn(4 * 24 * 3600_000);
  const { id: signupId } = await signUp(10, shiftId);
  await db().query(
    `UPDATE shift SET starts_at = starts_at - make_interval(days => $2), ends_at = ends_at - make_interval(days => $2)
     WHERE id = $1`,
    [shiftId, days + 4],
  );
  const [{ starts_at }] = await db().query('SELECT starts_at FROM shift WHERE id = $1', [shiftId]);
  const at = (min: number) => new Date((starts_at as Date).getTime() + min * 60_000).toISOString();
  const RECORD = graphql(`
    mutation RemindersRecord($id: ID!, $in: String, $out: String) {
      checkInVolunteer(signupId: $id, at: $in) {
        id
      }
      checkOutVolunteer(signupId: $id, at: $out) {
        id
      }
    }
  `);
  expectNoErrors(await city.query(RECORD, { id: signupId, in: at(0), out: at(60) }, admin));
  const [{ confirm_by }] = await db().query(
    `SELECT to_char(confirm_by, 'YYYY-MM-DD') AS confirm_by FROM service_record WHERE signup_id = $1`,
    [signupId],
  );
  expect(confirm_by >= dayFromNow(0) && confirm_by <= addWorkingDays(dayFromNow(0), 2)).toBe(true);

  // Due today: queued for 09:00 Chengdu time, or to run at once once that has passed. Before 09:00 time passes (the
  // job is moved to now, as shifts are above), so the file passes at any hour of the day.
  const [job]: { id: string; start_after: Date }[] = await db().query(
    `SELECT id, start_after FROM projects_jobs.job
      WHERE name = 'confirm-deadline-reminder' AND data->>'organizationId' = $1 ORDER BY created_on DESC LIMIT 1`,
    [ORG(3)],
  );
  const nine = shanghaiInstant(dayFromNow(0), '09:00');
  if (Date.now() < nine.getTime()) {
    expect(job.start_after.toISOString()).toBe(nine.toISOString());
    await db().query('UPDATE projects_jobs.job SET start_after = now() WHERE id = $1', [job.id]);
  } else {
    expect(job.start_after.getTime()).toBeLessThanOrEqual(Date.now());
  }

  const reminders = await waitFor(() => requested('CONFIRM_DEADLINE_REMINDER'), 1);
  expect(reminders).toEqual([
    {
      kind: 'CONFIRM_DEADLINE_REMINDER',
      recipient: { organizationId: ORG(3) },
      params: { organizationId: ORG(3), records: 1, earliestConfirmBy: confirm_by },
      dedupeKey: `confirm-deadline:${ORG(3)}:${dayFromNow(0)}`,
    },
  ]);
  // And it reaches the organization's admins, in the inbox they read.
  await city.settleEvents();
  const { myNotifications } = expectNoErrors(await city.query(INBOX, {}, admin));
  const seen = myNotifications.edges.map((e) => e.node).filter((n) => n.kind === 'CONFIRM_DEADLINE_REMINDER');
  expect(seen).toHaveLength(1);
  expect(seen[0].body).toContain('1 条服务记录待确认');
});
