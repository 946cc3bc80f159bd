import { countStatements, expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { dayFromNow } from '../testkit/days';
import { deliver } from '../testkit/events';
import { ORG, TEAM, VOLUNTEER } from '../testkit/fixtures';
import { graphql } from '../testkit/generated';
import { tokensFor, type Tokens } from '../testkit/tokens';
import { ADD_SHIFT, APPLY, DEPLOY, FORM, HOST, SCREEN, at, newEvent, newRole, outbox } from './helpers';

let city: City;
let as: Tokens;
beforeAll(async () => {
  city = await startCity();
  as = tokensFor(city);
});
afterAll(() => city?.stop());

const UNIT = ORG(13);
const OPEN_ROUND = graphql(`
  mutation MajorEventsOpenRound($event: ID!, $title: String!, $deadline: String!) {
    openNeedsRound(eventId: $event, title: $title, deadline: $deadline) {
      id
      open
      deadline
    }
  }
`);
const SUBMIT_NEED = graphql(`
  mutation MajorEventsSubmitNeed($input: SubmitRoleNeedInput!) {
    submitRoleNeed(input: $input) {
      id
      places
      note
      roleKind
      organization {
        id
      }
      event {
        id
      }
    }
  }
`);
const APPLICATIONS = graphql(`
  query MajorEventsApplications($id: ID!, $status: MajorEventApplicationStatus) {
    majorEvent(id: $id) {
      organizedByMe
      applications(status: $status, first: 50) {
        edges {
          node {
            id
            status
            skills
            languages
            availability
            reason
            team {
              id
            }
            volunteer {
              id
            }
          }
        }
      }
    }
  }
`);
const VOLUNTEER_ROWS = graphql(`
  query MajorEventsVolunteerRows($id: ID!) {
    volunteer(id: $id) {
      majorEventApplications {
        id
        skills
        status
      }
      majorEventDeployments {
        id
        hours
      }
    }
  }
`);
const ADD_SESSION = graphql(`
  mutation MajorEventsAddSession($input: AddTrainingSessionInput!) {
    addMajorEventTrainingSession(input: $input) {
      id
      courseCode
      studyHours
    }
  }
`);
const ATTEND = graphql(`
  mutation MajorEventsAttend($session: ID!, $volunteers: [ID!]!) {
    recordMajorEventAttendance(sessionId: $session, volunteerIds: $volunteers) {
      id
      attendeeCount
      attendees {
        id
      }
    }
  }
`);
const HOURS = graphql(`
  mutation MajorEventsHours($id: ID!, $hours: Float!) {
    recordMajorEventHours(deploymentId: $id, hours: $hours) {
      id
      hours
    }
  }
`);
const FIGURES = graphql(`
  query MajorEventsFigures($id: ID!, $year: Int!) {
    majorEvent(id: $id) {
      figures {
        applicants
        selected
        trainedPersonTimes
        deployedPersonTimes
        hours
      }
    }
    majorEventFigures(year: $year) {
      events
      figures {
        applicants
        selected
        trainedPersonTimes
        deployedPersonTimes
        hours
      }
    }
  }
`);
const INVITE = graphql(`
  mutation MajorEventsInvite($role: ID!, $team: ID!) {
    inviteTeamToMajorEvent(roleId: $role, teamId: $team) {
      alreadyApplied
      missingCourse
      applications {
        status
        volunteer {
          id
        }
        team {
          id
        }
      }
    }
  }
`);
const FEDERATED = graphql(`
  query MajorEventsFederated($host: ID!, $unit: ID!) {
    host: organization(id: $host) {
      name
      hostedMajorEvents {
        id
        name
      }
    }
    unit: organization(id: $unit) {
      submittedMajorEventNeeds {
        id
        places
      }
    }
    district(code: "tianfu") {
      name
      majorEvents {
        id
      }
    }
  }
`);

/** The event every step below builds on: began two days ago, ends in five. */
const env = {} as { eventId: string; roleId: string; courseRoleId: string; applications: Record<string, string> };

describe('an event from needs collection to figures', () => {
  test('city admins create the event; nobody else may', async () => {
    const denied = await city.query(
      graphql(`
        mutation MajorEventsCreateDenied($input: CreateMajorEventInput!) {
          createMajorEvent(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          name: '不该有的活动',
          kind: 'FORUM',
          startsOn: dayFromNow(3),
          endsOn: dayFromNow(3),
          venue: '某地',
          districtCode: 'jinniu',
        },
      },
      await as.orgAdmin(HOST),
    );
    expect(expectError(denied, 'FORBIDDEN').message).toMatch(/city admins/);
    const event = await newEvent(city, '第一届成都国际青年发展论坛');
    expect(event).toMatchObject({ district: { code: 'tianfu' }, hostOrganization: { id: HOST } });
    env.eventId = event.id;
  });

  test("units submit needs within a round's deadline, for their own organization only", async () => {
    const admin = await as.cityAdmin();
    const round = expectNoErrors(
      await city.query(
        OPEN_ROUND,
        { event: env.eventId, title: '第一轮岗位需求征集', deadline: at(1, '18:00') },
        admin,
      ),
    ).openNeedsRound;
    expect(round.open).toBe(true);
    const need = { roundId: round.id, organizationId: UNIT, roleKind: 'GUIDING' as const, places: 12 };
    const first = expectNoErrors(await city.query(SUBMIT_NEED, { input: need }, await as.orgAdmin(UNIT)));
    expect(first.submitRoleNeed).toMatchObject({ places: 12, organization: { id: UNIT }, event: { id: env.eventId } });
    // Submitting again replaces the unit's need for that kind of role.
    const again = expectNoErrors(
      await city.query(SUBMIT_NEED, { input: { ...need, places: 15, note: '含周末' } }, await as.orgAdmin(UNIT)),
    );
    expect(again.submitRoleNeed).toMatchObject({ id: first.submitRoleNeed.id, places: 15, note: '含周末' });

    // Another organization's admin cannot submit for the unit; nor can a volunteer.
    const other = await city.query(SUBMIT_NEED, { input: need }, await as.orgAdmin(HOST));
    expect(expectError(other, 'FORBIDDEN').message).toMatch(/unit's own admins/);
    expectError(await city.query(SUBMIT_NEED, { input: need }, await as.volunteer(1)), 'FORBIDDEN');
    // A deadline must be in the future.
    expectError(
      await city.query(OPEN_ROUND, { event: env.eventId, title: '过期', deadline: at(-1, '18:00') }, admin),
      'BAD_USER_INPUT',
    );
    // Unit admins cannot open rounds.
    expectError(
      await city.query(
        OPEN_ROUND,
        { event: env.eventId, title: '越权', deadline: at(1, '18:00') },
        await as.orgAdmin(UNIT),
      ),
      'FORBIDDEN',
    );
  });

  test('a need arriving after the deadline is refused with ROUND_CLOSED', async () => {
    const deadline = new Date(Date.now() + 2500).toISOString();
    const round = expectNoErrors(
      await city.query(OPEN_ROUND, { event: env.eventId, title: '补充征集', deadline }, await as.cityAdmin()),
    ).openNeedsRound;
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const late = await city.query(
      SUBMIT_NEED,
      { input: { roundId: round.id, organizationId: UNIT, roleKind: 'MEDICAL', places: 2 } },
      await as.orgAdmin(UNIT),
    );
    expect(expectError(late, 'ROUND_CLOSED').message).toMatch(/closed at/);
  });

  test("the event's organizers add roles; another organization's admin may not", async () => {
    const role = await newRole(city, env.eventId, '嘉宾礼宾接待', 2);
    env.roleId = role.id;
    env.courseRoleId = (await newRole(city, env.eventId, '同声传译助理', 3, 'EVENT-INTERPRETING')).id;
    const denied = await city.query(
      graphql(`
        mutation MajorEventsRoleDenied($input: AddMajorEventRoleInput!) {
          addMajorEventRole(input: $input) {
            id
          }
        }
      `),
      { input: { eventId: env.eventId, name: '越权岗位', kind: 'OTHER', places: 1 } },
      await as.orgAdmin(UNIT),
    );
    expect(expectError(denied, 'FORBIDDEN').message).toMatch(/Only the organizers/);
  });

  test('volunteers apply with the form; a role requiring a course refuses those without it', async () => {
    env.applications = {};
    for (const n of [1, 2, 3]) {
      const res = await city.query(APPLY, { input: { roleId: env.roleId, ...FORM } }, await as.volunteer(n));
      const application = expectNoErrors(res).applyToMajorEventRole;
      expect(application).toMatchObject({ status: 'APPLIED', ...FORM, volunteer: { id: VOLUNTEER(n) } });
      env.applications[n] = application.id;
    }
    const twice = await city.query(APPLY, { input: { roleId: env.roleId, ...FORM } }, await as.volunteer(1));
    expectError(twice, 'CONFLICT');
    const noCourse = await city.query(APPLY, { input: { roleId: env.courseRoleId, ...FORM } }, await as.volunteer(1));
    expect(expectError(noCourse, 'COURSE_REQUIRED').message).toMatch(/EVENT-INTERPRETING/);
    // The volunteers subgraph announces a completed course (training.recorded): the application is accepted.
    await deliver(city, 'majorevents', 'training.recorded', {
      volunteerId: VOLUNTEER(1),
      courseCode: 'EVENT-INTERPRETING',
      completedOn: dayFromNow(-10),
    });
    expectNoErrors(await city.query(APPLY, { input: { roleId: env.courseRoleId, ...FORM } }, await as.volunteer(1)));
    // Bad forms name the field.
    const bad = await city.query(
      APPLY,
      { input: { roleId: env.roleId, skills: ['x'.repeat(41)], languages: [], availability: '周末' } },
      await as.volunteer(4),
    );
    expect(expectError(bad, 'BAD_USER_INPUT').extensions?.field).toBe('skills');
  });

  test("the organizers screen; a volunteer cannot; a role's places hold; declining needs a reason", async () => {
    const [one, two, three] = [1, 2, 3].map((n) => env.applications[n]!);
    const byVolunteer = await city.query(SCREEN, { id: one, decision: 'SELECTED' }, await as.volunteer(1));
    expect(expectError(byVolunteer, 'FORBIDDEN').message).toMatch(/Only the organizers/);
    expectError(await city.query(SCREEN, { id: one, decision: 'SELECTED' }, await as.orgAdmin(UNIT)), 'FORBIDDEN');

    const host = await as.orgAdmin(HOST);
    expect(
      expectNoErrors(await city.query(SCREEN, { id: one, decision: 'SELECTED' }, host)).screenMajorEventApplication,
    ).toMatchObject({ status: 'SELECTED', role: { selectedCount: 1 } });
    // City admins organize every event.
    expectNoErrors(await city.query(SCREEN, { id: two, decision: 'SELECTED' }, await as.cityAdmin()));
    const full = await city.query(SCREEN, { id: three, decision: 'SELECTED' }, host);
    expect(expectError(full, 'ROLE_FULL').message).toMatch(/All 2 places/);
    expectError(await city.query(SCREEN, { id: three, decision: 'DECLINED' }, host), 'BAD_USER_INPUT');
    const declined = expectNoErrors(
      await city.query(SCREEN, { id: three, decision: 'DECLINED', reason: '外语水平不符合岗位要求' }, host),
    ).screenMajorEventApplication;
    expect(declined).toMatchObject({ status: 'DECLINED', reason: '外语水平不符合岗位要求' });
    // Moving a selected volunteer to reserve frees the place.
    const reserve = expectNoErrors(await city.query(SCREEN, { id: two, decision: 'RESERVE' }, host));
    expect(reserve.screenMajorEventApplication).toMatchObject({ status: 'RESERVE', role: { selectedCount: 1 } });
  });

  test('applications and their forms: the volunteer and the organizers only', async () => {
    const host = expectNoErrors(await city.query(APPLICATIONS, { id: env.eventId }, await as.orgAdmin(HOST)));
    expect(host.majorEvent!.organizedByMe).toBe(true);
    expect(host.majorEvent!.applications.edges.map((e) => e.node.status).sort()).toEqual(
      ['APPLIED', 'DECLINED', 'RESERVE', 'SELECTED'].sort(),
    );
    const selected = expectNoErrors(
      await city.query(APPLICATIONS, { id: env.eventId, status: 'SELECTED' }, await as.cityAdmin()),
    );
    expect(selected.majorEvent!.applications.edges.map((e) => e.node.volunteer.id)).toEqual([VOLUNTEER(1)]);
    for (const token of [await as.volunteer(1), await as.orgAdmin(UNIT), await as.districtAdmin('tianfu'), undefined]) {
      const res = await city.query(APPLICATIONS, { id: env.eventId }, token);
      expectError(res, 'FORBIDDEN');
      expect(JSON.stringify(res.data)).not.toContain('活动期间每天');
    }

    // Volunteer 01 also served the demo marathon (hosted by the same organization): three applications in all.
    const mine = expectNoErrors(await city.query(VOLUNTEER_ROWS, { id: VOLUNTEER(1) }, await as.volunteer(1)));
    expect(mine.volunteer!.majorEventApplications).toHaveLength(3);
    expect(mine.volunteer!.majorEventApplications![0]!.skills).toEqual(FORM.skills);
    const organizer = expectNoErrors(await city.query(VOLUNTEER_ROWS, { id: VOLUNTEER(1) }, await as.orgAdmin(HOST)));
    expect(organizer.volunteer!.majorEventApplications).toHaveLength(3);
    // Another volunteer, another unit's admin: nothing of it.
    const other = expectNoErrors(await city.query(VOLUNTEER_ROWS, { id: VOLUNTEER(1) }, await as.volunteer(2)));
    expect(other.volunteer!.majorEventApplications).toBeNull();
    const unit = expectNoErrors(await city.query(VOLUNTEER_ROWS, { id: VOLUNTEER(1) }, await as.orgAdmin(UNIT)));
    expect(unit.volunteer!.majorEventApplications).toEqual([]);
  });

  test('training attendance completes the course: training.completed is emitted once per attendance', async () => {
    const host = await as.orgAdmin(HOST);
    const session = expectNoErrors(
      await city.query(
        ADD_SESSION,
        {
          input: {
            eventId: env.eventId,
            title: '礼宾岗前培训',
            courseCode: 'EVENT-ETIQUETTE',
            startsAt: at(-3, '14:00'),
            endsAt: at(-3, '16:00'),
            studyHours: 2,
          },
        },
        host,
      ),
    ).addMajorEventTrainingSession;
    // The declined applicant was never selected: not trained here.
    const stranger = await city.query(ATTEND, { session: session.id, volunteers: [VOLUNTEER(3)] }, host);
    expectError(stranger, 'NOT_SCREENED_IN');
    expectError(
      await city.query(ATTEND, { session: session.id, volunteers: [VOLUNTEER(1)] }, await as.volunteer(1)),
      'FORBIDDEN',
    );
    const attended = expectNoErrors(
      await city.query(ATTEND, { session: session.id, volunteers: [VOLUNTEER(1), VOLUNTEER(2)] }, host),
    ).recordMajorEventAttendance;
    expect(attended.attendeeCount).toBe(2);
    // Recording again adds nothing and emits nothing.
    expectNoErrors(await city.query(ATTEND, { session: session.id, volunteers: [VOLUNTEER(1)] }, host));
    const completed = (await outbox(city, 'training.completed')).filter((e) => e.courseCode === 'EVENT-ETIQUETTE');
    expect(completed).toHaveLength(2);
    expect(completed.map((e) => e.volunteerId).sort()).toEqual([VOLUNTEER(1), VOLUNTEER(2)].sort());
    expect(completed[0]).toMatchObject({
      completedOn: dayFromNow(-3),
      studyHours: 2,
      organizer: '第一届成都国际青年发展论坛',
    });
    const roster = await city.query(
      graphql(`
        query MajorEventsSessions($id: ID!) {
          majorEvent(id: $id) {
            trainingSessions {
              attendeeCount
              attendees {
                id
              }
            }
          }
        }
      `),
      { id: env.eventId },
      await as.volunteer(1),
    );
    expectError(roster, 'FORBIDDEN');
  });

  test('selected volunteers are deployed into shifts (event.deployed); hours recorded once a shift ends', async () => {
    const host = await as.orgAdmin(HOST);
    const shift = (days: number) =>
      city.query(
        ADD_SHIFT,
        {
          input: {
            eventId: env.eventId,
            roleId: env.roleId,
            startsAt: at(days, '09:00'),
            endsAt: at(days, '17:00'),
            places: 5,
          },
        },
        host,
      );
    const past = expectNoErrors(await shift(-1)).addMajorEventShift;
    const coming = expectNoErrors(await shift(2)).addMajorEventShift;
    // A shift outside the event's days is refused.
    expectError(await shift(9), 'BAD_USER_INPUT');

    const deployed = expectNoErrors(await city.query(DEPLOY, { shift: past.id, volunteer: VOLUNTEER(1) }, host));
    expect(deployed.deployToMajorEventShift).toMatchObject({ hours: null, shift: { deployedCount: 1 } });
    expectError(await city.query(DEPLOY, { shift: past.id, volunteer: VOLUNTEER(1) }, host), 'CONFLICT');
    // Reserve and declined applicants are not deployed; nor does a volunteer deploy anyone.
    expectError(await city.query(DEPLOY, { shift: past.id, volunteer: VOLUNTEER(2) }, host), 'NOT_SELECTED');
    expectError(await city.query(DEPLOY, { shift: past.id, volunteer: VOLUNTEER(3) }, host), 'NOT_SELECTED');
    expectError(
      await city.query(DEPLOY, { shift: past.id, volunteer: VOLUNTEER(1) }, await as.volunteer(1)),
      'FORBIDDEN',
    );
    const enrolled = (await outbox(city, 'event.deployed')).filter((e) => e.eventId === env.eventId);
    expect(enrolled).toEqual([
      {
        deploymentId: deployed.deployToMajorEventShift.id,
        volunteerId: VOLUNTEER(1),
        eventId: env.eventId,
        eventName: '第一届成都国际青年发展论坛',
        campaignCode: null,
        servedOn: dayFromNow(-1),
      },
    ]);

    const id = deployed.deployToMajorEventShift.id;
    expectError(await city.query(HOURS, { id, hours: 9 }, host), 'BAD_USER_INPUT');
    expectError(await city.query(HOURS, { id, hours: 7.5 }, await as.volunteer(1)), 'FORBIDDEN');
    expect(expectNoErrors(await city.query(HOURS, { id, hours: 7.5 }, host)).recordMajorEventHours.hours).toBe(7.5);
    const later = expectNoErrors(await city.query(DEPLOY, { shift: coming.id, volunteer: VOLUNTEER(1) }, host));
    const early = await city.query(HOURS, { id: later.deployToMajorEventShift.id, hours: 3 }, host);
    expectError(early, 'SHIFT_NOT_ENDED');

    const mine = expectNoErrors(await city.query(VOLUNTEER_ROWS, { id: VOLUNTEER(1) }, await as.volunteer(1)));
    // Besides the demo marathon's 7 hours.
    expect(mine.volunteer!.majorEventDeployments!.map((d) => d.hours)).toEqual(expect.arrayContaining([7.5, null, 7]));
    expect(mine.volunteer!.majorEventDeployments).toHaveLength(3);
    const other = expectNoErrors(await city.query(VOLUNTEER_ROWS, { id: VOLUNTEER(1) }, await as.volunteer(2)));
    expect(other.volunteer!.majorEventDeployments).toBeNull();
  });

  test('figures: applicants, selected, trained and deployed person-times, hours; per event and per year', async () => {
    const year = Number(dayFromNow(-2).slice(0, 4));
    const res = expectNoErrors(await city.query(FIGURES, { id: env.eventId, year }));
    expect(res.majorEvent!.figures).toEqual({
      applicants: 3,
      selected: 1,
      trainedPersonTimes: 2,
      deployedPersonTimes: 2,
      hours: 7.5,
    });
    // The year adds this event's figures to the demo events starting that year, which nothing here changed.
    const demo = await city.subgraphs
      .get('majorevents')!
      .db.query(
        `SELECT count(*)::int AS events FROM major_event WHERE extract(year FROM starts_on) = $1 AND id <> $2`,
        [year, env.eventId],
      );
    expect(res.majorEventFigures.events).toBe(demo[0].events + 1);
    expect(res.majorEventFigures.figures.deployedPersonTimes).toBeGreaterThanOrEqual(2);
    expect(res.majorEventFigures.figures.hours).toBeGreaterThanOrEqual(7.5);
  });

  test('organizations list the events they host and the needs they submitted; districts their events', async () => {
    const res = expectNoErrors(await city.query(FEDERATED, { host: HOST, unit: UNIT }));
    expect(res.host!.name).toBe('成都市青年志愿者协会');
    expect(res.host!.hostedMajorEvents.map((e) => e.id)).toContain(env.eventId);
    expect(res.unit!.submittedMajorEventNeeds.map((n) => n.places)).toContain(15);
    expect(res.district!.majorEvents.map((e) => e.id)).toContain(env.eventId);
  });
});

describe('specialist teams invited as a whole', () => {
  test('members announced by organizations apply together; a new member joins the next invitation', async () => {
    const host = await as.orgAdmin(HOST);
    const role = await newRole(city, env.eventId, '礼仪队整建制', 10);
    // 锦礼 (team 1): leader demo volunteer 03 and member 05 are active; 11 is still pending.
    const first = expectNoErrors(
      await city.query(INVITE, { role: role.id, team: TEAM(1) }, host),
    ).inviteTeamToMajorEvent;
    expect(first.applications.map((a) => a.volunteer.id).sort()).toEqual([VOLUNTEER(3), VOLUNTEER(5)].sort());
    expect(first.applications.every((a) => a.status === 'APPLIED' && a.team?.id === TEAM(1))).toBe(true);

    // The leader approves 11: organizations announce the team's members again (a higher version).
    const before = await city.subgraphs
      .get('organizations')!
      .db.query("SELECT payload FROM outbox WHERE type = 'team.members' ORDER BY seq");
    const pending = await city.subgraphs
      .get('organizations')!
      .db.query("SELECT id FROM team_member WHERE team_id = $1 AND status = 'PENDING'", [TEAM(1)]);
    const approve = await city.query(
      graphql(`
        mutation MajorEventsApprove($id: ID!) {
          approveTeamMember(memberId: $id) {
            status
          }
        }
      `),
      { id: pending[0].id },
      await as.volunteer(3),
    );
    expect(expectNoErrors(approve).approveTeamMember.status).toBe('ACTIVE');
    const after = await city.subgraphs
      .get('organizations')!
      .db.query("SELECT payload FROM outbox WHERE type = 'team.members' ORDER BY seq");
    const announced = after.slice(before.length).map((r: { payload: unknown }) => r.payload);
    const latestBefore = before
      .map((r: { payload: { teamId: string; version: number } }) => r.payload)
      .filter((p: { teamId: string }) => p.teamId === TEAM(1))
      .at(-1);
    expect(announced).toEqual([
      {
        teamId: TEAM(1),
        organizationId: HOST,
        memberIds: [VOLUNTEER(3), VOLUNTEER(5), VOLUNTEER(11)].sort(),
        version: latestBefore.version + 1,
      },
    ]);
    await city.settleEvents();
    const second = expectNoErrors(
      await city.query(INVITE, { role: role.id, team: TEAM(1) }, host),
    ).inviteTeamToMajorEvent;
    expect(second).toMatchObject({ alreadyApplied: 2, missingCourse: 0 });
    expect(second.applications.map((a) => a.volunteer.id)).toEqual([VOLUNTEER(11)]);

    // An older list delivered late changes nothing.
    await deliver(city, 'majorevents', 'team.members', { ...latestBefore, memberIds: [VOLUNTEER(3)] });
    const third = expectNoErrors(
      await city.query(INVITE, { role: role.id, team: TEAM(1) }, host),
    ).inviteTeamToMajorEvent;
    expect(third).toMatchObject({ alreadyApplied: 3, applications: [] });
  });

  test('members lacking the role’s course are left out and counted; volunteers cannot invite teams', async () => {
    const res = await city.query(INVITE, { role: env.courseRoleId, team: TEAM(2) }, await as.orgAdmin(HOST));
    expect(expectNoErrors(res).inviteTeamToMajorEvent).toMatchObject({ missingCourse: 2, applications: [] });
    expectError(
      await city.query(INVITE, { role: env.courseRoleId, team: TEAM(2) }, await as.volunteer(3)),
      'FORBIDDEN',
    );
    expectError(
      await city.query(INVITE, { role: env.courseRoleId, team: TEAM(99) }, await as.cityAdmin()),
      'NOT_FOUND',
    );
  });
});

test('deregistration erases the forms and frees the places of events to come', async () => {
  const event = await newEvent(city, '成都国际车展志愿服务', 4, 6);
  const role = await newRole(city, event.id, '展台咨询', 1);
  const application = expectNoErrors(
    await city.query(APPLY, { input: { roleId: role.id, ...FORM } }, await as.volunteer(6)),
  ).applyToMajorEventRole;
  expectNoErrors(await city.query(SCREEN, { id: application.id, decision: 'SELECTED' }, await as.cityAdmin()));
  await deliver(city, 'majorevents', 'volunteer.deregistered', {
    volunteerId: VOLUNTEER(6),
    accountId: 'demo-volunteer-06',
  });
  const [row] = await city.subgraphs.get('majorevents')!.db.query(
    `SELECT a.status, a.skills, a.languages, a.availability, r.selected_count
         FROM application a JOIN event_role r ON r.id = a.role_id WHERE a.id = $1`,
    [application.id],
  );
  expect(row).toEqual({ status: 'WITHDRAWN', skills: [], languages: [], availability: '', selected_count: 0 });
  // Nothing of the form is left anywhere in the subgraph's application rows for them.
  const left = await city.subgraphs
    .get('majorevents')!
    .db.query("SELECT count(*)::int AS n FROM application WHERE volunteer_id = $1 AND availability <> ''", [
      VOLUNTEER(6),
    ]);
  expect(left[0].n).toBe(0);
});

// Needs are left out of the page: under the gateway's cost limit (a list without `first` counts 25) an event's rounds
// with their needs are read one event at a time.
test('a page of events with their rounds, roles and figures costs the same statements whatever its size', async () => {
  const PAGE = graphql(`
    query MajorEventsPage($first: Int!) {
      majorEvents(first: $first) {
        edges {
          node {
            name
            kind
            startsOn
            venue
            hostOrganization {
              name
            }
            needsRounds {
              title
              deadline
              open
            }
            roles {
              name
              kind
              places
              selectedCount
              requiredCourse
            }
            trainingSessions {
              attendeeCount
            }
            shifts {
              deployedCount
            }
            figures {
              applicants
              selected
              trainedPersonTimes
              deployedPersonTimes
              hours
            }
          }
        }
      }
    }
  `);
  const one = await countStatements(city, async () => {
    expect(expectNoErrors(await city.query(PAGE, { first: 1 })).majorEvents.edges).toHaveLength(1);
  });
  const many = await countStatements(city, async () => {
    // The three demo events and the two made above.
    expect(expectNoErrors(await city.query(PAGE, { first: 5 })).majorEvents.edges).toHaveLength(5);
  });
  expect(many.majorevents).toBe(one.majorevents);
  expect(many.organizations).toBe(one.organizations);
  // The demo marathon, as seeded: two selected of three applicants, two trained, two deployed for 13.5 hours.
  const marathon = expectNoErrors(await city.query(PAGE, { first: 20 })).majorEvents.edges.find(
    (e) => e.node.name === '成都马拉松城市志愿服务',
  );
  expect(marathon!.node.figures).toEqual({
    applicants: 3,
    selected: 2,
    trainedPersonTimes: 2,
    deployedPersonTimes: 2,
    hours: 13.5,
  });
});
