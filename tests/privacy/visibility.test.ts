import {
  CALLER_ROLES,
  VISIBILITY,
  visibilityOf,
  type CallerRole,
  type PersonalFieldKey,
  type Visibility,
} from '../../subgraphs/kit/city/visibility';
import { expectNoErrors, startCity, type City, type GqlResult } from '../testkit/city';
import { birthDateForAge, chengduDay, dayFromNow } from '../testkit/days';
import { ORG } from '../testkit/fixtures';
import { districtAdminToken, orgAdminToken, statisticsViewerToken } from '../testkit/tokens';
import { projectInput } from '../projects/helpers';
import { idNumberFor } from '../volunteers/roles';
import { graphql } from '../testkit/generated';
import { ADD_ROLE, ADD_SHIFT, APPLY, DEPLOY, FORM, SCREEN, at, newEvent } from '../majorevents/helpers';

/**
 * Every cell of the visibility table (subgraphs/kit/city/visibility.ts), checked through the gateway: for an adult
 * and a 12-year-old, each personal field is read as each kind of caller and compared with what the table says the
 * caller gets. A rule loosened anywhere (a subgraph showing more than its row) fails the cell it concerns.
 */

interface Subject {
  label: 'adult' | 'minor';
  account: string;
  id: string;
  realName: string;
  publicName: string;
  sex: 'MALE' | 'FEMALE';
  birthDate: string;
  idNumber: string;
  phone: string;
  guardianPhone: string | null;
  registeredAt: string;
  feedToken: string;
  /** The calendar feed token the consented app reads for the subject (its own, revoked with its consent). */
  appFeedToken: string;
  signupA: string;
  needId: string;
  needContact: { phone: string; addressDetail: string };
  standby: { skills: string[]; availability: { weekday: 'SATURDAY'; from: string; to: string }[] };
  shuangliuSlot: string;
  family: string;
  /** Their deployment into yesterday's shift of a major event hosted by ORG 1, with the hours recorded. */
  majorEventDeployment: { id: string; hours: number };
}

const HOME = 'jinjiang';
const CONTACT_PHONE = '13880011001';
const env = {} as {
  city: City;
  subjects: Record<'adult' | 'minor', Subject>;
  projectA: string;
  projectB: string;
  tokens: Record<'adult' | 'minor', Record<CallerRole, string | undefined>>;
  /** The minor's confirmed guardian, who gives and withdraws her consents. */
  guardian: string;
};

const REGISTER = graphql(`
  mutation PrivacyRegister($input: RegisterVolunteerInput!) {
    registerVolunteer(input: $input) {
      id
      memberSince
    }
  }
`);

async function register(city: City, label: 'adult' | 'minor'): Promise<Subject> {
  const adult = label === 'adult';
  const account = `privacy-${label}`;
  const sex = adult ? 'MALE' : 'FEMALE';
  const birthDate = birthDateForAge(adult ? 30 : 12);
  const s = {
    label,
    account,
    realName: adult ? '王小明' : '林小雨',
    publicName: adult ? '王*明' : '青聚志愿者',
    sex,
    birthDate,
    idNumber: idNumberFor(birthDate, sex, adult ? 71 : 72, '510104'),
    phone: adult ? '13912345678' : '13987654321',
    guardianPhone: adult ? null : '13700001111',
  } as Subject;
  const token = await city.token({ role: 'volunteer', sub: account });
  const { registerVolunteer } = expectNoErrors(
    await city.query(
      REGISTER,
      {
        input: {
          realName: s.realName,
          sex,
          birthDate,
          idNumber: s.idNumber,
          districtCode: HOME,
          phone: s.phone,
          serviceCategories: ['community'],
          consent: {
            personalData: true,
            guardian: adult ? null : { name: '林大山', relation: '父亲', phone: s.guardianPhone! },
          },
        },
      },
      token,
    ),
  );
  s.id = registerVolunteer.id;
  s.registeredAt = registerVolunteer.memberSince!;
  return s;
}

/** The partner app of the table's partner columns, and a consent covering every kind of data and purpose. */
const APP = 'tianfu-citizen-cloud';
const GRANT = graphql(`
  mutation PrivacyGrantConsent($input: GrantConsentInput!) {
    grantConsent(input: $input) {
      status
    }
  }
`);
const WITHDRAW = graphql(`
  mutation PrivacyWithdrawConsent($input: WithdrawConsentInput!) {
    withdrawConsent(input: $input) {
      status
    }
  }
`);

/**
 * The subjects consent to the app: the adult in person; for the 12-year-old, the guardian recorded at her
 * registration, registered with that mobile number, confirms being her guardian and consents with their own account.
 */
async function consentToApp(city: City, adult: Subject, minor: Subject): Promise<string> {
  const guardianAccount = 'privacy-guardian';
  const guardian = await city.token({ role: 'volunteer', sub: guardianAccount });
  const birthDate = birthDateForAge(40);
  expectNoErrors(
    await city.query(
      REGISTER,
      {
        input: {
          realName: '林大山',
          sex: 'MALE',
          birthDate,
          idNumber: idNumberFor(birthDate, 'MALE', 73, '510104'),
          districtCode: HOME,
          phone: minor.guardianPhone!,
          serviceCategories: ['community'],
          consent: { personalData: true },
        },
      },
      guardian,
    ),
  );
  expectNoErrors(
    await city.query(
      graphql(`
        mutation PrivacyConfirmGuardian($id: ID!) {
          confirmGuardianship(volunteerId: $id) {
            id
          }
        }
      `),
      { id: minor.id },
      guardian,
    ),
  );
  const input = {
    recipient: 'APP' as const,
    appId: APP,
    purposes: ['SHOW_MY_RECORDS' as const, 'SIGN_UP_FOR_ME' as const, 'REMIND_ME' as const],
    kinds: ['PROFILE' as const, 'CONTACT' as const, 'SERVICE_RECORDS' as const, 'ACTIVITY' as const],
  };
  // And to their organizers, for contact details: the projectOrgAdmin column of `organizerContact`.
  const organizers = {
    recipient: 'ORGANIZERS' as const,
    purposes: ['REMIND_ME' as const],
    kinds: ['CONTACT' as const],
  };
  const self = await city.token({ role: 'volunteer', sub: adult.account });
  for (const consent of [input, organizers]) {
    expect(expectNoErrors(await city.query(GRANT, { input: consent }, self)).grantConsent.status).toBe('ACTIVE');
    const forChild = await city.query(GRANT, { input: { ...consent, volunteerId: minor.id } }, guardian);
    expect(expectNoErrors(forChild).grantConsent.status).toBe('ACTIVE');
  }
  return guardian;
}

const SIGN_UP = graphql(`
  mutation PrivacySignUp($shift: ID!) {
    signUp(shiftId: $shift) {
      id
    }
  }
`);
const publish = async (city: City, title: string, day: number) => {
  const token = await orgAdminToken(city, ORG(1));
  const created = expectNoErrors(
    await city.query(
      graphql(`
        mutation PrivacyCreateProject($input: ProjectInput!) {
          createProject(input: $input) {
            id
          }
        }
      `),
      {
        input: projectInput({
          title,
          districtCode: HOME,
          contactPhone: CONTACT_PHONE,
          startsOn: dayFromNow(day),
          endsOn: dayFromNow(day),
          shifts: [{ date: dayFromNow(day), startTime: '09:00', endTime: '11:30', capacity: 5, waitlistCapacity: 2 }],
        }),
      },
      token,
    ),
  ).createProject;
  return expectNoErrors(
    await city.query(
      graphql(`
        mutation PrivacyPublishProject($id: ID!) {
          publishProject(id: $id) {
            id
            shifts {
              id
            }
          }
        }
      `),
      { id: created.id },
      token,
    ),
  ).publishProject;
};

beforeAll(async () => {
  const city = (env.city = await startCity());
  const subjects = { adult: await register(city, 'adult'), minor: await register(city, 'minor') };
  env.guardian = await consentToApp(city, subjects.adult, subjects.minor);
  // Each subject completed the city's general course, recorded by a city admin: their training record.
  const recorder = await city.token({ role: 'city_admin', sub: 'privacy-training-recorder' });
  for (const s of Object.values(subjects))
    expectNoErrors(
      await city.query(
        graphql(`
          mutation PrivacyRecordTraining($input: RecordTrainingInput!) {
            recordTraining(input: $input) {
              id
            }
          }
        `),
        { input: { volunteerId: s.id, courseCode: 'GENERAL', completedOn: dayFromNow(-3) } },
        recorder,
      ),
    );
  await city.settleEvents();
  const a = await publish(city, '社区隐私测试项目甲', 10);
  const b = await publish(city, '社区隐私测试项目乙', 12);
  env.projectA = a.id;
  env.projectB = b.id;
  for (const s of Object.values(subjects)) {
    const self = await city.token({ role: 'volunteer', sub: s.account });
    s.signupA = expectNoErrors(await city.query(SIGN_UP, { shift: a.shifts[0].id }, self)).signUp.id;
    expectNoErrors(await city.query(SIGN_UP, { shift: b.shifts[0].id }, self));
    s.feedToken = expectNoErrors(
      await city.query(
        graphql(`
          query PrivacyCalendarFeedToken {
            myCalendarFeedToken
          }
        `),
        {},
        self,
      ),
    ).myCalendarFeedToken;
    s.needContact = { phone: s.phone, addressDetail: `${s.label === 'adult' ? 3 : 5}栋2单元501` };
    s.needId = expectNoErrors(
      await city.query(
        graphql(`
          mutation PrivacyPostNeed($input: WuhouPostNeedInput!) {
            wuhouPostNeed(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            title: '陪老人去社区医院量血压',
            street: '玉林街道',
            community: '玉林北路社区',
            neededAt: new Date(Date.now() + 48 * 3_600_000).toISOString(),
            estimatedHours: 1,
            ...s.needContact,
          },
        },
        self,
      ),
    ).wuhouPostNeed.id;
  }
  // Each subject stands by in Jinniu's pool and holds a place at Shuangliu's airport post tomorrow morning.
  const t2Arrivals = 'b1160000-0000-4000-8000-000000000002';
  const tomorrow = chengduDay(new Date(Date.now() + 86_400_000).toISOString());
  const rota = expectNoErrors(
    await city.query(
      graphql(`
        query PrivacyShuangliuRota($post: ID!, $day: String!) {
          shuangliu {
            post(id: $post) {
              rota(day: $day) {
                id
              }
            }
          }
        }
      `),
      { post: t2Arrivals, day: tomorrow },
    ),
  ).shuangliu.post!.rota;
  for (const s of Object.values(subjects)) {
    const self = await city.token({ role: 'volunteer', sub: s.account });
    s.standby = {
      skills: ['手语', s.label === 'adult' ? '应急通信' : '外语翻译'],
      availability: [{ weekday: 'SATURDAY', from: s.label === 'adult' ? '09:00' : '13:00', to: '17:00' }],
    };
    expectNoErrors(
      await city.query(
        graphql(`
          mutation PrivacyJinniuJoin($input: JinniuStandbyInput!) {
            jinniuJoinStandby(input: $input) {
              skills
            }
          }
        `),
        { input: s.standby },
        self,
      ),
    );
    s.shuangliuSlot = rota[0].id;
    expectNoErrors(
      await city.query(
        graphql(`
          mutation PrivacyShuangliuTake($slot: ID!) {
            shuangliuTakeSlot(slotId: $slot) {
              takenAt
            }
          }
        `),
        { slot: s.shuangliuSlot },
        self,
      ),
    );
  }
  // The adult founds a Chenghua family and, as guardian, adds the 12-year-old: both are its members.
  const family = expectNoErrors(
    await city.query(
      graphql(`
        mutation PrivacyChenghuaFamily($name: String!) {
          chenghuaCreateFamily(name: $name) {
            id
          }
        }
      `),
      { name: '王家' },
      await city.token({ role: 'volunteer', sub: subjects.adult.account }),
    ),
  ).chenghuaCreateFamily.id;
  expectNoErrors(
    await city.query(
      graphql(`
        mutation PrivacyChenghuaAddChild($id: ID!) {
          chenghuaAddMember(volunteerId: $id) {
            role
          }
        }
      `),
      { id: subjects.minor.id },
      await city.token({ role: 'volunteer', sub: subjects.adult.account }),
    ),
  );
  subjects.adult.family = family;
  subjects.minor.family = family;
  // Each subject applies with the form to a role of a major event hosted by ORG 1 (the projectOrgAdmin's unit), is
  // selected, deployed into yesterday's shift, and has the hours recorded.
  const host = await orgAdminToken(city, ORG(1));
  const event = await newEvent(city, '隐私测试国际论坛', -2, 5, { hostOrganizationId: ORG(1) });
  const input = { eventId: event.id, name: '礼宾', kind: 'ETIQUETTE' as const, places: 5 };
  const role = expectNoErrors(await city.query(ADD_ROLE, { input }, host)).addMajorEventRole;
  const shiftInput = {
    eventId: event.id,
    roleId: role.id,
    startsAt: at(-1, '09:00'),
    endsAt: at(-1, '13:00'),
    places: 5,
  };
  const shift = expectNoErrors(await city.query(ADD_SHIFT, { input: shiftInput }, host)).addMajorEventShift;
  for (const s of Object.values(subjects)) {
    const self = await city.token({ role: 'volunteer', sub: s.account });
    const applied = expectNoErrors(await city.query(APPLY, { input: { roleId: role.id, ...FORM } }, self));
    const id = applied.applyToMajorEventRole.id;
    expectNoErrors(await city.query(SCREEN, { id, decision: 'SELECTED' }, host));
    const deployed = expectNoErrors(await city.query(DEPLOY, { shift: shift.id, volunteer: s.id }, host));
    const hours = s.label === 'adult' ? 3.5 : 2;
    const recorded = await city.query(
      graphql(`
        mutation PrivacyMajorEventHours($id: ID!, $hours: Float!) {
          recordMajorEventHours(deploymentId: $id, hours: $hours) {
            id
            hours
          }
        }
      `),
      { id: deployed.deployToMajorEventShift.id, hours },
      host,
    );
    s.majorEventDeployment = expectNoErrors(recorded).recordMajorEventHours as { id: string; hours: number };
  }
  // Project B is cancelled: each subject gets a notification about it.
  expectNoErrors(
    await city.query(
      graphql(`
        mutation PrivacyCancelProject($id: ID!) {
          cancelProject(id: $id, reason: "场地临时关闭") {
            id
          }
        }
      `),
      { id: b.id },
      await orgAdminToken(city, ORG(1)),
    ),
  );
  env.subjects = subjects;
  const common = {
    anonymous: undefined,
    otherVolunteer: await city.token({ role: 'volunteer', sub: 'demo-volunteer-03' }),
    projectOrgAdmin: await orgAdminToken(city, ORG(1)),
    otherOrgAdmin: await orgAdminToken(city, ORG(2)),
    homeDistrictAdmin: await districtAdminToken(city, HOME),
    otherDistrictAdmin: await districtAdminToken(city, 'pidu'),
    cityAdmin: await city.token({ role: 'city_admin', sub: 'privacy-city-admin' }),
    statisticsViewer: await statisticsViewerToken(city),
  };
  const forSubject = async (s: Subject) => {
    const partner = await city.token({
      role: 'partner',
      sub: s.account,
      azp: 'tianfu-citizen-cloud',
      scope: 'volunteer:read project:signup calendar:read',
    });
    return {
      ...common,
      self: await city.token({ role: 'volunteer', sub: s.account }),
      partnerWithConsent: partner,
      partnerWithoutConsent: partner,
    };
  };
  env.tokens = { adult: await forSubject(subjects.adult), minor: await forSubject(subjects.minor) };
  await city.settleEvents();
  for (const s of Object.values(subjects)) {
    const app = env.tokens[s.label].partnerWithConsent!;
    s.appFeedToken = expectNoErrors(
      await city.query(
        graphql(`
          query PrivacyAppCalendarFeedToken {
            myCalendarFeedToken
          }
        `),
        {},
        app,
      ),
    ).myCalendarFeedToken;
  }
}, 180_000);

afterAll(() => env.city?.stop());

type Maybe<T> = T | null | undefined;

/**
 * What the probes' queries can answer. Each probe's query is built for its subject at run time (so codegen cannot
 * type it) and asks for one part of this, so every field may be missing.
 */
interface ProbeData {
  volunteer?: Maybe<{
    displayName?: string;
    memberSince?: Maybe<string>;
    card?: { displayName: string; memberSince: Maybe<string> };
    district?: Maybe<{ code: string }>;
    profile?: Maybe<{
      realName?: Maybe<string>;
      sex?: Maybe<string>;
      birthDate?: Maybe<string>;
      idNumber?: Maybe<string>;
      phone?: Maybe<string>;
      guardian?: Maybe<{ phone: Maybe<string> }>;
    }>;
    organizerContact?: Maybe<{ realName: string; phone: string }>;
    serviceProof?: unknown;
    confirmedHours?: number;
    starLevel?: number;
    serviceRecords?: unknown;
    trainingRecords?: unknown;
    trainingHours?: Maybe<number>;
    signups?: Maybe<{ id: string }[]>;
    calendar?: Maybe<{ id: string }[]>;
    pidu?: unknown;
    xinjin?: unknown;
    wuhou?: unknown;
    shuangliu?: unknown;
    longquanyi?: unknown;
    majorEventApplications?: unknown;
    majorEventDeployments?: unknown;
  }>;
  myNotifications?: Maybe<{ edges: { node: { kind: string; project: Maybe<{ id: string }> } }[] }>;
  myCalendarFeedToken?: Maybe<string>;
  project?: Maybe<{ shifts?: { signups: { id: string }[] }[]; contactPhone?: Maybe<string> }>;
  wuhou?: Maybe<{ need?: Maybe<{ contact: unknown }> }>;
  jinniu?: Maybe<{ myStandby?: unknown }>;
  chenghua?: Maybe<{ myFamily?: Maybe<{ id: string }> }>;
  shuangliu?: Maybe<{ myShifts?: { edges: { node: { slot: { id: string } } }[] } }>;
}

/** How one field is read, and what each kind of answer must be for a subject. */
interface Probe {
  query: (s: Subject) => string;
  pick: (data: ProbeData, s: Subject) => unknown;
  full: (s: Subject) => unknown;
  masked?: (s: Subject) => unknown;
  public?: (s: Subject) => unknown;
  /** What "nothing" looks like here; by default null, undefined, an empty list or false. */
  none?: (value: unknown, s: Subject) => boolean;
}

const entity = (fields: string) => (s: Subject) => `{ volunteer(id: "${s.id}") { ${fields} } }`;
const month = (iso: string) => chengduDay(iso).slice(0, 7);
const maskedId = (s: Subject) => s.idNumber.slice(0, 4) + '*'.repeat(14);
const maskedMobile = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;
/** For `my…` queries, which answer about whoever asks: nothing of the subject's may appear. */
const notTheSubjects = (full: (s: Subject) => unknown) => (v: unknown, s: Subject) =>
  JSON.stringify(v ?? null) !== JSON.stringify(full(s)) && !JSON.stringify(v ?? null).includes(String(full(s)));

const PROBES: Record<PersonalFieldKey, Probe> = {
  publicName: {
    query: entity('displayName card { displayName }'),
    pick: (d) => d.volunteer && [d.volunteer.displayName, d.volunteer.card!.displayName],
    full: (s) => [s.realName, s.realName],
    public: (s) => [s.publicName, s.publicName],
  },
  homeDistrict: {
    query: entity('district { code }'),
    pick: (d) => d.volunteer?.district?.code ?? null,
    full: () => HOME,
    public: () => HOME,
  },
  registeredAt: {
    query: entity('memberSince card { memberSince }'),
    pick: (d) => d.volunteer && [d.volunteer.memberSince, d.volunteer.card!.memberSince],
    full: (s) => [s.registeredAt, s.registeredAt],
    public: (s) => [month(s.registeredAt), month(s.registeredAt)],
    none: (v) => JSON.stringify(v) === '[null,null]' || v == null,
  },
  realName: {
    query: entity('profile { realName }'),
    pick: (d) => d.volunteer?.profile?.realName ?? null,
    full: (s) => s.realName,
  },
  organizerContact: {
    query: entity('organizerContact { realName phone }'),
    pick: (d) => d.volunteer?.organizerContact ?? null,
    full: (s) => ({ realName: s.realName, phone: s.phone }),
  },
  basicRecord: {
    query: entity('profile { sex birthDate }'),
    pick: (d) => d.volunteer?.profile ?? null,
    full: (s) => ({ sex: s.sex, birthDate: s.birthDate }),
  },
  idNumber: {
    query: entity('profile { idNumber }'),
    pick: (d) => d.volunteer?.profile?.idNumber ?? null,
    full: (s) => s.idNumber,
    masked: maskedId,
  },
  phone: {
    query: entity('profile { phone }'),
    pick: (d) => d.volunteer?.profile?.phone ?? null,
    full: (s) => s.phone,
    masked: (s) => maskedMobile(s.phone),
  },
  guardianPhone: {
    query: entity('profile { guardian { phone } }'),
    pick: (d) => d.volunteer?.profile?.guardian?.phone ?? null,
    full: (s) => s.guardianPhone,
    masked: (s) => maskedMobile(s.guardianPhone!),
  },
  serviceProof: {
    query: entity('serviceProof { holderName confirmedHours }'),
    pick: (d) => d.volunteer?.serviceProof ?? null,
    full: (s) => ({ holderName: s.publicName, confirmedHours: 0 }),
  },
  confirmedHours: {
    query: entity('confirmedHours starLevel'),
    pick: (d) => d.volunteer && { confirmedHours: d.volunteer.confirmedHours, starLevel: d.volunteer.starLevel },
    full: () => ({ confirmedHours: 0, starLevel: 0 }),
    public: () => ({ confirmedHours: 0, starLevel: 0 }),
  },
  serviceRecords: {
    query: entity('serviceRecords(first: 5) { edges { node { id } } }'),
    pick: (d) => d.volunteer?.serviceRecords ?? null,
    full: () => ({ edges: [] }),
  },
  trainingRecords: {
    query: entity('trainingRecords { course { code } completedOn } trainingHours'),
    pick: (d) =>
      d.volunteer?.trainingRecords == null
        ? null
        : { records: d.volunteer.trainingRecords, hours: d.volunteer.trainingHours },
    full: () => ({ records: [{ course: { code: 'GENERAL' }, completedOn: dayFromNow(-3) }], hours: 2 }),
  },
  signups: {
    query: entity('signups { id }'),
    pick: (d) => d.volunteer?.signups?.map((x) => x.id) ?? null,
    full: (s) => [s.signupA],
  },
  calendar: {
    query: (s) => entity(`calendar(from: "${dayFromNow(-1)}", to: "${dayFromNow(60)}") { id }`)(s),
    pick: (d) => d.volunteer?.calendar?.map((x) => x.id) ?? null,
    full: (s) => [s.signupA],
  },
  notifications: {
    query: () => '{ myNotifications { edges { node { kind project { id } } } } }',
    // The cancellation's notice (each subject's sign-ups were confirmed with notices of their own too).
    pick: (d) =>
      d.myNotifications?.edges.filter((e) => e.node.kind === 'PROJECT_CANCELLED').map((e) => e.node.project?.id) ??
      null,
    full: () => [env.projectB],
    none: (v) => !JSON.stringify(v ?? null).includes(env.projectB),
  },
  calendarFeedToken: {
    query: () => '{ myCalendarFeedToken }',
    // Tokens are per holder: the consented app reads a secret of its own for the same feed, which counts as full.
    pick: (d, s) => (d.myCalendarFeedToken === s.appFeedToken ? s.feedToken : (d.myCalendarFeedToken ?? null)),
    full: (s) => s.feedToken,
    none: (v, s) => notTheSubjects((x) => x.feedToken)(v, s) && notTheSubjects((x) => x.appFeedToken)(v, s),
  },
  shiftRoster: {
    query: () => `{ project(id: "${env.projectA}") { shifts { signups { id } } } }`,
    pick: (d, s) => (d.project?.shifts ?? []).some((sh) => sh.signups.some((x) => x.id === s.signupA)),
    full: () => true,
  },
  projectContactPhone: {
    query: () => `{ project(id: "${env.projectA}") { contactPhone } }`,
    pick: (d) => d.project?.contactPhone ?? null,
    full: () => CONTACT_PHONE,
    masked: () => maskedMobile(CONTACT_PHONE),
  },
  majorEventApplications: {
    query: entity('majorEventApplications { skills languages availability status }'),
    pick: (d) => d.volunteer?.majorEventApplications ?? null,
    full: () => [{ ...FORM, status: 'SELECTED' }],
  },
  majorEventDeployments: {
    query: entity('majorEventDeployments { id hours }'),
    pick: (d) => d.volunteer?.majorEventDeployments ?? null,
    full: (s) => [s.majorEventDeployment],
  },
  piduAccount: {
    query: entity('pidu { balance held entries(first: 5) { edges { node { id } } } }'),
    pick: (d) => d.volunteer?.pidu ?? null,
    full: () => ({ balance: 0, held: 0, entries: { edges: [] } }),
  },
  xinjinAccount: {
    query: entity('xinjin { points earnedPoints redemptions(first: 5) { edges { node { id } } } }'),
    pick: (d) => d.volunteer?.xinjin ?? null,
    full: () => ({ points: 0, earnedPoints: 0, redemptions: { edges: [] } }),
  },
  longquanyiAccount: {
    query: entity(
      'longquanyi { hours points stars bankedHours noShowsInYear callIns(first: 5) { edges { node { id } } } }',
    ),
    pick: (d) => d.volunteer?.longquanyi ?? null,
    full: () => ({ hours: 0, points: 0, stars: 0, bankedHours: 0, noShowsInYear: 0, callIns: { edges: [] } }),
  },
  wuhouHonor: {
    query: entity('wuhou { honorHours completedNeedCount }'),
    pick: (d) => d.volunteer?.wuhou ?? null,
    full: () => ({ honorHours: 0, completedNeedCount: 0 }),
    public: () => ({ honorHours: 0, completedNeedCount: 0 }),
  },
  wuhouNeedContact: {
    query: (s) => `{ wuhou { need(id: "${s.needId}") { contact { phone addressDetail } } } }`,
    pick: (d) => d.wuhou?.need?.contact ?? null,
    full: (s) => s.needContact,
  },
  jinniuStandby: {
    query: () => '{ jinniu { myStandby { skills availability { weekday from to } } } }',
    pick: (d) => d.jinniu?.myStandby ?? null,
    full: (s) => s.standby,
    // Another volunteer asking sees their own membership (demo volunteer 03 stands by), never the subject's.
    none: notTheSubjects((s) => s.standby),
  },
  shuangliuShifts: {
    query: () => '{ shuangliu { myShifts(first: 5) { edges { node { slot { id } } } } } }',
    pick: (d) => d.shuangliu?.myShifts?.edges.map((e) => e.node.slot.id) ?? null,
    full: (s) => [s.shuangliuSlot],
    none: (v) => JSON.stringify(v ?? null) === 'null' || JSON.stringify(v) === '[]',
  },
  chenghuaFamily: {
    query: () => '{ chenghua { myFamily { id } } }',
    pick: (d) => d.chenghua?.myFamily?.id ?? null,
    full: (s) => s.family,
    // Another volunteer asking sees their own family (none for demo volunteer 03), never the subject's.
    none: notTheSubjects((s) => s.family),
  },
  shuangliuHours: {
    query: entity('shuangliu { hours shifts }'),
    pick: (d) => d.volunteer?.shuangliu ?? null,
    full: () => ({ hours: 0, shifts: 0 }),
    public: () => ({ hours: 0, shifts: 0 }),
  },
};

const isNothing = (v: unknown) => v == null || v === false || (Array.isArray(v) && v.length === 0);

function check(visibility: Visibility, probe: Probe, s: Subject, res: GqlResult<ProbeData>) {
  const value = probe.pick(res.data ?? {}, s);
  const text = JSON.stringify(res.data ?? null);
  const full = probe.full(s);
  switch (visibility) {
    case 'full':
      expect(res.errors ?? []).toEqual([]);
      expect(value).toEqual(full);
      return;
    case 'masked':
      expect(value).toEqual(probe.masked!(s));
      expect(value).not.toEqual(full);
      return;
    case 'public':
      expect(value).toEqual(probe.public!(s));
      return;
    case 'none': {
      const nothing = probe.none ? probe.none(value, s) : isNothing(value);
      expect({ value, nothing }).toEqual({ value, nothing: true });
      // Whatever the field's shape, the secret itself appears nowhere in the answer.
      if (typeof full === 'string' && full !== probe.public?.(s)) expect(text).not.toContain(full);
      return;
    }
  }
}

const SUBJECTS = ['adult', 'minor'] as const;
const FIELDS = Object.keys(VISIBILITY) as PersonalFieldKey[];
const cellsOf = (label: 'adult' | 'minor', roles: readonly CallerRole[]) =>
  roles.flatMap((role) =>
    FIELDS.filter((f) => label === 'minor' || !(VISIBILITY[f] as { minorOnly?: boolean }).minorOnly).map(
      (field) => [field, role, visibilityOf(field, role, label === 'minor')] as const,
    ),
  );

const run = async (label: 'adult' | 'minor', field: PersonalFieldKey, role: CallerRole, v: Visibility) => {
  const s = env.subjects[label];
  const probe = PROBES[field];
  const res = await env.city.query<ProbeData>(probe.query(s), {}, env.tokens[label][role]);
  check(v, probe, s, res);
};

// Every role but the partner without consent: the subjects (the minor through her guardian) consented to the app.
const WITH_CONSENT = CALLER_ROLES.filter((r) => r !== 'partnerWithoutConsent');

describe.each(SUBJECTS)('%s subject', (label) => {
  test.each(cellsOf(label, WITH_CONSENT))(`${label}: %s as %s → %s`, (field, role, v) => run(label, field, role, v));
});

describe("after the subjects' consent to the app is withdrawn (the minor's by her guardian)", () => {
  beforeAll(async () => {
    const input = { recipient: 'APP' as const, appId: APP };
    const adult = expectNoErrors(await env.city.query(WITHDRAW, { input }, env.tokens.adult.self));
    expect(adult.withdrawConsent.status).toBe('WITHDRAWN');
    const minor = await env.city.query(
      WITHDRAW,
      { input: { ...input, volunteerId: env.subjects.minor.id } },
      env.guardian,
    );
    expect(expectNoErrors(minor).withdrawConsent.status).toBe('WITHDRAWN');
    await env.city.settleEvents();
  });
  describe.each(SUBJECTS)('%s subject', (label) => {
    test.each(cellsOf(label, ['partnerWithoutConsent']))(`${label}: %s as %s → %s`, (field, role, v) =>
      run(label, field, role, v),
    );
  });
});

test('every field of the table has a probe and every caller kind a token', () => {
  expect(Object.keys(PROBES).sort()).toEqual([...FIELDS].sort());
  for (const label of SUBJECTS) {
    expect(Object.keys(env.tokens[label]).sort()).toEqual([...CALLER_ROLES].sort());
    // Every column is read with a token of its own kind: none stands in for another.
    expect(Object.values(env.tokens[label]).filter((t) => t !== undefined)).toHaveLength(CALLER_ROLES.length - 1);
  }
});
