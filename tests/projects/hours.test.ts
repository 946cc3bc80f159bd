import crypto from 'node:crypto';
import { expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { addWorkingDays } from '../../subgraphs/kit/city/days';
import { dayFromNow, publishedProject } from './helpers';
import { ORG } from '../testkit/fixtures';
import { districtAdminToken, orgAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import { CitizenServiceRecordsDocument } from '../../gateway/operations/generated/graphql';

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
const SIGN_UP = graphql(`
  mutation HoursSignUp($shift: ID!) {
    signUp(shiftId: $shift) {
      id
    }
  }
`);
// The fields a test reads of a service record, spread by the documents below: codegen reads the fragment from this
// call and adds it to every document that spreads it.
graphql(`
  fragment HoursRecord on ServiceRecord {
    id
    servedOn
    hours
    status
    confirmBy
    overdue
    checkedInAt
    checkedOutAt
    rejectReason
    project {
      id
    }
    volunteer {
      id
    }
    corrections {
      id
      status
      requestedHours
      previousHours
      response
    }
  }
`);

const CONFIRMED_HOURS = graphql(`
  query HoursConfirmedHours($id: ID!) {
    volunteer(id: $id) {
      confirmedHours
    }
  }
`);

/** A published project of org 3 whose one shift the given demo volunteers signed up for; returns shift and sign-ups. */
async function servedShift(volunteerNumbers: number[], date = dayFromNow(4)) {
  const p = await publishedProject(city, ORG(3), {
    startsOn: date,
    endsOn: date,
    shifts: [{ date, startTime: '15:00', endTime: '18:00', capacity: 10 }],
  });
  const signups: string[] = [];
  for (const n of volunteerNumbers) {
    const token = await city.token({ role: 'volunteer', sub: demo(n).sub });
    signups.push(expectNoErrors(await city.query(SIGN_UP, { shift: p.shifts[0].id }, token)).signUp.id);
  }
  return { project: p, shift: p.shifts[0].id, signups };
}

/** Time passes: the shift now runs from `startOffsetMinutes` from now, for three hours. */
async function moveShift(shiftId: string, startOffsetMinutes: number) {
  await db().query(
    `UPDATE shift SET starts_at = now() + make_interval(mins => $2), ends_at = now() + make_interval(mins => $2 + 180)
     WHERE id = $1`,
    [shiftId, startOffsetMinutes],
  );
  const [row] = await db().query('SELECT starts_at FROM shift WHERE id = $1', [shiftId]);
  return row.starts_at as Date;
}

/**
 * A shift served yesterday by one demo volunteer, recorded by the organizer from `inMin` to `outMin` after its start.
 */
async function recordedYesterday(volunteer: number, date: string, inMin: number, outMin: number) {
  const { shift, signups } = await servedShift([volunteer], date);
  const startsAt = await moveShift(shift, -24 * 60);
  const at = (m: number) => new Date(startsAt.getTime() + m * 60_000).toISOString();
  expectNoErrors(
    await city.query(
      graphql(`
        mutation HoursCheckInVolunteer($id: ID!, $at: String) {
          checkInVolunteer(signupId: $id, at: $at) {
            id
          }
        }
      `),
      { id: signups[0], at: at(inMin) },
      admin,
    ),
  );
  expectNoErrors(
    await city.query(
      graphql(`
        mutation HoursCheckOutVolunteer($id: ID!, $at: String) {
          checkOutVolunteer(signupId: $id, at: $at) {
            id
          }
        }
      `),
      { id: signups[0], at: at(outMin) },
      admin,
    ),
  );
  const [{ id }] = await db().query('SELECT id FROM service_record WHERE signup_id = $1', [signups[0]]);
  return id as string;
}

test('a volunteer checks in and out with the code shown at the site; the record waits for confirmation', async () => {
  const { shift } = await servedShift([3]);
  const token = await city.token({ role: 'volunteer', sub: demo(3).sub });
  const CODE = graphql(`
    query HoursCode($id: ID!) {
      project(id: $id) {
        shifts {
          checkInCode
        }
      }
    }
  `);
  const [{ project_id: projectId }] = await db().query('SELECT project_id FROM shift WHERE id = $1', [shift]);
  expect(expectNoErrors(await city.query(CODE, { id: projectId }, token)).project!.shifts[0].checkInCode).toBeNull();
  const code = expectNoErrors(await city.query(CODE, { id: projectId }, admin)).project!.shifts[0].checkInCode!;
  expect(code).toMatch(/^\d{6}$/);

  const CHECK_IN = graphql(`
    mutation HoursCheckIn($s: ID!, $c: String!) {
      checkIn(shiftId: $s, code: $c) {
        checkedInAt
      }
    }
  `);
  const CHECK_OUT = graphql(`
    mutation HoursCheckOut($s: ID!, $c: String!) {
      checkOut(shiftId: $s, code: $c) {
        checkedOutAt
      }
    }
  `);
  expectError(await city.query(CHECK_IN, { s: shift, c: code }, token), 'CHECKIN_CLOSED'); // the shift is days away
  await moveShift(shift, -120); // started two hours ago
  const wrong = code === '000000' ? '111111' : '000000';
  expectError(await city.query(CHECK_IN, { s: shift, c: wrong }, token), 'WRONG_CODE');
  expectError(await city.query(CHECK_IN, { s: shift, c: 'abc' }, token), 'BAD_USER_INPUT');
  expectError(await city.query(CHECK_OUT, { s: shift, c: code }, token), 'NOT_CHECKED_IN');
  expect(expectNoErrors(await city.query(CHECK_IN, { s: shift, c: code }, token)).checkIn.checkedInAt).toEqual(
    expect.any(String),
  );
  expectError(await city.query(CHECK_IN, { s: shift, c: code }, token), 'CONFLICT');
  // Checked in at "two hours into the shift"; pretend the check-in was at the start.
  await db().query("UPDATE signup SET checked_in_at = checked_in_at - interval '90 minutes' WHERE shift_id = $1", [
    shift,
  ]);
  expectNoErrors(await city.query(CHECK_OUT, { s: shift, c: code }, token));
  const mine = expectNoErrors(
    await city.query(
      graphql(`
        query HoursMyServiceRecords {
          myServiceRecords {
            edges {
              node {
                ...HoursRecord
              }
            }
          }
        }
      `),
      {},
      token,
    ),
  ).myServiceRecords.edges.map((e) => e.node);
  const rec = mine.find((r) => r.project.id === projectId);
  expect(rec).toMatchObject({
    status: 'PENDING',
    overdue: false,
    checkedInAt: expect.any(String),
    checkedOutAt: expect.any(String),
  });
  expect(rec!.hours).toBeCloseTo(1.5, 1);

  const other = await city.token({ role: 'volunteer', sub: demo(4).sub });
  expectError(await city.query(CHECK_IN, { s: shift, c: code }, other), 'NOT_SIGNED_UP');
  expectError(await city.query(CHECK_IN, { s: shift, c: code }), 'UNAUTHENTICATED');
});

test('five wrong codes lock self check-in for that sign-up', async () => {
  const { shift } = await servedShift([5], dayFromNow(5));
  await moveShift(shift, -10);
  const token = await city.token({ role: 'volunteer', sub: demo(5).sub });
  const [{ checkin_code: code }] = await db().query('SELECT checkin_code FROM shift WHERE id = $1', [shift]);
  const wrong = code === '000000' ? '111111' : '000000';
  const CHECK_IN = graphql(`
    mutation HoursCheckInLocked($s: ID!, $c: String!) {
      checkIn(shiftId: $s, code: $c) {
        checkedInAt
      }
    }
  `);
  for (let i = 0; i < 5; i++) expectError(await city.query(CHECK_IN, { s: shift, c: wrong }, token), 'WRONG_CODE');
  expectError(await city.query(CHECK_IN, { s: shift, c: code }, token), 'TOO_MANY_ATTEMPTS');
});

test('the organizer records attendance, confirms hours in bulk, and they count for the volunteer', async () => {
  const volunteers = [6, 7, 8];
  const { shift, signups } = await servedShift(volunteers, dayFromNow(6));
  const startsAt = await moveShift(shift, -24 * 60); // yesterday
  const at = (minutes: number) => new Date(startsAt.getTime() + minutes * 60_000).toISOString();
  const IN = graphql(`
    mutation HoursIn($id: ID!, $at: String) {
      checkInVolunteer(signupId: $id, at: $at) {
        checkedInAt
      }
    }
  `);
  const OUT = graphql(`
    mutation HoursOut($id: ID!, $at: String) {
      checkOutVolunteer(signupId: $id, at: $at) {
        checkedOutAt
      }
    }
  `);
  expectError(await city.query(IN, { id: signups[0], at: at(0) }, await orgAdminToken(city, ORG(4))), 'FORBIDDEN');
  expectError(
    await city.query(IN, { id: signups[0], at: at(0) }, await city.token({ role: 'volunteer', sub: demo(6).sub })),
    'FORBIDDEN',
  );
  expectError(await city.query(IN, { id: signups[0], at: 'yesterday' }, admin), 'BAD_USER_INPUT');
  expectError(await city.query(IN, { id: signups[0], at: at(-300) }, admin), 'BAD_USER_INPUT');
  expectError(
    await city.query(IN, { id: signups[0], at: new Date(Date.now() + 3600_000).toISOString() }, admin),
    'BAD_USER_INPUT',
  );
  expectError(await city.query(IN, { id: crypto.randomUUID() }, admin), 'NOT_FOUND');
  for (const id of signups) {
    expectNoErrors(await city.query(IN, { id, at: at(-10) }, admin));
    expectNoErrors(await city.query(OUT, { id, at: at(150) }, admin));
  }
  expectError(await city.query(OUT, { id: signups[0], at: at(160) }, admin), 'CONFLICT');

  const before = await Promise.all(
    volunteers.map(
      async (n) => expectNoErrors(await city.query(CONFIRMED_HOURS, { id: demo(n).id })).volunteer!.confirmedHours,
    ),
  );
  const TO_CONFIRM = graphql(`
    query HoursToConfirm {
      serviceRecordsToConfirm {
        edges {
          node {
            ...HoursRecord
          }
        }
      }
    }
  `);
  const pending = expectNoErrors(await city.query(TO_CONFIRM, {}, admin))
    .serviceRecordsToConfirm.edges.map((e) => e.node)
    .filter((r) => r.hours === 2.5);
  expect(pending).toHaveLength(3); // from the start of the shift (arriving early does not count) to 150 minutes in
  expect(pending[0]).toMatchObject({
    status: 'PENDING',
    overdue: false,
    confirmBy: addWorkingDays(pending[0].servedOn, 10),
  });
  expectError(await city.query(TO_CONFIRM, {}, await city.token({ role: 'volunteer', sub: demo(6).sub })), 'FORBIDDEN');

  const CONFIRM = graphql(`
    mutation HoursConfirm($ids: [ID!]!) {
      confirmServiceRecords(ids: $ids) {
        id
        status
      }
    }
  `);
  const ids = pending.map((r) => r.id);
  expectError(await city.query(CONFIRM, { ids }, await orgAdminToken(city, ORG(4))), 'FORBIDDEN');
  expectError(await city.query(CONFIRM, { ids: [] }, admin), 'BAD_USER_INPUT');
  expectError(await city.query(CONFIRM, { ids: [...ids, 'x'] }, admin), 'BAD_USER_INPUT');
  expectError(await city.query(CONFIRM, { ids: [...ids, crypto.randomUUID()] }, admin), 'NOT_FOUND');
  expect(expectNoErrors(await city.query(CONFIRM, { ids }, admin)).confirmServiceRecords.map((r) => r.status)).toEqual([
    'CONFIRMED',
    'CONFIRMED',
    'CONFIRMED',
  ]);
  expectError(await city.query(CONFIRM, { ids }, admin), 'RECORD_NOT_PENDING');
  const after = await Promise.all(
    volunteers.map(
      async (n) => expectNoErrors(await city.query(CONFIRMED_HOURS, { id: demo(n).id })).volunteer!.confirmedHours,
    ),
  );
  expect(after.map((h, i) => h - before[i])).toEqual([2.5, 2.5, 2.5]);
});

test('records unconfirmed 10 working days after the shift are flagged', async () => {
  const { shift, signups } = await servedShift([9], dayFromNow(7));
  const startsAt = await moveShift(shift, -20 * 24 * 60);
  await db().query(`UPDATE signup SET checked_in_at = $2 WHERE id = $1`, [signups[0], startsAt]);
  const OUT = graphql(`
    mutation HoursOutLate($id: ID!, $at: String) {
      checkOutVolunteer(signupId: $id, at: $at) {
        checkedOutAt
      }
    }
  `);
  // Six hours after the end is the organizer's limit; later the record is written with an SQL stand-in, served
  // 30 days ago: 10 working days are done by then even across Spring Festival or National Day.
  expectError(await city.query(OUT, { id: signups[0], at: new Date().toISOString() }, admin), 'BAD_USER_INPUT');
  const servedOn = dayFromNow(-30);
  await db().query(
    `INSERT INTO service_record (project_id, volunteer_id, signup_id, shift_id, served_on, hours, status, confirm_by)
    SELECT project_id, volunteer_id, id, shift_id, $2::date, 3, 'PENDING', $3::date FROM signup WHERE id = $1`,
    [signups[0], servedOn, addWorkingDays(servedOn, 10)],
  );
  const overdue = expectNoErrors(
    await city.query(
      graphql(`
        query HoursServiceRecordsToConfirm {
          serviceRecordsToConfirm(overdueOnly: true) {
            edges {
              node {
                volunteer {
                  id
                }
                overdue
                confirmBy
              }
            }
          }
        }
      `),
      {},
      admin,
    ),
  ).serviceRecordsToConfirm.edges;
  expect(overdue.map((e) => e.node)).toEqual([
    { volunteer: { id: demo(9).id }, overdue: true, confirmBy: addWorkingDays(servedOn, 10) },
  ]);
});

test('a volunteer asks for a correction; the organization rejects with a reason or accepts', async () => {
  const recordId = await recordedYesterday(10, dayFromNow(8), 30, 90);
  const volunteer = await city.token({ role: 'volunteer', sub: demo(10).sub });

  const ASK = graphql(`
    mutation HoursAsk($r: ID!, $h: Float!, $why: String!) {
      requestCorrection(recordId: $r, hours: $h, reason: $why) {
        id
        status
        requestedHours
        previousHours
        record {
          id
        }
      }
    }
  `);
  expectError(
    await city.query(
      ASK,
      { r: recordId, h: 3, why: '我从开始就到了' },
      await city.token({ role: 'volunteer', sub: demo(11).sub }),
    ),
    'NOT_FOUND',
  );
  expectError(await city.query(ASK, { r: recordId, h: 0, why: '我从开始就到了' }, volunteer), 'BAD_USER_INPUT');
  expectError(await city.query(ASK, { r: recordId, h: 25, why: '我从开始就到了' }, volunteer), 'BAD_USER_INPUT');
  expectError(await city.query(ASK, { r: recordId, h: 3, why: '' }, volunteer), 'BAD_USER_INPUT');
  expectError(await city.query(ASK, { r: recordId, h: 1, why: '不变' }, volunteer), 'BAD_USER_INPUT'); // already 1 h
  const first = expectNoErrors(
    await city.query(ASK, { r: recordId, h: 3, why: '签到时网络故障，实际9点已到岗' }, volunteer),
  ).requestCorrection;
  expect(first).toMatchObject({ status: 'OPEN', requestedHours: 3, previousHours: 1, record: { id: recordId } });
  expectError(await city.query(ASK, { r: recordId, h: 2, why: '再申请一次' }, volunteer), 'CONFLICT');

  const RESOLVE = graphql(`
    mutation HoursResolve($id: ID!, $ok: Boolean!, $why: String) {
      resolveCorrection(id: $id, accept: $ok, reason: $why) {
        status
        response
        record {
          hours
          status
        }
      }
    }
  `);
  expectError(await city.query(RESOLVE, { id: first.id, ok: false }, admin), 'BAD_USER_INPUT');
  expectError(await city.query(RESOLVE, { id: first.id, ok: true }, await orgAdminToken(city, ORG(4))), 'FORBIDDEN');
  expectError(await city.query(RESOLVE, { id: first.id, ok: true }, volunteer), 'FORBIDDEN');
  expect(
    expectNoErrors(await city.query(RESOLVE, { id: first.id, ok: false, why: '签到记录显示10点到岗' }, admin))
      .resolveCorrection,
  ).toEqual({ status: 'REJECTED', response: '签到记录显示10点到岗', record: { hours: 1, status: 'PENDING' } });
  expectError(await city.query(RESOLVE, { id: first.id, ok: true }, admin), 'CONFLICT');

  const second = expectNoErrors(
    await city.query(ASK, { r: recordId, h: 2, why: '10点到岗，12点离开' }, volunteer),
  ).requestCorrection;
  expect(expectNoErrors(await city.query(RESOLVE, { id: second.id, ok: true }, admin)).resolveCorrection).toEqual({
    status: 'ACCEPTED',
    response: null,
    record: { hours: 2, status: 'CONFIRMED' },
  });
  const seen = expectNoErrors(
    await city.query(
      graphql(`
        query HoursVolunteer($id: ID!) {
          volunteer(id: $id) {
            serviceRecords(first: 5) {
              edges {
                node {
                  id
                  hours
                  corrections {
                    status
                  }
                }
              }
            }
          }
        }
      `),
      { id: demo(10).id },
      volunteer,
    ),
  );
  expect(seen.volunteer!.serviceRecords!.edges.find((e) => e.node.id === recordId)!.node).toEqual({
    id: recordId,
    hours: 2,
    corrections: [{ status: 'ACCEPTED' }, { status: 'REJECTED' }],
  });
});

test('service records are visible to the volunteer, city admins and their district admins only', async () => {
  const Q = graphql(`
    query HoursVisibleRecords($id: ID!) {
      volunteer(id: $id) {
        serviceRecords(first: 3) {
          edges {
            node {
              servedOn
              hours
              status
            }
          }
          pageInfo {
            hasNextPage
          }
        }
      }
    }
  `);
  const id = demo(2).id; // lives in qingyang, 82 confirmed records from 2021
  const own = expectNoErrors(await city.query(Q, { id }, await city.token({ role: 'volunteer', sub: demo(2).sub })))
    .volunteer!.serviceRecords!;
  expect(own.edges).toHaveLength(3);
  expect(own.pageInfo.hasNextPage).toBe(true);
  expect(
    expectNoErrors(await city.query(Q, { id }, await city.token({ role: 'city_admin', sub: 'c' }))).volunteer!
      .serviceRecords!.edges,
  ).toHaveLength(3);
  expect(
    expectNoErrors(await city.query(Q, { id }, await districtAdminToken(city, 'qingyang'))).volunteer!.serviceRecords!
      .edges,
  ).toHaveLength(3);
  expect(
    expectNoErrors(await city.query(Q, { id }, await districtAdminToken(city, 'pidu'))).volunteer!.serviceRecords,
  ).toBeNull();
  expect(
    expectNoErrors(await city.query(Q, { id }, await city.token({ role: 'volunteer', sub: demo(3).sub }))).volunteer!
      .serviceRecords,
  ).toBeNull();
  expect(expectNoErrors(await city.query(Q, { id })).volunteer!.serviceRecords).toBeNull();
  // The public contract the growth system builds on is unchanged.
  expect(
    expectNoErrors(
      await city.query(
        graphql(`
          query HoursPublicSummary($id: ID!) {
            volunteer(id: $id) {
              confirmedHours
              serviceSummary {
                recordCount
              }
            }
          }
        `),
        { id },
      ),
    ).volunteer,
  ).toEqual({ confirmedHours: 652, serviceSummary: { recordCount: 82 } });
});

test('rejecting a record needs a reason and the organization', async () => {
  const id = await recordedYesterday(12, dayFromNow(9), 0, 60);
  const REJECT = graphql(`
    mutation HoursReject($id: ID!, $why: String!) {
      rejectServiceRecord(id: $id, reason: $why) {
        status
        rejectReason
      }
    }
  `);
  expectError(await city.query(REJECT, { id, why: '' }, admin), 'BAD_USER_INPUT');
  expectError(await city.query(REJECT, { id, why: '未到岗' }, await orgAdminToken(city, ORG(5))), 'FORBIDDEN');
  expectError(await city.query(REJECT, { id, why: '未到岗' }), 'UNAUTHENTICATED');
  expect(
    expectNoErrors(await city.query(REJECT, { id, why: '现场未见到该志愿者' }, admin)).rejectServiceRecord,
  ).toEqual({ status: 'REJECTED', rejectReason: '现场未见到该志愿者' });
  expectError(await city.query(REJECT, { id, why: '再拒绝一次' }, admin), 'RECORD_NOT_PENDING');
});

test('a partner app reads its linked citizen records only with the volunteer:read scope', async () => {
  // What the partner app sends (gateway/operations/partner/CitizenServiceRecords.graphql).
  const RECORDS = CitizenServiceRecordsDocument;
  const partner = (scope: string) =>
    city.token({ role: 'partner', azp: 'tianfu-citizen-cloud', scope, sub: demo(2).sub });
  expect(
    expectNoErrors(await city.query(RECORDS, { volunteerId: demo(2).id, first: 1 }, await partner('volunteer:read')))
      .volunteer!.serviceRecords!.edges,
  ).toHaveLength(1);
  expect(
    expectNoErrors(await city.query(RECORDS, { volunteerId: demo(2).id, first: 1 }, await partner('project:signup')))
      .volunteer!.serviceRecords,
  ).toBeNull();
});
