import { expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { addWorkingDays } from '../../subgraphs/kit/city/days';
import { dayFromNow, publishedProject } from './helpers';
import { ORG } from '../testkit/fixtures';
import { orgAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';

/**
 * Reviews of service records tell the volunteer, and a volunteer's correction request tells the organization: read
 * where each person reads them, their inbox through the gateway (`myNotifications`), once events have settled.
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
const volunteerToken = (n: number) => city.token({ role: 'volunteer', sub: demo(n).sub });

const INBOX = graphql(`
  query NoticesInbox {
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
/** What `token`'s inbox says about a project, oldest first, as kind and body. */
async function inboxAbout(token: string, projectId: string) {
  await city.settleEvents();
  const { myNotifications } = expectNoErrors(await city.query(INBOX, {}, token));
  return myNotifications.edges
    .map((e) => e.node)
    .filter((n) => n.project?.id === projectId)
    .map((n) => ({ kind: n.kind, body: n.body }))
    .reverse();
}

/** Pending records of a new project of org 3, one per demo volunteer, as check-outs yesterday would have left them. */
async function pendingRecords(volunteerNumbers: number[], hours = '2.50') {
  const project = await publishedProject(city, ORG(3));
  const servedOn = dayFromNow(-1);
  const ids: string[] = [];
  for (const n of volunteerNumbers) {
    const [{ id }] = await city.subgraphs.get('projects')!.db.query(
      `INSERT INTO service_record (project_id, volunteer_id, served_on, hours, status, confirm_by)
         VALUES ($1, $2, $3, $4, 'PENDING', $5) RETURNING id`,
      [project.id, demo(n).id, servedOn, hours, addWorkingDays(servedOn, 10)],
    );
    ids.push(id as string);
  }
  return { project, ids };
}

const CONFIRM = graphql(`
  mutation NoticesConfirm($ids: [ID!]!) {
    confirmServiceRecords(ids: $ids) {
      id
    }
  }
`);
const REJECT = graphql(`
  mutation NoticesReject($id: ID!, $reason: String!) {
    rejectServiceRecord(id: $id, reason: $reason) {
      id
    }
  }
`);
const ASK = graphql(`
  mutation NoticesAsk($r: ID!, $h: Float!, $why: String!) {
    requestCorrection(recordId: $r, hours: $h, reason: $why) {
      id
    }
  }
`);
const ANSWER = graphql(`
  mutation NoticesAnswer($id: ID!, $accept: Boolean!, $reason: String) {
    resolveCorrection(id: $id, accept: $accept, reason: $reason) {
      id
    }
  }
`);

test('confirming records tells each volunteer their hours; a refused repeat tells nobody again', async () => {
  const { project, ids } = await pendingRecords([1, 2]);
  expectNoErrors(await city.query(CONFIRM, { ids }, admin));
  expectError(await city.query(CONFIRM, { ids }, admin), 'RECORD_NOT_PENDING');
  for (const n of [1, 2])
    expect(await inboxAbout(await volunteerToken(n), project.id)).toEqual([
      { kind: 'HOURS_CONFIRMED', body: expect.stringContaining(project.title) },
    ]);
  expect((await inboxAbout(await volunteerToken(1), project.id))[0].body).toMatch(/2\.5/);
});

test('rejecting a record tells its volunteer why', async () => {
  const { project, ids } = await pendingRecords([3]);
  expectNoErrors(await city.query(REJECT, { id: ids[0], reason: '当天未到岗' }, admin));
  const seen = await inboxAbout(await volunteerToken(3), project.id);
  expect(seen).toEqual([{ kind: 'HOURS_REJECTED', body: expect.stringContaining('当天未到岗') }]);
  expect(seen[0].body).toContain(project.title);
});

test('a correction request tells the organization; its answer tells the volunteer', async () => {
  const { project, ids } = await pendingRecords([4], '2.00');
  const volunteer = await volunteerToken(4);
  const asked = expectNoErrors(await city.query(ASK, { r: ids[0], h: 3, why: '签退时间记错了' }, volunteer));
  // The organization's admins read it in their inbox.
  expect(await inboxAbout(admin, project.id)).toEqual([
    { kind: 'CORRECTION_REQUESTED', body: expect.stringContaining(project.title) },
  ]);
  expectNoErrors(
    await city.query(ANSWER, { id: asked.requestCorrection.id, accept: false, reason: '以签到表为准' }, admin),
  );
  const again = expectNoErrors(await city.query(ASK, { r: ids[0], h: 2.5, why: '按实际时长' }, volunteer));
  expectNoErrors(await city.query(ANSWER, { id: again.requestCorrection.id, accept: true }, admin));
  expect(await inboxAbout(volunteer, project.id)).toEqual([
    { kind: 'CORRECTION_ANSWERED', body: expect.stringMatching(/未通过.*2 ?小时.*以签到表为准/) },
    { kind: 'CORRECTION_ANSWERED', body: expect.stringMatching(/已通过.*2\.5/) },
  ]);
  // Both requests reached the organization, each once.
  expect((await inboxAbout(admin, project.id)).map((n) => n.kind)).toEqual([
    'CORRECTION_REQUESTED',
    'CORRECTION_REQUESTED',
  ]);
});
