import { expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { cityAdminToken, districtAdminToken, partnerToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import { birthDateForAge } from '../testkit/days';
import { idNumberFor } from '../volunteers/roles';
import { register, type Person } from './rights-helpers';

/**
 * Correcting the fields fixed at registration (issue 11.3): the volunteer asks with a reason; an admin of their home
 * district or a city admin accepts or rejects with a note; accepting applies it, the ID number checked against the
 * birth date and sex; the history is kept and the volunteer sees the outcome. The other fields are the volunteer's to
 * edit themselves.
 */

const env = {} as { city: City; subject: Person; other: Person };

const REQUEST = graphql(`
  mutation RightsRequestCorrection($input: RecordCorrectionInput!) {
    requestRecordCorrection(input: $input) {
      id
      status
      realName
      idNumber
      reason
    }
  }
`);

const DECIDE = graphql(`
  mutation RightsDecideCorrection($id: ID!, $accept: Boolean!, $note: String!) {
    decideRecordCorrection(id: $id, accept: $accept, note: $note) {
      id
      status
      note
      decidedAt
    }
  }
`);

const MINE = graphql(`
  query RightsMyCorrections {
    myRecordCorrections {
      id
      status
      realName
      idNumber
      note
      requestedAt
      decidedAt
    }
    me {
      displayName
      profile {
        realName
        idNumber
        sex
        birthDate
      }
    }
  }
`);

const PENDING = graphql(`
  query RightsPendingCorrections {
    pendingRecordCorrections(first: 50) {
      id
      idNumber
      realName
      volunteer {
        id
      }
    }
  }
`);

const EDIT = graphql(`
  mutation RightsEditProfile($input: UpdateVolunteerProfileInput!) {
    updateVolunteerProfile(input: $input) {
      district {
        code
      }
      profile {
        phone
        skills
        serviceCategories
      }
    }
  }
`);

const request = (input: Record<string, unknown>, token = env.subject.token) =>
  env.city.query(REQUEST, { input: { reason: '登记时姓名录入错误', ...input } as never }, token);

beforeAll(async () => {
  const city = (env.city = await startCity());
  env.subject = await register(city, {
    account: 'rights-fix-subject',
    seq: 701,
    district: 'wenjiang',
    realName: '冯错字',
  });
  env.other = await register(city, { account: 'rights-fix-other', seq: 702, district: 'wenjiang', realName: '陈别人' });
  await city.settleEvents();
});

afterAll(() => env.city?.stop());

describe('record corrections', () => {
  test('bad requests are refused with what to fix, never echoing the number', async () => {
    const { subject } = env;
    expectError(await request({ realName: null }), 'BAD_USER_INPUT');
    expectError(await request({ realName: '冯正字', reason: '  ' }), 'BAD_USER_INPUT');
    const wrongDigit = subject.idNumber.slice(0, 17) + (subject.idNumber.endsWith('1') ? '2' : '1');
    const bad = expectError(await request({ idNumber: wrongDigit }), 'BAD_USER_INPUT');
    expect(bad.message).not.toContain(wrongDigit);
    // A new ID number whose birth date is not the record's: both must change together.
    const otherBirth = idNumberFor('1990-05-06', subject.sex, 703, '510124');
    expect(expectError(await request({ idNumber: otherBirth }), 'BAD_USER_INPUT').message).toContain('birth date');
    expectError(await request({ sex: subject.sex === 'MALE' ? 'FEMALE' : 'MALE' }), 'BAD_USER_INPUT');
    // A birth date under 14 needs a guardian's consent, which a correction cannot bring.
    const child = birthDateForAge(10);
    const young = await request({ birthDate: child, idNumber: idNumberFor(child, subject.sex, 706, '510124') });
    expect(expectError(young, 'BAD_USER_INPUT').message).toContain('guardian');
    expectError(await request({ realName: '冯正字' }, await partnerToken(env.city, subject.account)), 'FORBIDDEN');
    expect(expectNoErrors(await env.city.query(MINE, {}, subject.token)).myRecordCorrections).toEqual([]);
  });

  test('rejected with a note: the record stays; the volunteer sees the outcome', async () => {
    const { city, subject } = env;
    const asked = expectNoErrors(await request({ realName: '冯正字' })).requestRecordCorrection;
    expect(asked).toMatchObject({ status: 'PENDING', realName: '冯正字', idNumber: null });
    expectError(await request({ realName: '冯又改' }), 'CONFLICT');
    // An admin of another district may not decide it, nor see it among their pending ones.
    const chengdu = await districtAdminToken(city, 'jinjiang');
    expectError(await city.query(DECIDE, { id: asked.id, accept: true, note: '同意' }, chengdu), 'FORBIDDEN');
    expect(expectNoErrors(await city.query(PENDING, {}, chengdu)).pendingRecordCorrections).toEqual([]);
    const home = await districtAdminToken(city, 'wenjiang');
    expect(expectNoErrors(await city.query(PENDING, {}, home)).pendingRecordCorrections.map((c) => c.id)).toEqual([
      asked.id,
    ]);
    const rejected = expectNoErrors(
      await city.query(DECIDE, { id: asked.id, accept: false, note: '请携带身份证原件到社区核实' }, home),
    ).decideRecordCorrection;
    expect(rejected).toMatchObject({ status: 'REJECTED', note: '请携带身份证原件到社区核实' });
    expectError(await city.query(DECIDE, { id: asked.id, accept: true, note: '改为同意' }, home), 'CONFLICT');
    const mine = expectNoErrors(await city.query(MINE, {}, subject.token));
    expect(mine.me!.profile!.realName).toBe(subject.realName);
    expect(mine.myRecordCorrections).toEqual([
      expect.objectContaining({ id: asked.id, status: 'REJECTED', note: '请携带身份证原件到社区核实' }),
    ]);
  });

  test('accepted: name, birth date, sex and ID number change together, in full to the volunteer only', async () => {
    const { city, subject } = env;
    const birthDate = '1995-03-17';
    const sex = subject.sex === 'MALE' ? 'FEMALE' : 'MALE';
    const idNumber = idNumberFor(birthDate, sex, 704, '510124');
    const asked = expectNoErrors(
      await request({ realName: '冯正字', birthDate, sex, idNumber, reason: '身份证号码录成了他人的' }),
    ).requestRecordCorrection;
    expect(asked.idNumber).toBe(idNumber);
    const home = await districtAdminToken(city, 'wenjiang');
    const pending = expectNoErrors(await city.query(PENDING, {}, home)).pendingRecordCorrections;
    expect(pending).toEqual([
      { id: asked.id, idNumber: '5101**************', realName: '冯正字', volunteer: { id: subject.id } },
    ]);
    const accepted = expectNoErrors(
      await city.query(DECIDE, { id: asked.id, accept: true, note: '已核对身份证原件' }, await cityAdminToken(city)),
    ).decideRecordCorrection;
    expect(accepted.status).toBe('ACCEPTED');
    const mine = expectNoErrors(await city.query(MINE, {}, subject.token));
    expect(mine.me!.profile).toEqual({ realName: '冯正字', idNumber, sex, birthDate });
    // No nickname was chosen: the public name follows the corrected name (masked).
    expect(mine.me!.displayName).toBe('冯*字');
    expect(mine.myRecordCorrections.map((c) => c.status)).toEqual(['ACCEPTED', 'REJECTED']);
    expect(mine.myRecordCorrections[0]!.decidedAt).not.toBeNull();
  });

  test('two admins deciding at once: exactly one decision is taken', async () => {
    const { city, subject } = env;
    const now = expectNoErrors(await city.query(MINE, {}, subject.token)).me!.profile!;
    const asked = expectNoErrors(
      await request({ idNumber: idNumberFor(now.birthDate, now.sex, 705, '510124'), reason: '顺序码录错' }),
    ).requestRecordCorrection;
    const outcomes = await Promise.all([
      city.query(DECIDE, { id: asked.id, accept: true, note: '核实无误' }, await districtAdminToken(city, 'wenjiang')),
      city.query(DECIDE, { id: asked.id, accept: false, note: '材料不全' }, await cityAdminToken(city)),
    ]);
    expect(outcomes.filter((o) => !o.errors).length).toBe(1);
    expect(outcomes.filter((o) => o.errors?.[0]?.extensions?.code === 'CONFLICT').length).toBe(1);
    const statuses = expectNoErrors(await city.query(MINE, {}, subject.token)).myRecordCorrections.map((c) => c.status);
    expect(statuses.filter((x) => x === 'PENDING')).toEqual([]);
    expect(statuses).toHaveLength(3);
  });

  test('accepting an ID number another volunteer holds is a conflict, and the request stays open', async () => {
    const { city, subject, other } = env;
    const theirs = expectNoErrors(await city.query(MINE, {}, subject.token)).me!.profile!;
    const asked = expectNoErrors(
      await request(
        { sex: theirs.sex, birthDate: theirs.birthDate, idNumber: theirs.idNumber, reason: '号码录错' },
        other.token,
      ),
    ).requestRecordCorrection;
    const home = await districtAdminToken(city, 'wenjiang');
    expectError(await city.query(DECIDE, { id: asked.id, accept: true, note: '同意' }, home), 'CONFLICT');
    const open = expectNoErrors(await city.query(PENDING, {}, home)).pendingRecordCorrections.map((c) => c.id);
    expect(open).toContain(asked.id);
  });

  test('phone, district, skills and categories are the volunteer’s own to edit', async () => {
    const { city, other } = env;
    const edited = expectNoErrors(
      await city.query(
        EDIT,
        { input: { phone: '13711112222', districtCode: 'pidu', skills: ['摄影'], serviceCategories: ['elderly'] } },
        other.token,
      ),
    ).updateVolunteerProfile;
    expect(edited).toEqual({
      district: { code: 'pidu' },
      profile: { phone: '13711112222', skills: ['摄影'], serviceCategories: ['elderly'] },
    });
  });
});
