import crypto from 'node:crypto';
import { eventKeysOf } from '../../gateway/keys';
import { SUBGRAPHS } from '../../schema/registry';
import { SIGNATURE_HEADER, signBatch } from '../../subgraphs/kit/runtime/event-keys';
import { countStatements, expectError, expectNoErrors, startCity, type City, type GqlResult } from '../testkit/city';
import { birthDateForAge, dayFromNow } from '../testkit/days';
import { ORG } from '../testkit/fixtures';
import { graphql } from '../testkit/generated';
import { cityAdminToken, orgAdminToken } from '../testkit/tokens';
import { publishedProject } from '../projects/helpers';
import { idNumberFor } from './roles';

/**
 * Training records (issue 17.2): the catalogue, records added by the organizer's admins or arriving from an event's
 * training attendance, shown in the volunteer's record and proof of service, and projects requiring a course.
 */

const env = {} as { city: City; people: { id: string; token: string }[] };

const REGISTER = graphql(`
  mutation TrainingRegister($input: RegisterVolunteerInput!) {
    registerVolunteer(input: $input) {
      id
    }
  }
`);

async function register(city: City, n: number) {
  const account = `training-volunteer-${n}`;
  const token = await city.token({ role: 'volunteer', sub: account });
  const birthDate = birthDateForAge(25 + n);
  const { registerVolunteer } = expectNoErrors(
    await city.query(
      REGISTER,
      {
        input: {
          realName: `张培${'一二三四'[n]}`,
          displayName: `学员${n}`,
          sex: 'FEMALE',
          birthDate,
          idNumber: idNumberFor(birthDate, 'FEMALE', 80 + n, '510104'),
          districtCode: 'jinjiang',
          phone: `1390000100${n}`,
          serviceCategories: ['community'],
          consent: { personalData: true },
        },
      },
      token,
    ),
  );
  return { id: registerVolunteer.id, token };
}

beforeAll(async () => {
  env.city = await startCity();
  env.people = [];
  for (let n = 0; n < 4; n++) env.people.push(await register(env.city, n));
  // Their registrations reach the projects subgraph's replica before anyone signs up.
  await env.city.settleEvents();
}, 180_000);

afterAll(() => env.city?.stop());

const CREATE_COURSE = graphql(`
  mutation TrainingCreateCourse($input: TrainingCourseInput!) {
    createTrainingCourse(input: $input) {
      code
      name
      studyHours
      organizer
      organization {
        id
      }
    }
  }
`);

const RECORD = graphql(`
  mutation TrainingRecord($input: RecordTrainingInput!) {
    recordTraining(input: $input) {
      id
      course {
        code
        name
      }
      completedOn
      studyHours
      organizer
      source
    }
  }
`);

const WITHDRAW = graphql(`
  mutation TrainingWithdraw($id: ID!) {
    withdrawTrainingRecord(id: $id) {
      id
      withdrawnAt
    }
  }
`);

const MY_TRAINING = graphql(`
  query TrainingMine {
    me {
      trainingRecords {
        id
        course {
          code
          name
          content
        }
        completedOn
        studyHours
        organizer
        source
      }
      trainingHours
      serviceProof {
        code
        trainings {
          courseCode
          courseName
          content
          studyHours
          organizer
          completedOn
        }
        trainingHours
      }
    }
  }
`);

const SIGN_UP = graphql(`
  mutation TrainingSignUp($shift: ID!) {
    signUp(shiftId: $shift) {
      id
      status
    }
  }
`);

const CANCEL = graphql(`
  mutation TrainingCancel($id: ID!) {
    cancelSignup(id: $id) {
      status
    }
  }
`);

/** Retries `attempt` until `done` holds of its answer (events travel between subgraphs), for at most 20 s. */
async function until<T>(attempt: () => Promise<GqlResult<T>>, done: (res: GqlResult<T>) => boolean) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const res = await attempt();
    if (done(res) || Date.now() > deadline) return res;
    await new Promise((r) => setTimeout(r, 200));
  }
}
const accepted = (res: GqlResult<unknown>) => !res.errors?.length;
const refusedForCourse = (res: GqlResult<unknown>) =>
  !!res.errors?.some((e) => e.extensions?.code === 'COURSE_REQUIRED');

const SIGN_COURSE = {
  code: 'ORG1-SIGN-LANGUAGE',
  name: '手语基础',
  content: '常用手语词汇、与听障人士沟通的礼仪和技巧',
  studyHours: 3,
  organizer: '锦江区春熙路街道志愿服务队',
};

test('the catalogue is public and holds the city’s baseline courses', async () => {
  const res = expectNoErrors(
    await env.city.query(
      graphql(`
        query TrainingCatalogue {
          trainingCourses {
            code
            name
            studyHours
            organizer
            organization {
              id
            }
          }
        }
      `),
    ),
  );
  const byCode = new Map(res.trainingCourses.map((c) => [c.code, c]));
  expect(byCode.get('GENERAL')).toEqual({
    code: 'GENERAL',
    name: '志愿服务通用培训',
    studyHours: 2,
    organizer: '共青团成都市委员会',
    organization: null,
  });
  expect(byCode.get('FIRST-AID')?.name).toBe('应急救护');
  expect(byCode.get('EVENT-ETIQUETTE')?.name).toBe('赛会礼仪');
  expect(byCode.get('TRANSLATION')?.name).toBe('外语翻译');
});

test('an org admin adds a course of their own organization; others cannot add one or reuse a code', async () => {
  const org1 = await orgAdminToken(env.city, ORG(1));
  const created = expectNoErrors(await env.city.query(CREATE_COURSE, { input: SIGN_COURSE }, org1));
  expect(created.createTrainingCourse).toEqual({
    code: SIGN_COURSE.code,
    name: SIGN_COURSE.name,
    studyHours: 3,
    organizer: SIGN_COURSE.organizer,
    organization: { id: ORG(1) },
  });
  expectError(await env.city.query(CREATE_COURSE, { input: SIGN_COURSE }, org1), 'CONFLICT');
  const volunteer = env.people[0].token;
  expectError(await env.city.query(CREATE_COURSE, { input: { ...SIGN_COURSE, code: 'MINE' } }, volunteer), 'FORBIDDEN');
  const bad = expectError(
    await env.city.query(CREATE_COURSE, { input: { ...SIGN_COURSE, code: 'a b', studyHours: 0 } }, org1),
    'BAD_USER_INPUT',
  );
  expect(bad.message).toMatch(/code/);
});

test('a record by the organizer’s admin shows in record and proof; another org’s admin cannot add it', async () => {
  const [a] = env.people;
  const input = { volunteerId: a.id, courseCode: SIGN_COURSE.code, completedOn: dayFromNow(-5) };
  const proofBefore = expectNoErrors(await env.city.query(MY_TRAINING, {}, a.token)).me!.serviceProof!;
  expect(proofBefore.trainings).toEqual([]);

  // Organization 2's admin, and a city course's recording by an organization admin, are refused.
  const other = await orgAdminToken(env.city, ORG(2));
  const refused = expectError(await env.city.query(RECORD, { input }, other), 'FORBIDDEN');
  expect(refused.message).toMatch(/organization that organizes this course/);
  const org1 = await orgAdminToken(env.city, ORG(1));
  expectError(await env.city.query(RECORD, { input: { ...input, courseCode: 'GENERAL' } }, org1), 'FORBIDDEN');
  expectError(await env.city.query(RECORD, { input }, a.token), 'FORBIDDEN');

  const recorded = expectNoErrors(await env.city.query(RECORD, { input }, org1)).recordTraining;
  expect(recorded).toMatchObject({
    course: { code: SIGN_COURSE.code, name: SIGN_COURSE.name },
    completedOn: input.completedOn,
    studyHours: 3,
    organizer: SIGN_COURSE.organizer,
    source: 'RECORDED',
  });
  const again = expectError(await env.city.query(RECORD, { input }, org1), 'TRAINING_ALREADY_RECORDED');
  expect(again.message).toContain(SIGN_COURSE.name);

  // A city admin records the city's general course with hours of their own.
  const city = await cityAdminToken(env.city);
  expectNoErrors(
    await env.city.query(
      RECORD,
      { input: { volunteerId: a.id, courseCode: 'GENERAL', completedOn: dayFromNow(-20), studyHours: 1.5 } },
      city,
    ),
  );

  const mine = expectNoErrors(await env.city.query(MY_TRAINING, {}, a.token)).me!;
  expect(mine.trainingRecords!.map((r) => [r.course.code, r.studyHours, r.completedOn])).toEqual([
    [SIGN_COURSE.code, 3, input.completedOn],
    ['GENERAL', 1.5, dayFromNow(-20)],
  ]);
  expect(mine.trainingRecords![0].course.content).toBe(SIGN_COURSE.content);
  expect(mine.trainingHours).toBe(4.5);
  const proof = mine.serviceProof!;
  expect(proof.code).not.toBe(proofBefore.code);
  expect(proof.trainingHours).toBe(4.5);
  expect(proof.trainings).toEqual([
    {
      courseCode: SIGN_COURSE.code,
      courseName: SIGN_COURSE.name,
      content: SIGN_COURSE.content,
      studyHours: 3,
      organizer: SIGN_COURSE.organizer,
      completedOn: input.completedOn,
    },
    {
      courseCode: 'GENERAL',
      courseName: '志愿服务通用培训',
      content: expect.stringContaining('志愿服务理念'),
      studyHours: 1.5,
      organizer: '共青团成都市委员会',
      completedOn: dayFromNow(-20),
    },
  ]);
  // Anyone holding the code verifies the training it states.
  const verified = expectNoErrors(
    await env.city.query(
      graphql(`
        query TrainingVerifyProof($code: String!) {
          verifyServiceProof(code: $code) {
            trainings {
              courseName
              studyHours
            }
            trainingHours
          }
        }
      `),
      { code: proof.code },
    ),
  ).verifyServiceProof!;
  expect(verified).toEqual({
    trainings: [
      { courseName: SIGN_COURSE.name, studyHours: 3 },
      { courseName: '志愿服务通用培训', studyHours: 1.5 },
    ],
    trainingHours: 4.5,
  });
  // Another volunteer reads none of it.
  const seen = expectNoErrors(
    await env.city.query(
      graphql(`
        query TrainingOthers($id: ID!) {
          volunteer(id: $id) {
            trainingRecords {
              id
            }
            trainingHours
          }
        }
      `),
      { id: a.id },
      env.people[1].token,
    ),
  ).volunteer!;
  expect(seen).toEqual({ trainingRecords: null, trainingHours: null });
});

test('a project requiring a course refuses those without it, takes them once recorded, not withdrawn', async () => {
  const org1 = await orgAdminToken(env.city, ORG(1));
  const unknown = await env.city.query(
    graphql(`
      mutation TrainingCreateBadProject($input: ProjectInput!) {
        createProject(input: $input) {
          id
        }
      }
    `),
    {
      input: {
        title: '不存在课程的项目',
        description: '要求一门目录里没有的课程。',
        categoryCode: 'elderly',
        subcategoryCode: 'elderly.smartphone',
        districtCode: 'jinjiang',
        address: '锦江区春熙路街道红星社区活动室',
        contactName: '陈晓燕',
        contactPhone: '13880011001',
        startsOn: dayFromNow(10),
        endsOn: dayFromNow(10),
        requiredCourseCode: 'NO-SUCH-COURSE',
        shifts: [{ date: dayFromNow(10), startTime: '09:00', endTime: '11:00', capacity: 1 }],
      },
    },
    org1,
  );
  expect(expectError(unknown, 'BAD_USER_INPUT').message).toContain('NO-SUCH-COURSE');

  const project = await publishedProject(env.city, ORG(1), {
    title: '社区应急救护宣传站',
    requiredCourseCode: 'FIRST-AID',
    shifts: [{ date: dayFromNow(10), startTime: '09:00', endTime: '11:30', capacity: 1, waitlistCapacity: 2 }],
  });
  const shift = project.shifts[0].id;
  const shown = expectNoErrors(
    await env.city.query(
      graphql(`
        query TrainingProjectCourse($id: ID!) {
          project(id: $id) {
            requiredCourse {
              code
              name
              studyHours
            }
          }
        }
      `),
      { id: project.id },
    ),
  ).project!;
  expect(shown.requiredCourse).toEqual({ code: 'FIRST-AID', name: '应急救护', studyHours: 4 });

  const [, b, c] = env.people;
  const refused = expectError(await env.city.query(SIGN_UP, { shift }, b.token), 'COURSE_REQUIRED');
  expect(refused.message).toContain('应急救护');

  const city = await cityAdminToken(env.city);
  const record = expectNoErrors(
    await env.city.query(
      RECORD,
      { input: { volunteerId: b.id, courseCode: 'FIRST-AID', completedOn: dayFromNow(-1) } },
      city,
    ),
  ).recordTraining;
  const signup = expectNoErrors(await until(() => env.city.query(SIGN_UP, { shift }, b.token), accepted)).signUp;
  expect(signup.status).toBe('CONFIRMED');

  // The shift is full now: a volunteer without the course is refused for the course, not put on the waitlist.
  expectError(await env.city.query(SIGN_UP, { shift }, c.token), 'COURSE_REQUIRED');

  // Withdrawn: refused again (after cancelling the place they held).
  expectNoErrors(await env.city.query(CANCEL, { id: signup.id }, b.token));
  const withdrawn = expectNoErrors(await env.city.query(WITHDRAW, { id: record.id }, city)).withdrawTrainingRecord;
  expect(withdrawn.withdrawnAt).not.toBeNull();
  expectError(await env.city.query(WITHDRAW, { id: record.id }, city), 'CONFLICT');
  const again = await until(() => env.city.query(SIGN_UP, { shift }, b.token), refusedForCourse);
  expect(expectError(again, 'COURSE_REQUIRED').message).toContain('应急救护');
  const mine = expectNoErrors(await env.city.query(MY_TRAINING, {}, b.token)).me!;
  expect(mine.trainingRecords).toEqual([]);
  expect(mine.trainingHours).toBe(0);
  // The person's data export still tells what was recorded and when it was withdrawn.
  const exported = expectNoErrors(
    await env.city.query(
      graphql(`
        query TrainingExport {
          myPersonalData {
            volunteers
          }
        }
      `),
      {},
      b.token,
    ),
  ).myPersonalData.volunteers as { trainingRecords: { courseCode: string; withdrawnAt: string | null }[] };
  expect(exported.trainingRecords).toEqual([
    expect.objectContaining({ courseCode: 'FIRST-AID', withdrawnAt: withdrawn.withdrawnAt }),
  ]);
});

test('recording one course for one volunteer many times at once leaves one record', async () => {
  const c = env.people[2];
  const city = await cityAdminToken(env.city);
  const input = { volunteerId: c.id, courseCode: 'TRANSLATION', completedOn: dayFromNow(-4) };
  const results = await Promise.all(Array.from({ length: 8 }, () => env.city.query(RECORD, { input }, city)));
  expect(results.filter((r) => !r.errors?.length)).toHaveLength(1);
  for (const r of results.filter((x) => x.errors?.length)) expectError(r, 'TRAINING_ALREADY_RECORDED');
  const mine = expectNoErrors(await env.city.query(MY_TRAINING, {}, c.token)).me!;
  expect(mine.trainingRecords!.map((r) => r.course.code)).toEqual(['TRANSLATION']);
  expect(mine.trainingHours).toBe(6);
});

test('pages of projects and of volunteers resolve courses and records in fixed statements', async () => {
  for (const [i, code] of ['GENERAL', 'TRANSLATION', 'ELDERLY-CARE'].entries())
    await publishedProject(env.city, ORG(1), {
      title: `培训要求项目${i}`,
      requiredCourseCode: code,
      shifts: [{ date: dayFromNow(15), startTime: '14:00', endTime: '16:00', capacity: 2 }],
    });
  const LIST = graphql(`
    query TrainingProjectCourses($first: Int) {
      projects(first: $first, filter: { keyword: "培训要求项目" }) {
        edges {
          node {
            requiredCourse {
              name
              organizer
            }
          }
        }
      }
    }
  `);
  for (const first of [1, 3]) {
    let names: (string | undefined)[] = [];
    const counted = await countStatements(env.city, async () => {
      const res = expectNoErrors(await env.city.query(LIST, { first }));
      names = res.projects.edges.map((e) => e.node.requiredCourse?.name);
    });
    expect(names.filter(Boolean)).toHaveLength(first);
    // One statement for every course on the page.
    expect(counted.volunteers).toBe(1);
  }
  const VOLUNTEERS = graphql(`
    query TrainingVolunteerRecords($first: Int) {
      volunteers(first: $first) {
        edges {
          node {
            trainingRecords {
              course {
                name
              }
            }
            trainingHours
          }
        }
      }
    }
  `);
  const admin = await cityAdminToken(env.city);
  const counts: number[] = [];
  for (const first of [2, 20]) {
    const counted = await countStatements(env.city, async () => {
      const res = expectNoErrors(await env.city.query(VOLUNTEERS, { first }, admin));
      expect(res.volunteers.edges.some((e) => e.node.trainingRecords?.length)).toBe(true);
    });
    counts.push(counted.volunteers);
  }
  expect(counts[1]).toBe(counts[0]);
});

test('event training attendance (training.completed, posted to the inbox as a relay does) is one record', async () => {
  const d = env.people[3];
  const volunteers = env.city.subgraphs.get('volunteers')!;
  // majorevents sends this event; until it is in the registry, another peer's signed batch reaches the same consumer.
  const producer = SUBGRAPHS.some((s) => s.name === 'majorevents') ? 'majorevents' : 'projects';
  const attendanceId = crypto.randomUUID();
  const event = (id: string) => ({
    id,
    type: 'training.completed',
    source: producer,
    occurredAt: new Date().toISOString(),
    payload: {
      attendanceId,
      volunteerId: d.id,
      courseCode: 'EVENT-ETIQUETTE',
      completedOn: dayFromNow(-2),
      studyHours: 3,
      organizer: '成都大运会志愿者部',
    },
  });
  const post = async (events: object[]) => {
    const body = JSON.stringify({ source: producer, events });
    const res = await fetch(`http://127.0.0.1:${volunteers.port}/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: signBatch(eventKeysOf(env.city.keys, producer).own, body),
      },
      body,
    });
    expect(res.status).toBe(200);
  };
  const first = event(crypto.randomUUID());
  await post([first]);
  // Redelivered, and announced again under another event id: the attendance is recorded once.
  await post([first, event(crypto.randomUUID())]);

  const mine = expectNoErrors(await env.city.query(MY_TRAINING, {}, d.token)).me!;
  expect(mine.trainingRecords).toEqual([
    {
      id: expect.any(String),
      course: { code: 'EVENT-ETIQUETTE', name: '赛会礼仪', content: expect.any(String) },
      completedOn: dayFromNow(-2),
      studyHours: 3,
      organizer: '成都大运会志愿者部',
      source: 'EVENT',
    },
  ]);
  expect(mine.serviceProof!.trainings.map((t) => t.courseName)).toEqual(['赛会礼仪']);

  // The record reaches the projects subgraph: a project requiring the course accepts the volunteer.
  const project = await publishedProject(env.city, ORG(1), {
    title: '赛会礼仪引导服务',
    requiredCourseCode: 'EVENT-ETIQUETTE',
    shifts: [{ date: dayFromNow(12), startTime: '09:00', endTime: '11:30', capacity: 3 }],
  });
  const res = await until(() => env.city.query(SIGN_UP, { shift: project.shifts[0].id }, d.token), accepted);
  expect(expectNoErrors(res).signUp.status).toBe('CONFIRMED');
});
