import crypto from 'node:crypto';
import { expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { deliver } from '../testkit/events';
import { ORG, VOLUNTEER } from '../testkit/fixtures';
import { graphql } from '../testkit/generated';
import {
  cityAdminToken,
  districtAdminToken,
  orgAdminToken,
  statisticsViewerToken,
  volunteerToken,
} from '../testkit/tokens';
import { dayFromNow, projectInput, publishedProject, volunteers } from './helpers';

/**
 * Insurance programs (issue 17.3) through the gateway: the city records a program, volunteers placed on work it
 * covers get one numbered policy each, never more than the quota however many sign up at once; a risky project may
 * name a program as its cover, and then nobody takes a place there uncovered; deployments to major events enrol too.
 *
 * Each test opens a campaign of its own and a program covering only that campaign, so programs of other tests never
 * enrol its volunteers.
 */
let city: City;
let cityAdmin: string;
beforeAll(async () => {
  city = await startCity();
  cityAdmin = await cityAdminToken(city);
}, 400_000);
afterAll(() => city?.stop());

const db = () => city.subgraphs.get('projects')!.db;

const OPEN_CAMPAIGN = graphql(`
  mutation InsuranceOpenCampaign($input: CampaignInput!) {
    openCampaign(input: $input) {
      code
    }
  }
`);

const CREATE_PROGRAM = graphql(`
  mutation InsuranceCreateProgram($input: InsuranceProgramInput!) {
    createInsuranceProgram(input: $input) {
      id
      prefix
      quota
      enrolled
      remaining
    }
  }
`);

const PROGRAM = graphql(`
  query InsuranceProgram($id: ID!) {
    insuranceProgram(id: $id) {
      id
      enrolled
      remaining
    }
  }
`);

const SIGN_UP = graphql(`
  mutation InsuranceSignUp($shift: ID!) {
    signUp(shiftId: $shift) {
      id
      status
    }
  }
`);

const MY_POLICIES = graphql(`
  query InsuranceMyPolicies {
    myInsurancePolicies {
      policyNumber
      insurer
      cover
      maxPayout
      coversFrom
      coversUntil
      program {
        id
        name
      }
      project {
        id
      }
    }
  }
`);

const VOLUNTEER_POLICIES = graphql(`
  query InsuranceVolunteerPolicies($id: ID!) {
    volunteer(id: $id) {
      insurancePolicies {
        policyNumber
      }
    }
  }
`);

const FROM = dayFromNow(1);
const UNTIL = dayFromNow(40);

/** A campaign of the test's own over the coming weeks, and a program covering it with `quota` policies. */
async function campaignAndProgram(quota: number, extra: Record<string, unknown> = {}) {
  const code = `ins-${crypto.randomBytes(4).toString('hex')}`;
  expectNoErrors(
    await city.query(
      OPEN_CAMPAIGN,
      { input: { code, name: '防疫志愿服务月', startsOn: FROM, endsOn: UNTIL } },
      cityAdmin,
    ),
  );
  const prefix = `P${crypto.randomBytes(4).toString('hex').toUpperCase()}`;
  const { createInsuranceProgram: program } = expectNoErrors(
    await city.query(
      CREATE_PROGRAM,
      {
        input: {
          prefix,
          name: '志愿者意外保障计划',
          insurer: '中国人寿成都分公司',
          cover: '意外身故、伤残及意外医疗',
          maxPayout: 500000,
          quota,
          startsOn: FROM,
          endsOn: UNTIL,
          campaignCodes: [code],
          ...extra,
        },
      },
      cityAdmin,
    ),
  );
  return { code, program };
}

/** A published project of ORG(1) under `campaign` with one shift of `capacity` places. */
const campaignProject = (campaign: string, capacity: number, extra: Record<string, unknown> = {}) => {
  const date = dayFromNow(10);
  return publishedProject(city, ORG(1), {
    campaignCode: campaign,
    startsOn: date,
    endsOn: date,
    shifts: [{ date, startTime: '09:00', endTime: '12:00', capacity, waitlistCapacity: 0 }],
    ...extra,
  });
};

async function enrolledOf(id: string): Promise<number> {
  const res = expectNoErrors(await city.query(PROGRAM, { id }, cityAdmin));
  return res.insuranceProgram!.enrolled!;
}

test('only city admins create programs; a program must say what it covers', async () => {
  const input = {
    prefix: 'NOPE',
    name: '计划',
    insurer: '某保险',
    cover: '意外',
    maxPayout: 1000,
    quota: 10,
    startsOn: FROM,
    endsOn: UNTIL,
    categoryCodes: ['elderly'],
  };
  expectError(await city.query(CREATE_PROGRAM, { input }), 'UNAUTHENTICATED');
  for (const token of [
    await orgAdminToken(city, ORG(1)),
    await districtAdminToken(city, 'pidu'),
    await statisticsViewerToken(city),
    (await volunteers(city, 1))[0].token,
  ])
    expectError(await city.query(CREATE_PROGRAM, { input }, token), 'FORBIDDEN');
  const bare = await city.query(CREATE_PROGRAM, { input: { ...input, categoryCodes: [] } }, cityAdmin);
  expect(expectError(bare, 'BAD_USER_INPUT').message).toMatch(/what the program covers/);
});

test('a place on covered work enrols the volunteer once, with a numbered policy only they see', async () => {
  const { code, program } = await campaignAndProgram(100);
  // Demo volunteers: registered with the volunteers subgraph too, so `volunteer(id:)` finds them.
  const [me, other] = [
    { id: VOLUNTEER(3), token: await volunteerToken(city, 3) },
    { id: VOLUNTEER(4), token: await volunteerToken(city, 4) },
  ];
  const project = await campaignProject(code, 5);
  const second = await campaignProject(code, 5, {
    shifts: [{ date: dayFromNow(10), startTime: '14:00', endTime: '16:00', capacity: 5 }],
  });
  expectNoErrors(await city.query(SIGN_UP, { shift: project.shifts[0].id }, me.token));
  // A second place under the same program gives no second policy: one per program and person.
  expectNoErrors(await city.query(SIGN_UP, { shift: second.shifts[0].id }, me.token));

  const mine = expectNoErrors(await city.query(MY_POLICIES, {}, me.token)).myInsurancePolicies;
  expect(mine).toEqual([
    {
      policyNumber: `${program.prefix}-000001`,
      insurer: '中国人寿成都分公司',
      cover: '意外身故、伤残及意外医疗',
      maxPayout: 500000,
      coversFrom: FROM,
      coversUntil: UNTIL,
      program: { id: program.id, name: '志愿者意外保障计划' },
      project: { id: project.id },
    },
  ]);
  expect(await enrolledOf(program.id)).toBe(1);
  expect(expectNoErrors(await city.query(MY_POLICIES, {}, other.token)).myInsurancePolicies).toEqual([]);

  const own = expectNoErrors(await city.query(VOLUNTEER_POLICIES, { id: me.id }, me.token));
  expect(own.volunteer).toEqual({ insurancePolicies: [{ policyNumber: `${program.prefix}-000001` }] });
  for (const token of [other.token, await districtAdminToken(city, 'jinjiang'), cityAdmin]) {
    const theirs = expectNoErrors(await city.query(VOLUNTEER_POLICIES, { id: me.id }, token));
    expect(theirs.volunteer).toEqual({ insurancePolicies: null });
  }
  // The count is for admins; the public sees the program without it.
  const anonymous = expectNoErrors(await city.query(PROGRAM, { id: program.id }));
  expect(anonymous.insuranceProgram).toEqual({ id: program.id, enrolled: null, remaining: null });
});

test('many volunteers signing up at once never get more policies than the quota', async () => {
  const { code, program } = await campaignAndProgram(3);
  const project = await campaignProject(code, 20);
  const crowd = await volunteers(city, 12);
  const results = await Promise.all(crowd.map((v) => city.query(SIGN_UP, { shift: project.shifts[0].id }, v.token)));
  // Work that is not risky goes ahead without a policy once the policies are gone.
  expect(results.map((r) => expectNoErrors(r).signUp.status)).toEqual(Array(12).fill('CONFIRMED'));
  expect(await enrolledOf(program.id)).toBe(3);
  const issued: { policy_number: string }[] = await db().query(
    'SELECT policy_number FROM insurance_policy WHERE program_id = $1 ORDER BY 1',
    [program.id],
  );
  expect(issued.map((p) => p.policy_number)).toEqual([1, 2, 3].map((n) => `${program.prefix}-00000${n}`));
  const holders = await Promise.all(
    crowd.map(async (v) => expectNoErrors(await city.query(MY_POLICIES, {}, v.token)).myInsurancePolicies.length),
  );
  expect(holders.reduce((a, b) => a + b, 0)).toBe(3);
});

test('a risky project covered by a program publishes, and refuses places once its policies are gone', async () => {
  const { code, program } = await campaignAndProgram(2);
  const org = await orgAdminToken(city, ORG(1));
  const date = dayFromNow(10);
  const risky = projectInput({
    campaignCode: code,
    riskLevel: 'HIGH',
    startsOn: date,
    endsOn: date,
    shifts: [{ date, startTime: '09:00', endTime: '12:00', capacity: 10 }],
  });
  const CREATE = graphql(`
    mutation InsuranceCreateRisky($input: ProjectInput!) {
      createProject(input: $input) {
        id
      }
    }
  `);
  const PUBLISH = graphql(`
    mutation InsurancePublishRisky($id: ID!) {
      publishProject(id: $id) {
        id
        status
        insuranceProgram {
          id
        }
        campaign {
          code
        }
        shifts {
          id
          signedUpCount
        }
      }
    }
  `);
  const uncovered = expectNoErrors(await city.query(CREATE, { input: risky }, org)).createProject;
  expectError(await city.query(PUBLISH, { id: uncovered.id }, org), 'INSURANCE_REQUIRED');

  // A program that does not cover the project's campaign or category cannot be its cover.
  const elsewhere = await campaignAndProgram(5);
  const wrong = await city.query(CREATE, { input: { ...risky, insuranceProgramId: elsewhere.program.id } }, org);
  expect(expectError(wrong, 'BAD_USER_INPUT').message).toMatch(/covers neither/);

  const covered = expectNoErrors(
    await city.query(CREATE, { input: { ...risky, insuranceProgramId: program.id } }, org),
  ).createProject;
  const published = expectNoErrors(await city.query(PUBLISH, { id: covered.id }, org)).publishProject;
  expect(published).toMatchObject({ status: 'PUBLISHED', insuranceProgram: { id: program.id }, campaign: { code } });

  const crowd = await volunteers(city, 6);
  const results = await Promise.all(crowd.map((v) => city.query(SIGN_UP, { shift: published.shifts[0].id }, v.token)));
  const placed = results.filter((r) => !r.errors);
  expect(placed).toHaveLength(2);
  for (const r of results.filter((x) => x.errors))
    expect(expectError(r, 'INSURANCE_QUOTA_EXHAUSTED').message).toMatch(/nobody may serve it uncovered/);
  expect(await enrolledOf(program.id)).toBe(2);
  const [{ signed_up }] = await db().query('SELECT signed_up FROM shift WHERE id = $1', [published.shifts[0].id]);
  expect(signed_up).toBe(2);
  // Everyone who holds a place holds a policy.
  const policyHolders: { n: number }[] = await db().query(
    `SELECT count(*)::int AS n FROM signup s JOIN insurance_policy p ON p.volunteer_id = s.volunteer_id
      WHERE s.shift_id = $1 AND s.status = 'CONFIRMED' AND p.program_id = $2`,
    [published.shifts[0].id, program.id],
  );
  expect(policyHolders[0].n).toBe(2);
});

test('a deployment to major-event work enrols the volunteer in programs covering major events, once', async () => {
  const events = await campaignAndProgram(10, { campaignCodes: [], coversMajorEvents: true });
  const campaignOnly = await campaignAndProgram(10);
  const [v] = await volunteers(city, 1);
  const deployment = {
    deploymentId: crypto.randomUUID(),
    volunteerId: v.id,
    eventId: crypto.randomUUID(),
    eventName: '成都世界运动会',
    servedOn: dayFromNow(5),
  };
  // As the relay hands majorevents' event over; a replay changes nothing.
  await deliver(city, 'projects', 'event.deployed', deployment, 'majorevents');
  await deliver(city, 'projects', 'event.deployed', deployment, 'majorevents');
  const mine = expectNoErrors(await city.query(MY_POLICIES, {}, v.token)).myInsurancePolicies;
  expect(mine.map((p) => [p.policyNumber, p.program.id, p.project])).toEqual([
    [`${events.program.prefix}-000001`, events.program.id, null],
  ]);
  expect(await enrolledOf(campaignOnly.program.id)).toBe(0);

  // A deployment under a campaign is covered by that campaign's program too.
  await deliver(
    city,
    'projects',
    'event.deployed',
    { ...deployment, deploymentId: crypto.randomUUID(), campaignCode: campaignOnly.code },
    'majorevents',
  );
  expect(await enrolledOf(campaignOnly.program.id)).toBe(1);
  expect(await enrolledOf(events.program.id)).toBe(1);
  // Outside a program's period nothing is issued.
  const [late] = await volunteers(city, 1);
  await deliver(
    city,
    'projects',
    'event.deployed',
    { ...deployment, deploymentId: crypto.randomUUID(), volunteerId: late.id, servedOn: dayFromNow(60) },
    'majorevents',
  );
  expect(await enrolledOf(events.program.id)).toBe(1);
});
