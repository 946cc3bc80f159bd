import { expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { cityAdminToken, orgAdminToken, partnerToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import { ADD_SHIFT, APPLY, DEPLOY, FORM, HOST, SCREEN, at, newEvent, newRole } from '../majorevents/helpers';
import { register, type Person } from './rights-helpers';

/**
 * The major events' section of the data export (issue 11.3 for issue 17.1): the person's applications with their
 * form, the training sessions they attended and their deployments with hours, and nothing of anyone else's.
 */

const env = {} as { city: City; subject: Person; other: Person; event: string };

const MY_DATA = graphql(`
  query RightsExportMajorEvents {
    myPersonalData {
      volunteerId
      majorEvents
    }
  }
`);

interface Section {
  applications: { event: string; role: string; skills: string[]; languages: string[]; availability: string }[];
  attendances: { event: string; session: string; studyHours: number }[];
  deployments: { event: string; role: string; startsAt: string; hours: number | null }[];
}

const OTHER_FORM = { skills: ['摄影'], languages: ['日本語'], availability: '仅周末下午' };

beforeAll(async () => {
  const city = (env.city = await startCity());
  env.subject = await register(city, {
    account: 'me-export-subject',
    seq: 611,
    district: 'tianfu',
    realName: '赵赛会',
  });
  env.other = await register(city, { account: 'me-export-other', seq: 612, district: 'tianfu', realName: '钱旁人' });
  await city.settleEvents();
  const host = await orgAdminToken(city, HOST);
  const event = await newEvent(city, '导出测试博览会');
  env.event = event.id;
  const role = await newRole(city, event.id, '导览', 5);
  const shift = (slot: [number, string, string]) =>
    city.query(
      ADD_SHIFT,
      {
        input: {
          eventId: event.id,
          roleId: role.id,
          startsAt: at(slot[0], slot[1]),
          endsAt: at(slot[0], slot[2]),
          places: 5,
        },
      },
      host,
    );
  const past = expectNoErrors(await shift([-1, '09:00', '12:00'])).addMajorEventShift;
  const coming = expectNoErrors(await shift([2, '14:00', '18:00'])).addMajorEventShift;
  const session = expectNoErrors(
    await city.query(
      graphql(`
        mutation RightsExportMajorEventSession($input: AddTrainingSessionInput!) {
          addMajorEventTrainingSession(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          eventId: event.id,
          title: '导览岗前培训',
          startsAt: at(-2, '14:00'),
          endsAt: at(-2, '16:00'),
          studyHours: 2,
        },
      },
      host,
    ),
  ).addMajorEventTrainingSession;
  for (const [p, form] of [
    [env.subject, FORM],
    [env.other, OTHER_FORM],
  ] as const) {
    const applied = expectNoErrors(await city.query(APPLY, { input: { roleId: role.id, ...form } }, p.token));
    expectNoErrors(await city.query(SCREEN, { id: applied.applyToMajorEventRole.id, decision: 'SELECTED' }, host));
    const deployed = expectNoErrors(await city.query(DEPLOY, { shift: past.id, volunteer: p.id }, host));
    expectNoErrors(
      await city.query(
        graphql(`
          mutation RightsExportMajorEventHours($id: ID!, $hours: Float!) {
            recordMajorEventHours(deploymentId: $id, hours: $hours) {
              id
            }
          }
        `),
        { id: deployed.deployToMajorEventShift.id, hours: p === env.subject ? 2.5 : 3 },
        host,
      ),
    );
  }
  // Only the subject attended the training and is deployed into the coming shift too (no hours yet).
  expectNoErrors(
    await city.query(
      graphql(`
        mutation RightsExportMajorEventAttendance($session: ID!, $ids: [ID!]!) {
          recordMajorEventAttendance(sessionId: $session, volunteerIds: $ids) {
            attendeeCount
          }
        }
      `),
      { session: session.id, ids: [env.subject.id] },
      host,
    ),
  );
  expectNoErrors(await city.query(DEPLOY, { shift: coming.id, volunteer: env.subject.id }, host));
}, 400_000);

afterAll(() => env.city?.stop());

describe("myPersonalData's majorEvents section", () => {
  test('lists the applications with their form, the attendances and the deployments with hours', async () => {
    const { city, subject } = env;
    const data = expectNoErrors(await city.query(MY_DATA, {}, subject.token)).myPersonalData;
    expect(data.volunteerId).toBe(subject.id);
    const s = data.majorEvents as Section;
    expect(s.applications).toEqual([
      expect.objectContaining({ event: '导出测试博览会', role: '导览', ...FORM, status: 'SELECTED' }),
    ]);
    expect(s.attendances).toEqual([
      expect.objectContaining({ event: '导出测试博览会', session: '导览岗前培训', studyHours: 2 }),
    ]);
    // Oldest first: yesterday's shift with its hours, then the coming one, not yet recorded.
    expect(s.deployments.map((d) => [d.event, d.role, d.hours])).toEqual([
      ['导出测试博览会', '导览', 2.5],
      ['导出测试博览会', '导览', null],
    ]);
    expect(Date.parse(s.deployments[0].startsAt)).toBe(Date.parse(at(-1, '09:00')));
  });

  test("holds nothing of anyone else's, though they applied, were selected and served alike", async () => {
    const { city, subject, other } = env;
    const text = JSON.stringify(expectNoErrors(await city.query(MY_DATA, {}, subject.token)).myPersonalData);
    for (const theirs of [other.id, other.realName, ...OTHER_FORM.skills, ...OTHER_FORM.languages])
      expect(text).not.toContain(theirs);
    expect(text).not.toContain(OTHER_FORM.availability);
    const theirs = expectNoErrors(await city.query(MY_DATA, {}, other.token)).myPersonalData.majorEvents as Section;
    expect(theirs.applications.map((a) => a.skills)).toEqual([OTHER_FORM.skills]);
    expect(theirs.attendances).toEqual([]);
    expect(theirs.deployments.map((d) => d.hours)).toEqual([3]);
  });

  test('is refused to the event organizers and a partner app, and to the anonymous', async () => {
    const { city, subject } = env;
    for (const token of [
      await orgAdminToken(city, HOST),
      await cityAdminToken(city),
      await partnerToken(city, subject.account),
    ]) {
      const res = await city.query(MY_DATA, {}, token);
      expectError(res, 'FORBIDDEN');
      expect(JSON.stringify(res)).not.toContain(FORM.availability);
    }
    expectError(await city.query(MY_DATA, {}), 'UNAUTHENTICATED');
  });
});
