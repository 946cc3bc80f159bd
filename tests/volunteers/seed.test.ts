import demo from '../../subgraphs/volunteers/data/demo.json';
import { demoInstant } from '../../subgraphs/kit/city/demo-days';
import { seedProjects } from '../../subgraphs/projects/data/seed';
import { seedVolunteers } from '../../subgraphs/volunteers/data/seed';
import { expectError, expectNoErrors } from '../testkit/city';
import { chengduDay, dayFromNow } from '../testkit/days';
import { cityWithRoles } from './roles';
import { graphql } from '../testkit/generated';

const env = cityWithRoles();
const db = (name = 'volunteers') => env.city.subgraphs.get(name)!.db;
const V10 = '20000000-0000-4000-8000-000000000010';

test('the seed fills in basic records of older demo rows once, keeping later edits, registration dates', async () => {
  const token = await env.city.token({ role: 'volunteer', sub: 'demo-volunteer-10' });
  const me = () =>
    env.city.query(
      graphql(`
        query SeedMe {
          me {
            displayName
            memberSince
            card {
              verificationCode
            }
            profile {
              realName
              sex
              birthDate
              idNumber
              phone
              skills
            }
          }
        }
      `),
      {},
      token,
    );
  const registered = expectNoErrors(await me()).me!.memberSince;
  expect(registered).toBe(demoInstant(demo.volunteers[9]!.createdAt).toISOString());
  // As a database seeded before the personal-data migration has it: the row, without a basic record.
  await db().query(
    `UPDATE volunteer SET real_name = NULL, sex = NULL, birth_date = NULL, id_number = NULL, phone = NULL,
    skills = '{}', service_categories = '{}', card_code = NULL, consented_at = NULL WHERE id = $1`,
    [V10],
  );
  // Seeded again weeks later (npm start on an existing database): the record is filled in, the row keeps its date.
  await seedVolunteers(db(), new Date(Date.now() + 35 * 86_400_000));
  const filled = expectNoErrors(await me()).me;
  expect(filled).toMatchObject({
    displayName: '吴*航',
    memberSince: registered,
    card: { verificationCode: 'QJ4W8Z10' },
    profile: {
      realName: '吴宇航',
      sex: 'MALE',
      birthDate: '2002-03-21',
      phone: '19828763110',
      skills: ['户外救援', '驾驶'],
    },
  });
  expect(filled!.profile!.idNumber).toMatch(/^51018320020321\d{3}[\dX]$/);

  expectNoErrors(
    await env.city.query(
      graphql(`
        mutation SeedUpdateVolunteerProfile {
          updateVolunteerProfile(input: { phone: "13600000010" }) {
            id
          }
        }
      `),
      {},
      token,
    ),
  );
  await seedVolunteers(db());
  expect(expectNoErrors(await me()).me!.profile!.phone).toBe('13600000010');
});

const HISTORY = graphql(`
  query SeedHistory {
    volunteers(first: 20) {
      edges {
        node {
          id
          memberSince
        }
      }
    }
    projects(first: 20) {
      edges {
        node {
          id
          publishedAt
          startsOn
          endsOn
          organization {
            registeredAt
            verifiedAt
          }
          shifts {
            id
            startsAt
            freePlaces
          }
        }
      }
    }
  }
`);

/** Distinct months (YYYY-MM) of days, each checked to lie in the 24 months before today. */
function monthsInLastTwoYears(days: string[]): Set<string> {
  for (const d of days)
    expect(d >= dayFromNow(-730) && d < dayFromNow(0) ? 'in the last 24 months' : d).toBe('in the last 24 months');
  return new Set(days.map((d) => d.slice(0, 7)));
}

test('the demo city has two years of registrations, projects and confirmed records, and shifts to come', async () => {
  const { volunteers, projects } = expectNoErrors(await env.city.query(HISTORY, {}, env.t.cityAdmin));
  const registeredOn = new Map<string, string>(
    volunteers.edges.map((e) => [e.node.id, chengduDay(e.node.memberSince!)]),
  );
  expect(monthsInLastTwoYears([...registeredOn.values()]).size).toBeGreaterThanOrEqual(12);

  const list = projects.edges.map((e) => e.node);
  expect(monthsInLastTwoYears(list.map((p) => chengduDay(p.publishedAt!))).size).toBeGreaterThanOrEqual(12);
  for (const p of list) {
    const verifiedAt = p.organization.verifiedAt!;
    const publishedAt = p.publishedAt!;
    // Each organization registered and was verified before it published; each project runs from the past into
    // the weeks ahead.
    expect(p.organization.registeredAt < verifiedAt && verifiedAt < publishedAt).toBe(true);
    expect(chengduDay(publishedAt) <= p.startsOn && p.startsOn < dayFromNow(0) && p.endsOn > dayFromNow(0)).toBe(true);
  }
  const upcoming = list.flatMap((p) => p.shifts).filter((s) => s.startsAt > new Date().toISOString());
  expect(upcoming.length).toBeGreaterThanOrEqual(20);
  expect(upcoming.every((s) => s.freePlaces > 0)).toBe(true);
  // Past shifts were filled by those who came: nothing to sign up for there.
  const past = list.flatMap((p) => p.shifts).filter((s) => s.startsAt < new Date().toISOString());
  expect(past.length).toBeGreaterThan(100);
  expect(past.every((s) => s.freePlaces === 0)).toBe(true);

  // pg hands back dates as strings where the query formats them, and timestamps as Date.
  const records: {
    volunteer_id: string;
    status: string;
    served_on: string;
    confirm_by: string;
    confirmed_at: Date;
    starts_on: string;
    shift_day: string;
    checked_out_at: Date;
    same_shift: boolean;
  }[] = await db('projects').query(`SELECT r.volunteer_id, r.status, to_char(r.served_on, 'YYYY-MM-DD') AS served_on,
      to_char(r.confirm_by, 'YYYY-MM-DD') AS confirm_by, r.confirmed_at,
      to_char(p.starts_on, 'YYYY-MM-DD') AS starts_on,
      to_char(s.starts_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS shift_day, g.checked_out_at,
      g.shift_id = r.shift_id AS same_shift
    FROM service_record r JOIN project p ON p.id = r.project_id JOIN shift s ON s.id = r.shift_id
      JOIN signup g ON g.id = r.signup_id`);
  expect(records.length).toBe(459);
  expect(monthsInLastTwoYears(records.map((r) => r.served_on)).size).toBeGreaterThanOrEqual(18);
  for (const r of records) {
    // Served on its shift's day, after the project started and the volunteer registered; confirmed within 10
    // working days.
    expect(r).toMatchObject({ status: 'CONFIRMED', shift_day: r.served_on, same_shift: true });
    expect(r.starts_on <= r.served_on && registeredOn.get(r.volunteer_id)! < r.served_on).toBe(true);
    expect(chengduDay(r.confirmed_at.toISOString()) <= r.confirm_by && r.confirmed_at < new Date()).toBe(true);
    expect(r.checked_out_at < r.confirmed_at).toBe(true);
  }

  // From the volunteer app: an upcoming demo shift takes a sign-up; a past one does not.
  const SIGN_UP = graphql(`
    mutation SeedSignUp($s: ID!) {
      signUp(shiftId: $s) {
        status
      }
    }
  `);
  const token = await env.city.token({ role: 'volunteer', sub: 'demo-volunteer-07' });
  expect(expectNoErrors(await env.city.query(SIGN_UP, { s: upcoming[0].id }, token)).signUp.status).toBe('CONFIRMED');
  expectError(await env.city.query(SIGN_UP, { s: past[0].id }, token), 'SHIFT_STARTED');
});

test('seeding again weeks later adds nothing and moves no row: rows keep their first dates', async () => {
  const snapshot = () =>
    Promise.all([
      db().query(`SELECT id, created_at FROM volunteer ORDER BY id`),
      db('projects').query(`SELECT id, published_at, starts_on, ends_on FROM project ORDER BY id`),
      db('projects').query(`SELECT id, starts_at FROM shift ORDER BY id`),
      db('projects').query(`SELECT id, served_on, confirmed_at FROM service_record ORDER BY id`),
    ]);
  const before = await snapshot();
  const later = new Date(Date.now() + 5 * 7 * 86_400_000);
  await seedVolunteers(db(), later);
  await seedProjects(db('projects'), later);
  expect(await snapshot()).toEqual(before);
});
