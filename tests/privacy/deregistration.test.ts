import { expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { TEAM } from '../testkit/fixtures';
import { cityAdminToken, districtAdminToken, partnerToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import { sql } from '../districts/district-helpers';
import { publishShift, register, SHIFT_COUNTS, SIGN_UP, type Person } from './rights-helpers';

/**
 * Deregistration (issue 11.3), through the gateway: the volunteer's personal data is erased in the volunteers
 * subgraph and, through `volunteer.deregistered`, in every subgraph holding a copy (the projects replica, the
 * organizations' team members, Pidu's replica and family links); future places are freed for the waitlist; proofs
 * issued stay verifiable under the placeholder name; the old token gets a clear error; the account may register anew.
 */

const PLACEHOLDER = '已注销志愿者';
const env = {} as {
  city: City;
  subject: Person;
  relative: Person;
  waiting: Person;
  projectId: string;
  proofCode: string;
};

const DEREGISTER = graphql(`
  mutation RightsDeregister($confirmation: String!) {
    deregister(confirmation: $confirmation) {
      deregisteredAt
    }
  }
`);

const ME = graphql(`
  query RightsDeregMe {
    me {
      id
      displayName
    }
  }
`);

const MY_DATA = graphql(`
  query RightsDeregMyData {
    myPersonalData {
      volunteerId
      volunteers
    }
  }
`);

const MY_SIGNUPS = graphql(`
  query RightsDeregMySignups {
    mySignups(includeCancelled: true) {
      id
      status
    }
  }
`);

const ADMIN_VIEW = graphql(`
  query RightsDeregAdminView($id: ID!) {
    volunteer(id: $id) {
      id
      profile {
        realName
      }
    }
    volunteers(filter: { district: "pidu" }, first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const PROOF = graphql(`
  query RightsDeregProof {
    me {
      serviceProof {
        code
        holderName
        confirmedHours
      }
    }
  }
`);

const VERIFY = graphql(`
  query RightsDeregVerify($code: String!) {
    verifyServiceProof(code: $code) {
      code
      holderName
      confirmedHours
      recordCount
    }
  }
`);

const FAMILY = graphql(`
  query RightsDeregFamily {
    me {
      pidu {
        family {
          id
          status
        }
      }
    }
  }
`);

beforeAll(async () => {
  const city = (env.city = await startCity());
  env.subject = await register(city, {
    account: 'rights-dereg-subject',
    seq: 401,
    district: 'pidu',
    realName: '赵注销',
  });
  env.relative = await register(city, {
    account: 'rights-dereg-relative',
    seq: 402,
    district: 'pidu',
    realName: '赵亲属',
  });
  env.waiting = await register(city, {
    account: 'rights-dereg-waiting',
    seq: 403,
    district: 'pidu',
    realName: '钱候补',
  });
  await city.settleEvents();
  const { projectId, shiftId } = await publishShift(city, '注销测试社区服务', 9, 1, 1);
  env.projectId = projectId;
  expect(expectNoErrors(await city.query(SIGN_UP, { shift: shiftId }, env.subject.token)).signUp.status).toBe(
    'CONFIRMED',
  );
  expect(expectNoErrors(await city.query(SIGN_UP, { shift: shiftId }, env.waiting.token)).signUp.status).toBe(
    'WAITLISTED',
  );
  expectNoErrors(
    await city.query(
      graphql(`
        mutation RightsDeregJoinTeam($team: ID!) {
          joinTeam(teamId: $team, note: "周末有空，会急救") {
            id
          }
        }
      `),
      { team: TEAM(1) },
      env.subject.token,
    ),
  );
  expectNoErrors(
    await city.query(
      graphql(`
        mutation RightsDeregDeclareFamily($relative: ID!) {
          piduDeclareFamily(relativeVolunteerId: $relative, relation: SIBLING) {
            id
          }
        }
      `),
      { relative: env.relative.id },
      env.subject.token,
    ),
  );
  expectNoErrors(
    await city.query(
      graphql(`
        mutation RightsDeregPostNeed($input: WuhouPostNeedInput!) {
          wuhouPostNeed(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          title: '帮邻居搬一次米面',
          street: '玉林街道',
          community: '玉林北路社区',
          neededAt: new Date(Date.now() + 48 * 3_600_000).toISOString(),
          estimatedHours: 1,
          phone: env.subject.phone,
          addressDetail: '9栋3单元101',
        },
      },
      env.subject.token,
    ),
  );
  env.proofCode = expectNoErrors(await city.query(PROOF, {}, env.subject.token)).me!.serviceProof!.code;
});

afterAll(() => env.city?.stop());

describe('deregister', () => {
  test('asks for the explicit confirmation and is for the volunteer in person only', async () => {
    const { city, subject } = env;
    const wrong = expectError(await city.query(DEREGISTER, { confirmation: 'yes' }, subject.token), 'BAD_USER_INPUT');
    expect(wrong.message).toContain('"DEREGISTER"');
    expectError(
      await city.query(DEREGISTER, { confirmation: 'DEREGISTER' }, await partnerToken(city, subject.account)),
      'FORBIDDEN',
    );
    expectError(await city.query(DEREGISTER, { confirmation: 'DEREGISTER' }), 'UNAUTHENTICATED');
    // Nothing happened: still registered.
    expect(expectNoErrors(await city.query(ME, {}, subject.token)).me?.id).toBe(subject.id);
  });

  test('erases the person everywhere, frees their place, keeps proofs verifiable; a 2nd call is an error', async () => {
    const { city, subject } = env;
    const done = expectNoErrors(await city.query(DEREGISTER, { confirmation: 'DEREGISTER' }, subject.token));
    expect(Date.parse(done.deregister.deregisteredAt)).toBeGreaterThan(Date.now() - 60_000);
    await city.settleEvents();

    // The old token: no data, a clear error.
    expect(expectNoErrors(await city.query(ME, {}, subject.token)).me).toBeNull();
    expect(expectError(await city.query(MY_DATA, {}, subject.token), 'NOT_REGISTERED').message).toContain(
      'deregistered',
    );
    expectError(await city.query(DEREGISTER, { confirmation: 'DEREGISTER' }, subject.token), 'NOT_REGISTERED');
    expect(expectNoErrors(await city.query(MY_SIGNUPS, {}, subject.token)).mySignups).toEqual([]);
    // A partner app linked to the account finds no one either.
    const partner = await partnerToken(city, subject.account, 'volunteer:read project:signup');
    expect(expectNoErrors(await city.query(ME, {}, partner)).me).toBeNull();
    expect(expectNoErrors(await city.query(MY_SIGNUPS, {}, partner)).mySignups).toEqual([]);

    // Admins see no one: not by id, not in their district's list.
    for (const token of [await districtAdminToken(city, 'pidu'), await cityAdminToken(city)]) {
      const seen = expectNoErrors(await city.query(ADMIN_VIEW, { id: subject.id }, token));
      expect(seen.volunteer).toBeNull();
      expect(seen.volunteers.edges.map((e) => e.node.id)).not.toContain(subject.id);
    }

    // The waitlisted volunteer got the freed place.
    expect(expectNoErrors(await city.query(MY_SIGNUPS, {}, env.waiting.token)).mySignups.map((s) => s.status)).toEqual([
      'CONFIRMED',
    ]);
    const shift = expectNoErrors(await city.query(SHIFT_COUNTS, { id: env.projectId })).project!.shifts[0]!;
    expect(shift).toEqual({ signedUpCount: 1, waitlistCount: 0, freePlaces: 0 });

    // The relative's family link is gone in Pidu.
    expect(expectNoErrors(await city.query(FAMILY, {}, env.relative.token)).me!.pidu!.family).toEqual([]);

    // The proof still verifies, under the placeholder, with the figures it was issued with.
    const proof = expectNoErrors(await city.query(VERIFY, { code: env.proofCode })).verifyServiceProof;
    expect(proof).toEqual({ code: env.proofCode, holderName: PLACEHOLDER, confirmedHours: 0, recordCount: 0 });

    // What each subgraph still holds: nothing that names the person.
    const [row] = await sql(city, 'volunteers', 'SELECT * FROM volunteer WHERE id = $1', [subject.id]);
    expect(row).toMatchObject({
      account_id: null,
      district_code: null,
      real_name: PLACEHOLDER,
      display_name: PLACEHOLDER,
      id_number: null,
      phone: null,
      birth_date: null,
      sex: null,
      guardian_name: null,
      status: 'DEREGISTERED',
    });
    for (const sg of ['projects', 'pidu', 'xinjin', 'wuhou']) {
      const replica = await sql(
        city,
        sg,
        'SELECT account_id, district_code, birth_date, status FROM volunteer_replica',
        [],
      );
      expect(replica.filter((r) => r.account_id === subject.account)).toEqual([]);
    }
    const [projectsReplica] = await sql(city, 'projects', 'SELECT * FROM volunteer_replica WHERE volunteer_id = $1', [
      subject.id,
    ]);
    expect(projectsReplica).toMatchObject({ account_id: null, district_code: null, birth_date: null, skills: [] });
    expect(projectsReplica!.status).toBe('DEREGISTERED');
    expect(
      await sql(city, 'organizations', 'SELECT * FROM team_member WHERE account_id = $1', [subject.account]),
    ).toEqual([]);
    expect(
      await sql(city, 'organizations', 'SELECT * FROM volunteer_account WHERE volunteer_id = $1', [subject.id]),
    ).toEqual([]);
    // The inbox goes with them (their sign-up's confirmation was in it).
    expect(
      await sql(city, 'notifications', 'SELECT * FROM notification WHERE volunteer_id = $1', [subject.id]),
    ).toEqual([]);
    // Wuhou: the need the person posted is cancelled and keeps no phone or door.
    expect(
      await sql(city, 'wuhou', 'SELECT status, phone, address_detail FROM need WHERE resident_account = $1', [
        subject.account,
      ]),
    ).toEqual([{ status: 'CANCELLED', phone: '', address_detail: '' }]);
    // The sign-up itself stays, cancelled, under the random id alone (what the shift's history needs).
    const signups = await sql(city, 'projects', 'SELECT status FROM signup WHERE volunteer_id = $1', [subject.id]);
    expect(signups.map((s) => s.status)).toEqual(['CANCELLED']);
  });

  test('the same person may register anew with the same account and ID number', async () => {
    const { city, subject } = env;
    const again = await register(city, {
      account: subject.account,
      seq: 401,
      district: 'pidu',
      realName: '赵注销',
    });
    expect(again.id).not.toBe(subject.id);
    expect(again.idNumber).toBe(subject.idNumber);
    expect(expectNoErrors(await city.query(ME, {}, again.token)).me?.id).toBe(again.id);
  });

  test('deregistering while signing up: no sign-up survives and every place is freed', async () => {
    const { city } = env;
    const racer = await register(city, {
      account: 'rights-dereg-racer',
      seq: 404,
      district: 'pidu',
      realName: '孙赛跑',
    });
    await city.settleEvents();
    const shifts = await Promise.all(
      [11, 12, 13, 14].map((day) => publishShift(city, `注销竞态测试${day}`, day, 2, 0)),
    );
    const [deregistered, ...signups] = await Promise.all([
      city.query(DEREGISTER, { confirmation: 'DEREGISTER' }, racer.token),
      ...shifts.map((s) => city.query(SIGN_UP, { shift: s.shiftId }, racer.token)),
    ]);
    expectNoErrors(deregistered!);
    // A sign-up either went in before the event reached projects, or was refused for want of a registration.
    for (const r of signups) if (r.errors) expect(r.errors.map((e) => e.extensions?.code)).toEqual(['NOT_REGISTERED']);
    await city.settleEvents();
    const live = await sql(
      city,
      'projects',
      `SELECT id FROM signup WHERE volunteer_id = $1 AND status <> 'CANCELLED'`,
      [racer.id],
    );
    expect(live).toEqual([]);
    for (const s of shifts) {
      const counts = expectNoErrors(await city.query(SHIFT_COUNTS, { id: s.projectId })).project!.shifts[0]!;
      expect(counts).toEqual({ signedUpCount: 0, waitlistCount: 0, freePlaces: 2 });
    }
  });
});

const DISTRICT_DATA = graphql(`
  query RightsDistrictData {
    myPersonalData {
      longquanyi
      chenghua
    }
  }
`);

const LONGQUANYI_LOG = graphql(`
  query RightsLongquanyiLog {
    myAccessLog {
      longquanyi {
        entries {
          callerKind
          fields
        }
      }
    }
  }
`);

const LONGQUANYI_READ = graphql(`
  query RightsLongquanyiAdminRead($id: ID!) {
    volunteer(id: $id) {
      longquanyi {
        points
      }
    }
  }
`);

const LONGQUANYI_AWARD = graphql(`
  mutation RightsLongquanyiAward($input: LongquanyiAwardInput!) {
    longquanyiAwardPoints(input: $input) {
      id
    }
  }
`);

const CHENGHUA_CREATE = graphql(`
  mutation RightsChenghuaCreate($name: String!) {
    chenghuaCreateFamily(name: $name) {
      id
    }
  }
`);

const CHENGHUA_ADD = graphql(`
  mutation RightsChenghuaAdd($id: ID!) {
    chenghuaAddMember(volunteerId: $id) {
      status
    }
  }
`);

const CHENGHUA_ACCEPT = graphql(`
  mutation RightsChenghuaAccept($id: ID!) {
    chenghuaAcceptFamily(familyId: $id) {
      status
    }
  }
`);

const CHENGHUA_FAMILY = graphql(`
  query RightsChenghuaFamily {
    chenghua {
      myFamily {
        id
        members {
          role
          status
          volunteer {
            id
          }
        }
      }
    }
  }
`);

/** The two district sections as the test reads them (JSON is `unknown` to clients). */
interface DistrictSections {
  longquanyi: { account: { awardedPoints: number } | null; awards: { points: number; reason: string }[] } | null;
  chenghua: {
    membership: { familyName: string; role: string } | null;
    invitations: { familyName: string }[];
    familyLed: { name: string; members: { volunteerId: string; status: string }[] } | null;
  } | null;
}

describe('deregister in Longquanyi and Chenghua', () => {
  const sections = async (p: Person) =>
    expectNoErrors(await env.city.query(DISTRICT_DATA, {}, p.token)).myPersonalData as unknown as DistrictSections;
  const familyOf = async (p: Person) =>
    expectNoErrors(await env.city.query(CHENGHUA_FAMILY, {}, p.token)).chenghua.myFamily;
  const joinFamily = async (guardian: Person, familyId: string, p: Person) => {
    expectNoErrors(await env.city.query(CHENGHUA_ADD, { id: p.id }, guardian.token));
    expectNoErrors(await env.city.query(CHENGHUA_ACCEPT, { id: familyId }, p.token));
  };
  const people = {} as Record<'star' | 'guardian' | 'member' | 'invitee' | 'staying', Person>;

  beforeAll(async () => {
    const { city } = env;
    people.star = await register(city, {
      account: 'rights-dereg-star',
      seq: 410,
      district: 'longquanyi',
      realName: '李星',
    });
    people.guardian = await register(city, {
      account: 'rights-dereg-guardian',
      seq: 411,
      district: 'chenghua',
      realName: '陈家长',
    });
    people.member = await register(city, {
      account: 'rights-dereg-member',
      seq: 412,
      district: 'chenghua',
      realName: '陈成员',
    });
    people.invitee = await register(city, {
      account: 'rights-dereg-invitee',
      seq: 413,
      district: 'chenghua',
      realName: '陈受邀',
    });
    people.staying = await register(city, {
      account: 'rights-dereg-staying',
      seq: 414,
      district: 'chenghua',
      realName: '林留守',
    });
    await city.settleEvents();
    const { star, guardian, member, invitee, staying } = people;
    expectNoErrors(
      await city.query(
        LONGQUANYI_AWARD,
        {
          input: {
            volunteerId: star.id,
            points: 30,
            reason: '李星急救培训结业',
            idempotencyKey: 'rights-dereg-star-1',
          },
        },
        await districtAdminToken(city, 'longquanyi'),
      ),
    );
    // The guardian leads a family with a member who joined and an adult still invited; the star joined another.
    const led = expectNoErrors(await city.query(CHENGHUA_CREATE, { name: '注销测试一家' }, guardian.token));
    await joinFamily(guardian, led.chenghuaCreateFamily.id, member);
    expectNoErrors(await city.query(CHENGHUA_ADD, { id: invitee.id }, guardian.token));
    const other = expectNoErrors(await city.query(CHENGHUA_CREATE, { name: '留守一家' }, staying.token));
    await joinFamily(staying, other.chenghuaCreateFamily.id, star);
  });

  test('the export holds their Longquanyi account and their Chenghua family or invitation', async () => {
    const { star, guardian, invitee } = people;
    const mine = await sections(star);
    expect(mine.longquanyi?.account).toMatchObject({ awardedPoints: 30 });
    expect(mine.longquanyi?.awards).toEqual([expect.objectContaining({ points: 30, reason: '李星急救培训结业' })]);
    expect(mine.chenghua).toMatchObject({ membership: { familyName: '留守一家', role: 'ADULT' }, invitations: [] });
    expect(mine.chenghua?.familyLed).toBeNull();
    const led = (await sections(guardian)).chenghua?.familyLed;
    expect(led?.name).toBe('注销测试一家');
    expect(led?.members.map((m) => m.status)).toEqual(['ACTIVE', 'ACTIVE', 'INVITED']);
    expect((await sections(invitee)).chenghua).toMatchObject({
      membership: null,
      invitations: [{ familyName: '注销测试一家' }],
      familyLed: null,
    });
    // Someone who holds nothing there gets empty sections, not another person's rows.
    expect((await sections(people.staying)).longquanyi).toMatchObject({ account: null, awards: [] });
  });

  test("home district and city admins' reads of a Longquanyi standing are logged; others read nothing", async () => {
    const { city } = env;
    const { star } = people;
    for (const token of [await districtAdminToken(city, 'longquanyi'), await cityAdminToken(city)])
      expect(expectNoErrors(await city.query(LONGQUANYI_READ, { id: star.id }, token)).volunteer?.longquanyi).toEqual({
        points: 30,
      });
    const stranger = await districtAdminToken(city, 'chenghua');
    expect(
      expectNoErrors(await city.query(LONGQUANYI_READ, { id: star.id }, stranger)).volunteer?.longquanyi,
    ).toBeNull();
    // Their own read is not logged.
    expectNoErrors(await city.query(LONGQUANYI_READ, { id: star.id }, star.token));
    const log = expectNoErrors(await city.query(LONGQUANYI_LOG, {}, star.token)).myAccessLog.longquanyi.entries;
    expect(log.map((e) => e.callerKind).sort()).toEqual(['CITY_ADMIN', 'DISTRICT_ADMIN']);
    for (const e of log) expect(e.fields).toEqual(['longquanyiAccount']);
  });

  test('erasure: a member leaves, a guardian’s family is dissolved, the ledger is de-identified', async () => {
    const { city } = env;
    const { star, guardian, member, invitee, staying } = people;
    for (const p of [star, guardian])
      expectNoErrors(await city.query(DEREGISTER, { confirmation: 'DEREGISTER' }, p.token));
    await city.settleEvents();

    // The family the star had joined goes on without them; the guardian's is dissolved for its member and invitee.
    const left = await familyOf(staying);
    expect(left?.members.map((m) => [m.volunteer.id, m.role])).toEqual([[staying.id, 'GUARDIAN']]);
    expect(await familyOf(member)).toBeNull();
    expect(await familyOf(invitee)).toBeNull();
    expect((await sections(invitee)).chenghua).toMatchObject({ membership: null, invitations: [] });
    // A family of one counts one, so seven more may still join.
    expect(await sql(city, 'chenghua', 'SELECT members FROM family WHERE guardian_id = $1', [staying.id])).toEqual([
      { members: 1 },
    ]);
    expect(await sql(city, 'chenghua', 'SELECT id FROM family WHERE guardian_id = $1', [guardian.id])).toEqual([]);
    for (const p of [star, guardian])
      expect(await sql(city, 'chenghua', 'SELECT * FROM family_member WHERE volunteer_id = $1', [p.id])).toEqual([]);
    // The former member is free to found a family of their own.
    expectNoErrors(await city.query(CHENGHUA_CREATE, { name: '重新开始一家' }, member.token));

    // Longquanyi keeps the figures under the random id only; the award's text that named them is gone.
    expect(
      await sql(city, 'longquanyi', 'SELECT awarded_points FROM star_account WHERE volunteer_id = $1', [star.id]),
    ).toEqual([{ awarded_points: 30 }]);
    expect(
      await sql(city, 'longquanyi', 'SELECT points, reason FROM point_award WHERE volunteer_id = $1', [star.id]),
    ).toEqual([{ points: 30, reason: '' }]);
    expect(
      await sql(
        city,
        'longquanyi',
        'SELECT * FROM volunteer_replica WHERE volunteer_id = $1 AND account_id IS NOT NULL',
        [star.id],
      ),
    ).toEqual([]);
    expect(
      await sql(city, 'longquanyi', 'SELECT * FROM personal_data_access WHERE subject_id = $1', [star.id]),
    ).toEqual([]);
  });

  test('a member deregistering while the guardian adds others: the family counts exactly who is in it', async () => {
    const { city } = env;
    const { staying } = people;
    const [leaving, ...joining] = await Promise.all(
      [420, 421, 422, 423].map((seq) =>
        register(city, { account: `rights-dereg-race-${seq}`, seq, district: 'chenghua', realName: `陈竞${seq}` }),
      ),
    );
    const familyId = (await familyOf(staying))!.id;
    await joinFamily(staying, familyId, leaving!);
    const [left, ...added] = await Promise.all([
      city.query(DEREGISTER, { confirmation: 'DEREGISTER' }, leaving!.token),
      ...joining.map((p) => city.query(CHENGHUA_ADD, { id: p.id }, staying.token)),
    ]);
    expectNoErrors(left!);
    for (const r of added) expect(expectNoErrors(r).chenghuaAddMember.status).toBe('INVITED');
    await city.settleEvents();
    const members = (await familyOf(staying))!.members.map((m) => m.volunteer.id);
    expect(members.sort()).toEqual([staying.id, ...joining.map((p) => p.id)].sort());
    expect(await sql(city, 'chenghua', 'SELECT members FROM family WHERE id = $1', [familyId])).toEqual([
      { members: 4 },
    ]);
  });
});
