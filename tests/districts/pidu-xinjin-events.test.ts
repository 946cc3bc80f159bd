import { expectNoErrors, startCity, type City } from '../testkit/city';
import { dayFromNow, publishedProject } from '../projects/helpers';
import { idNumberFor } from '../volunteers/roles';
import { ORG } from '../testkit/fixtures';
import { orgAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';

/**
 * The real event flow end to end: a citizen registers with the volunteers subgraph, serves a shift recorded by the
 * projects subgraph, and once the organization confirms the hours, Pidu's time bank and Xinjin's mall both
 * credit them, with no core subgraph knowing either district exists.
 */
let city: City;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.stop());

test("a new Pidu volunteer's confirmed hours become time-bank credits and mall points", async () => {
  const token = await city.token({ role: 'volunteer', sub: 'citizen-pidu-events' });
  const ACCOUNTS = graphql(`
    query PiduXinjinEventsAccounts {
      pidu {
        myAccount {
          balance
        }
      }
      xinjin {
        myAccount {
          points
        }
      }
    }
  `);
  // Not registered yet: neither district knows the account.
  expect(expectNoErrors(await city.query(ACCOUNTS, {}, token))).toEqual({
    pidu: { myAccount: null },
    xinjin: { myAccount: null },
  });

  expectNoErrors(
    await city.query(
      graphql(`
        mutation R($input: RegisterVolunteerInput!) {
          registerVolunteer(input: $input) {
            id
          }
        }
      `),
      {
        input: {
          realName: '罗嘉怡',
          sex: 'FEMALE',
          birthDate: '2001-04-12',
          idNumber: idNumberFor('2001-04-12', 'FEMALE', 58),
          districtCode: 'pidu',
          phone: '13911112222',
          serviceCategories: ['elderly'],
          consent: { personalData: true },
        },
      },
      token,
    ),
  );
  await city.settleEvents();
  expect(expectNoErrors(await city.query(ACCOUNTS, {}, token))).toEqual({
    pidu: { myAccount: { balance: 0 } },
    xinjin: { myAccount: { points: 0 } },
  });

  // She serves a 3-hour shift yesterday, recorded from its start to 150 minutes in, and the organization confirms.
  const admin = await orgAdminToken(city, ORG(3));
  const date = dayFromNow(4);
  const project = await publishedProject(city, ORG(3), {
    startsOn: date,
    endsOn: date,
    shifts: [{ date, startTime: '15:00', endTime: '18:00', capacity: 10 }],
  });
  const shiftId = project.shifts[0].id;
  const signupId = expectNoErrors(
    await city.query(
      graphql(`
        mutation PiduXinjinEventsSignUp($s: ID!) {
          signUp(shiftId: $s) {
            id
          }
        }
      `),
      { s: shiftId },
      token,
    ),
  ).signUp.id;
  const projects = city.subgraphs.get('projects')!.db;
  // Time passes (as the projects tests do it): the shift ran yesterday.
  await projects.query(
    `UPDATE shift SET starts_at = now() - interval '1 day', ends_at = now() - interval '1 day' + interval '3 hours'
     WHERE id = $1`,
    [shiftId],
  );
  const [{ starts_at: startsAt }] = await projects.query('SELECT starts_at FROM shift WHERE id = $1', [shiftId]);
  const at = (min: number) => new Date(new Date(startsAt).getTime() + min * 60_000).toISOString();
  expectNoErrors(
    await city.query(
      graphql(`
        mutation PiduXinjinEventsCheckInVolunteer($id: ID!, $at: String) {
          checkInVolunteer(signupId: $id, at: $at) {
            id
          }
        }
      `),
      { id: signupId, at: at(0) },
      admin,
    ),
  );
  expectNoErrors(
    await city.query(
      graphql(`
        mutation PiduXinjinEventsCheckOutVolunteer($id: ID!, $at: String) {
          checkOutVolunteer(signupId: $id, at: $at) {
            id
          }
        }
      `),
      { id: signupId, at: at(150) },
      admin,
    ),
  );
  const [{ id: recordId }] = await projects.query('SELECT id FROM service_record WHERE signup_id = $1', [signupId]);
  expectNoErrors(
    await city.query(
      graphql(`
        mutation PiduXinjinEventsConfirmServiceRecords($ids: [ID!]!) {
          confirmServiceRecords(ids: $ids) {
            status
          }
        }
      `),
      { ids: [recordId] },
      admin,
    ),
  );
  await city.settleEvents();

  const res = await city.query(
    graphql(`
      query PiduXinjinEventsMe {
        me {
          district {
            name
          }
          confirmedHours
          starLevel
          points
          pidu {
            balance
            canSpend
            entries(first: 1) {
              edges {
                node {
                  kind
                  amount
                  recordId
                }
              }
            }
          }
          xinjin {
            points
            earnedPoints
          }
        }
      }
    `),
    {},
    token,
  );
  expect(expectNoErrors(res).me).toEqual({
    district: { name: '郫都区' },
    confirmedHours: 2.5,
    starLevel: 0,
    points: 25,
    pidu: { balance: 2.5, canSpend: false, entries: { edges: [{ node: { kind: 'EARNED', amount: 2.5, recordId } }] } },
    xinjin: { points: 25, earnedPoints: 25 },
  });
});
