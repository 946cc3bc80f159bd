import crypto from 'node:crypto';
import { expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { deliver } from '../testkit/events';
import { announceAdmins, dayFromNow, projectInput, publishedProject, volunteers } from './helpers';
import { ORG } from '../testkit/fixtures';
import { districtAdminToken, orgAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';

let city: City;
let admin1: string;
beforeAll(async () => {
  city = await startCity();
  admin1 = await orgAdminToken(city, ORG(1));
});
afterAll(() => city?.stop());

const CREATE = graphql(`
  mutation PublishingCreate($input: ProjectInput!) {
    createProject(input: $input) {
      ...HelpersProjectFields
    }
  }
`);
const PUBLISH = graphql(`
  mutation PublishingPublish($id: ID!) {
    publishProject(id: $id) {
      id
      status
      publishedAt
    }
  }
`);
const SIGN_UP = graphql(`
  mutation PublishingSignUp($shift: ID!) {
    signUp(shiftId: $shift) {
      id
      status
    }
  }
`);
const PROJECT = graphql(`
  query PublishingProject($id: ID!) {
    project(id: $id) {
      id
      title
      status
      contactPhone
      organization {
        name
      }
      district {
        name
      }
      category {
        name
      }
      subcategory {
        name
      }
    }
  }
`);

test('the taxonomy has the 10 major categories and 133 subcategories, in Chinese', async () => {
  const { serviceCategories } = expectNoErrors(
    await city.query(
      graphql(`
        query PublishingServiceCategories {
          serviceCategories {
            code
            name
            subcategories {
              code
              name
              categoryCode
            }
          }
        }
      `),
    ),
  );
  expect(serviceCategories.map((c) => c.name)).toEqual([
    '同心战疫',
    '五彩梦想',
    '青暖夕阳',
    '情满旅途',
    '社区治理',
    '文明交通',
    '环境保护',
    '文化传承',
    '应急救援',
    '赛会服务',
  ]);
  const subs = serviceCategories.flatMap((c) => c.subcategories.map((s) => ({ ...s, parent: c.code })));
  expect(subs).toHaveLength(133);
  for (const s of subs) expect(s.categoryCode).toBe(s.parent);
  expect(subs.find((s) => s.code === 'elderly.smartphone')?.name).toBe('智能手机教学');
  // The migration loaded the same data into the database.
  const [{ n }] = await city.subgraphs.get('projects')!.db.query('SELECT count(*)::int AS n FROM service_subcategory');
  expect(n).toBe(133);
});

test('an organization admin creates a draft with shifts; only it sees the draft until it is published', async () => {
  const input = projectInput();
  const { createProject: draft } = expectNoErrors(await city.query(CREATE, { input }, admin1));
  expect(draft).toMatchObject({ status: 'DRAFT', freePlaces: 0, shareCode: expect.stringMatching(/^[a-z0-9]{8}$/) });
  expect(draft.shifts).toEqual([
    expect.objectContaining({
      date: input.startsOn,
      startTime: '09:00',
      endTime: '11:30',
      startsAt: `${input.startsOn}T09:00:00+08:00`,
      endsAt: `${input.startsOn}T11:30:00+08:00`,
      capacity: 5,
      waitlistCapacity: 2,
      signedUpCount: 0,
      freePlaces: 5,
    }),
  ]);
  expect(expectNoErrors(await city.query(PROJECT, { id: draft.id })).project).toBeNull();
  expect(
    expectNoErrors(await city.query(PROJECT, { id: draft.id }, await orgAdminToken(city, ORG(2)))).project,
  ).toBeNull();
  expect(expectNoErrors(await city.query(PROJECT, { id: draft.id }, admin1)).project!.status).toBe('DRAFT');
  expect(
    expectNoErrors(
      await city.query(
        graphql(`
          query PublishingProjectByShareCode($c: String!) {
            projectByShareCode(code: $c) {
              id
            }
          }
        `),
        { c: draft.shareCode },
      ),
    ).projectByShareCode,
  ).toBeNull();

  const { publishProject } = expectNoErrors(await city.query(PUBLISH, { id: draft.id }, admin1));
  expect(publishProject.status).toBe('PUBLISHED');
  const { project } = expectNoErrors(await city.query(PROJECT, { id: draft.id }));
  expect(project).toMatchObject({
    title: input.title,
    organization: { name: '锦江区春熙路街道红星社区' },
    district: { name: '锦江区' },
    category: { name: '青暖夕阳' },
    subcategory: { name: '智能手机教学' },
    contactPhone: '138****1001', // masked for anonymous visitors
  });
  expect(
    expectNoErrors(
      await city.query(
        graphql(`
          query PublishingProjectByShareCode2($c: String!) {
            projectByShareCode(code: $c) {
              id
            }
          }
        `),
        { c: draft.shareCode },
      ),
    ).projectByShareCode!.id,
  ).toBe(draft.id);
});

describe("a contact person's mobile number is whole only for those who may need to call", () => {
  const PHONE = graphql(`
    query PublishingPhone($id: ID!) {
      project(id: $id) {
        contactPhone
      }
    }
  `);
  const env = {} as { projectId: string; signedUp: string; cancelled: string; partnerForSignedUp: string };
  beforeAll(async () => {
    const project = await publishedProject(city, ORG(1));
    const [signedUp, cancelled] = await volunteers(city, 2);
    const shift = project.shifts[0].id;
    expectNoErrors(await city.query(SIGN_UP, { shift }, signedUp.token));
    const gone = expectNoErrors(await city.query(SIGN_UP, { shift }, cancelled.token)).signUp;
    expectNoErrors(
      await city.query(
        graphql(`
          mutation PublishingCancelSignup($id: ID!) {
            cancelSignup(id: $id) {
              id
            }
          }
        `),
        { id: gone.id },
        cancelled.token,
      ),
    );
    const partnerForSignedUp = await city.token({
      role: 'partner',
      sub: signedUp.account,
      azp: 'tianfu-citizen-cloud',
      scope: 'volunteer:read projects:read',
    });
    Object.assign(env, {
      projectId: project.id,
      signedUp: signedUp.token,
      cancelled: cancelled.token,
      partnerForSignedUp,
    });
  });

  const callers: [string, string, () => Promise<string | undefined>][] = [
    ['a volunteer signed up on it', '13880011001', async () => env.signedUp],
    ["an admin of the project's organization", '13880011001', () => orgAdminToken(city, ORG(1))],
    ["an admin of the project's district", '13880011001', () => districtAdminToken(city, 'jinjiang')],
    ['a city admin', '13880011001', () => city.token({ role: 'city_admin', sub: 'city' })],
    ['an anonymous visitor', '138****1001', async () => undefined],
    ['a volunteer not signed up', '138****1001', () => city.token({ role: 'volunteer', sub: 'demo-volunteer-01' })],
    ['a volunteer who cancelled', '138****1001', async () => env.cancelled],
    ['a partner app, even for a signed-up citizen', '138****1001', async () => env.partnerForSignedUp],
    ['an admin of another organization', '138****1001', () => orgAdminToken(city, ORG(2))],
    ["another district's admin", '138****1001', () => districtAdminToken(city, 'pidu')],
  ];
  test.each(callers)('%s sees %s', async (_, expected, token) => {
    const res = await city.query(PHONE, { id: env.projectId }, await token());
    expect(expectNoErrors(res).project!.contactPhone).toBe(expected);
  });

  test('a page of 100 projects shows a partner app no whole number', async () => {
    const partner = await city.token({
      role: 'partner',
      sub: 'demo-volunteer-02',
      azp: 'tianfu-citizen-cloud',
      scope: 'volunteer:read projects:read',
    });
    const { projects } = expectNoErrors(
      await city.query(
        graphql(`
          query PublishingProjects {
            projects(first: 100) {
              edges {
                node {
                  contactPhone
                }
              }
            }
          }
        `),
        {},
        partner,
      ),
    );
    const mobiles = projects.edges.map((e) => e.node.contactPhone).filter((p) => p.startsWith('1'));
    expect(mobiles.length).toBeGreaterThan(0);
    for (const phone of mobiles) expect(phone).toMatch(/^1\d{2}\*{4}\d{4}$/);
  });
});

test('only admins of the project organization create, edit and publish it', async () => {
  const input = projectInput();
  expectError(await city.query(CREATE, { input }), 'UNAUTHENTICATED');
  expectError(
    await city.query(CREATE, { input }, await city.token({ role: 'volunteer', sub: 'demo-volunteer-01' })),
    'FORBIDDEN',
  );
  expectError(await city.query(CREATE, { input }, await city.token({ role: 'city_admin', sub: 'city' })), 'FORBIDDEN');
  const { createProject } = expectNoErrors(await city.query(CREATE, { input }, admin1));
  const other = await orgAdminToken(city, ORG(2));
  expectError(await city.query(PUBLISH, { id: createProject.id }, other), 'FORBIDDEN');
  expectError(
    await city.query(
      graphql(`
        mutation PublishingUpdateProject($id: ID!) {
          updateProject(id: $id, changes: { title: "被别人改掉的标题" }) {
            id
          }
        }
      `),
      { id: createProject.id },
      other,
    ),
    'FORBIDDEN',
  );
  expectError(await city.query(PUBLISH, { id: createProject.id }), 'UNAUTHENTICATED');
});

test('an unverified or suspended organization cannot publish', async () => {
  const admin14 = await orgAdminToken(city, ORG(14));
  const { createProject } = expectNoErrors(
    await city.query(CREATE, { input: projectInput({ districtCode: 'tianfu' }) }, admin14),
  );
  const refused = expectError(
    await city.query(PUBLISH, { id: createProject.id }, admin14),
    'ORGANIZATION_NOT_VERIFIED',
  );
  expect(refused.message).toMatch(/verified/);

  const orgId = crypto.randomUUID();
  const standing = {
    organizationId: orgId,
    name: '测试青年志愿者服务队',
    districtCode: 'pidu',
    verified: true,
    suspended: true,
  };
  await deliver(city, 'projects', 'organization.standing', standing);
  await deliver(city, 'projects', 'organization.standing', standing); // redelivery changes nothing
  await announceAdmins(city, orgId, ['admin-of-test-team'], 1);
  const admin = await orgAdminToken(city, orgId, 'admin-of-test-team');
  const { createProject: p } = expectNoErrors(await city.query(CREATE, { input: projectInput() }, admin));
  expectError(await city.query(PUBLISH, { id: p.id }, admin), 'ORGANIZATION_SUSPENDED');
  await deliver(city, 'projects', 'organization.standing', { ...standing, suspended: false });
  expect(expectNoErrors(await city.query(PUBLISH, { id: p.id }, admin)).publishProject.status).toBe('PUBLISHED');
});

test('a risky project publishes only if insured for its whole period; only its admins see the policy', async () => {
  const risky = projectInput({ riskLevel: 'HIGH', title: '龙泉山森林防火巡护' });
  const { createProject } = expectNoErrors(await city.query(CREATE, { input: risky }, admin1));
  expectError(await city.query(PUBLISH, { id: createProject.id }, admin1), 'INSURANCE_REQUIRED');
  const short = {
    insurer: '中国人寿成都分公司',
    policyNumber: 'CL-2026-0001',
    coversFrom: risky.startsOn,
    coversUntil: risky.startsOn,
  };
  const UPDATE = graphql(`
    mutation PublishingUpdateInsurance($id: ID!, $c: ProjectChanges!) {
      updateProject(id: $id, changes: $c) {
        id
        insurance {
          insurer
          coversUntil
        }
      }
    }
  `);
  expectNoErrors(await city.query(UPDATE, { id: createProject.id, c: { insurance: short } }, admin1));
  expectError(await city.query(PUBLISH, { id: createProject.id }, admin1), 'INSURANCE_REQUIRED');
  const full = { ...short, coversUntil: risky.endsOn };
  expect(
    expectNoErrors(await city.query(UPDATE, { id: createProject.id, c: { insurance: full } }, admin1)).updateProject
      .insurance!.coversUntil,
  ).toBe(risky.endsOn);
  expectNoErrors(await city.query(PUBLISH, { id: createProject.id }, admin1));
  const seen = (token?: string) =>
    city.query(
      graphql(`
        query PublishingProject2($id: ID!) {
          project(id: $id) {
            riskLevel
            insurance {
              policyNumber
            }
          }
        }
      `),
      { id: createProject.id },
      token,
    );
  expect(expectNoErrors(await seen()).project).toEqual({ riskLevel: 'HIGH', insurance: null });
  expect(expectNoErrors(await seen(admin1)).project!.insurance!.policyNumber).toBe('CL-2026-0001');
});

test('bad input to createProject is refused with the field named, and nothing is written', async () => {
  const { db } = city.subgraphs.get('projects')!;
  const [{ n: before }] = await db.query('SELECT count(*)::int AS n FROM project');
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ categoryCode: 'cooking' }, /categoryCode/],
    [{ subcategoryCode: 'traffic.intersection' }, /subcategoryCode must be a subcategory of elderly/],
    [{ districtCode: 'beijing' }, /districtCode/],
    [{ contactPhone: '12345' }, /contactPhone/],
    [{ title: '' }, /title/],
    [{ startsOn: '2026-02-30' }, /startsOn/],
    [{ endsOn: dayFromNow(1) }, /endsOn/],
    [{ latitude: 30.66 }, /latitude and longitude together/],
    [{ minimumAge: -1 }, /minimumAge/],
    [{ shifts: [] }, /shifts/],
    [
      { shifts: [{ date: dayFromNow(40), startTime: '09:00', endTime: '10:00', capacity: 5 }] },
      /outside the project period/,
    ],
    [{ shifts: [{ date: dayFromNow(10), startTime: '11:00', endTime: '10:00', capacity: 5 }] }, /end after it starts/],
    [{ shifts: [{ date: dayFromNow(10), startTime: '9am', endTime: '10:00', capacity: 5 }] }, /HH:MM/],
    [{ shifts: [{ date: dayFromNow(10), startTime: '09:00', endTime: '10:00', capacity: 0 }] }, /capacity/],
    [
      {
        shifts: [
          { date: dayFromNow(10), startTime: '09:00', endTime: '10:00', capacity: 3 },
          { date: dayFromNow(11), startTime: '09:00', endTime: '10:00', capacity: 3, waitlistCapacity: -1 },
        ],
      },
      /shifts\[1\]\.waitlistCapacity/,
    ],
  ];
  for (const [override, message] of cases) {
    const err = expectError(await city.query(CREATE, { input: projectInput(override) }, admin1), 'BAD_USER_INPUT');
    expect(err.message).toMatch(message);
  }
  const [{ n: after }] = await db.query('SELECT count(*)::int AS n FROM project');
  expect(after).toBe(before);
});

test('editing keeps the project valid as a whole; shifts can be added; a closed project is not editable', async () => {
  const p = await publishedProject(city, ORG(1));
  const UPDATE = graphql(`
    mutation PublishingUpdate($id: ID!, $c: ProjectChanges!) {
      updateProject(id: $id, changes: $c) {
        id
        title
        endsOn
      }
    }
  `);
  expect(
    expectNoErrors(await city.query(UPDATE, { id: p.id, c: { title: '社区老人智能手机课堂（第二期）' } }, admin1))
      .updateProject.title,
  ).toBe('社区老人智能手机课堂（第二期）');
  expectError(await city.query(UPDATE, { id: p.id, c: { endsOn: '2020-01-01' } }, admin1), 'BAD_USER_INPUT');
  // A shift is on day 10.
  expectError(await city.query(UPDATE, { id: p.id, c: { startsOn: dayFromNow(12) } }, admin1), 'BAD_USER_INPUT');
  expectError(await city.query(UPDATE, { id: 'nope', c: {} }, admin1), 'BAD_USER_INPUT');
  expectError(await city.query(UPDATE, { id: crypto.randomUUID(), c: {} }, admin1), 'NOT_FOUND');

  const ADD = graphql(`
    mutation PublishingAdd($id: ID!, $s: ShiftInput!) {
      addShift(projectId: $id, input: $s) {
        date
        startTime
        capacity
        project {
          freePlaces
          shifts {
            id
          }
        }
      }
    }
  `);
  const added = expectNoErrors(
    await city.query(
      ADD,
      { id: p.id, s: { date: dayFromNow(15), startTime: '14:00', endTime: '16:00', capacity: 7 } },
      admin1,
    ),
  ).addShift;
  expect(added).toMatchObject({ date: dayFromNow(15), startTime: '14:00', capacity: 7, project: { freePlaces: 12 } });
  expect(added.project.shifts).toHaveLength(2);
  expectError(
    await city.query(
      ADD,
      { id: p.id, s: { date: dayFromNow(30), startTime: '14:00', endTime: '16:00', capacity: 7 } },
      admin1,
    ),
    'BAD_USER_INPUT',
  );
  expectError(
    await city.query(
      ADD,
      { id: p.id, s: { date: dayFromNow(15), startTime: '14:00', endTime: '16:00', capacity: 7 } },
      await orgAdminToken(city, ORG(3)),
    ),
    'FORBIDDEN',
  );

  const CLOSE = graphql(`
    mutation PublishingClose($id: ID!) {
      closeProject(id: $id) {
        status
      }
    }
  `);
  expect(expectNoErrors(await city.query(CLOSE, { id: p.id }, admin1)).closeProject.status).toBe('CLOSED');
  expectError(await city.query(CLOSE, { id: p.id }, admin1), 'PROJECT_NOT_EDITABLE');
  expectError(await city.query(UPDATE, { id: p.id, c: { title: '关闭后再改' } }, admin1), 'PROJECT_NOT_EDITABLE');
  expectError(await city.query(PUBLISH, { id: p.id }, admin1), 'PROJECT_NOT_EDITABLE');
});

test('publishing needs a shift still to come and a complete record', async () => {
  const past = dayFromNow(-3);
  const input = projectInput({
    startsOn: past,
    endsOn: dayFromNow(20),
    shifts: [{ date: past, startTime: '09:00', endTime: '10:00', capacity: 3 }],
  });
  const { createProject } = expectNoErrors(await city.query(CREATE, { input }, admin1));
  expectError(await city.query(PUBLISH, { id: createProject.id }, admin1), 'NO_UPCOMING_SHIFT');
});

test('a converted need becomes a draft project of its organization, once, linked both ways', async () => {
  const needId = crypto.randomUUID();
  const startsOn = dayFromNow(25);
  const need = {
    needId,
    organizationId: ORG(2),
    districtCode: 'qingyang',
    title: '图书馆少儿区周末秩序维护',
    description: '周末少儿阅览区人多，需要志愿者维持秩序、引导家长。',
    categoryCode: 'community',
    startsOn,
    endsOn: startsOn,
    volunteersNeeded: 4,
    address: '青羊区人民中路一段8号',
  };
  await deliver(city, 'projects', 'need.converted', need);
  await deliver(city, 'projects', 'need.converted', need);
  const admin2 = await orgAdminToken(city, ORG(2));
  // Need is another subgraph's entity; through the gateway it is reached from Project.need.
  const [{ id }] = await city.subgraphs
    .get('projects')!
    .db.query('SELECT id FROM project WHERE need_id = $1', [needId]);
  const [{ n }] = await city.subgraphs
    .get('projects')!
    .db.query('SELECT count(*)::int AS n FROM project WHERE need_id = $1', [needId]);
  expect(n).toBe(1);
  const { project } = expectNoErrors(
    await city.query(
      graphql(`
        query PublishingProject3($id: ID!) {
          project(id: $id) {
            status
            title
            need {
              id
              project {
                id
              }
            }
            shifts {
              capacity
              startTime
              endTime
            }
          }
        }
      `),
      { id },
      admin2,
    ),
  );
  expect(project).toMatchObject({
    status: 'DRAFT',
    title: need.title,
    need: { id: needId, project: { id } },
    shifts: [{ capacity: 4, startTime: '09:00', endTime: '17:00' }],
  });
});
