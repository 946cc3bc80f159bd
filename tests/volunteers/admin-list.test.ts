import { VolunteerEntity } from '../../subgraphs/volunteers/data/volunteer.entity';
import { countStatements, expectError, expectNoErrors } from '../testkit/city';
import { deliver } from '../testkit/events';
import { cityWithRoles, idNumberFor } from './roles';
import { graphql } from '../testkit/generated';
import type { ResultOf } from '@graphql-typed-document-node/core';

const env = cityWithRoles();
const db = () => env.city.subgraphs.get('volunteers')!.db;

/** 120 volunteers in 东部新区 (no demo volunteer lives there), registered one day apart from 2024-01-01. */
async function addDongbuVolunteers(n: number): Promise<void> {
  const rows = Array.from({ length: n }, (_, i) => ({
    accountId: `dongbu-${i}`,
    displayName: `东部志愿者${i}`,
    districtCode: 'dongbu',
    // A chosen nickname, so lists show it as it is (a display name equal to the real name is masked).
    realName: `东部${i}号`,
    sex: 'MALE' as const,
    birthDate: '1999-01-01',
    idNumber: idNumberFor('1999-01-01', 'MALE', i, '510185'),
    phone: `1390000${String(i).padStart(4, '0')}`,
    skills: i % 3 === 0 ? ['无人机'] : ['驾驶'],
    serviceCategories: ['community'],
    cardCode: `QJDB${String(i).padStart(4, '0')}`,
    consentedAt: new Date(),
    createdAt: new Date(Date.UTC(2024, 0, 1 + i, 2)),
  }));
  await db().getRepository(VolunteerEntity).insert(rows);
}

beforeAll(() => addDongbuVolunteers(120));

const LIST = graphql(`
  query AdminListL($filter: VolunteerFilter, $first: Int, $after: String) {
    volunteers(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          displayName
          district {
            code
          }
          memberSince
          profile {
            realName
            idNumber
            phone
            skills
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
type VolunteerNode = ResultOf<typeof LIST>['volunteers']['edges'][number]['node'];
const list = (token: string, filter: object = {}, first?: number, after?: string) =>
  env.city.query(LIST, { filter, first, after }, token);

test('a district admin lists only their own district, masked', async () => {
  const { volunteers } = expectNoErrors(await list(env.t.jinjiangAdmin));
  expect(volunteers.edges.length).toBeGreaterThan(0);
  expect(volunteers.edges.every((e) => e.node.district?.code === 'jinjiang')).toBe(true);
  expect(volunteers.totalCount).toBe(volunteers.edges.length);
  const li = volunteers.edges.find((e) => e.node.profile?.realName === '李思雨')!.node;
  expect(li.profile).toMatchObject({ idNumber: '5101**************', phone: '138****4501' });

  const other = expectError(await list(env.t.jinjiangAdmin, { district: 'pidu' }), 'FORBIDDEN');
  expect(other.message).toMatch(/own district/);
});

test('a city admin lists every district, filters by district and skill, and pages newest first', async () => {
  const all = expectNoErrors(await list(env.t.cityAdmin, {}, 5)).volunteers;
  expect(all.totalCount).toBeGreaterThanOrEqual(136);
  const pidu = expectNoErrors(await list(env.t.cityAdmin, { district: 'pidu' }, 50)).volunteers;
  expect(pidu.edges.map((e) => e.node.displayName)).toEqual(expect.arrayContaining(['胡*雯', '黄*杰']));
  expect(pidu.edges.every((e) => e.node.district?.code === 'pidu')).toBe(true);

  const drones = expectNoErrors(await list(env.t.cityAdmin, { skill: '无人机' }, 100)).volunteers;
  expect(drones.totalCount).toBe(40);
  expect(drones.edges.every((e) => e.node.profile?.skills.includes('无人机'))).toBe(true);

  // Walk all pages of 东部新区: every volunteer once, newest registration first.
  const seen: VolunteerNode[] = [];
  let after: string | undefined;
  do {
    const page = expectNoErrors(await list(env.t.cityAdmin, { district: 'dongbu' }, 50, after)).volunteers;
    expect(page.totalCount).toBe(120);
    seen.push(...page.edges.map((e) => e.node));
    after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? undefined) : undefined;
  } while (after);
  expect(seen).toHaveLength(120);
  expect(new Set(seen.map((v) => v.id)).size).toBe(120);
  expect(seen[0].displayName).toBe('东部志愿者119');
  expect(seen.map((v) => v.memberSince)).toEqual([...seen.map((v) => v.memberSince)].sort().reverse());
});

test('registration dates filter by Beijing calendar day, inclusive', async () => {
  // 东部志愿者10 registered 2024-01-11 10:00 Beijing time; 11 on 01-12, 12 on 01-13.
  const res = await list(env.t.cityAdmin, {
    district: 'dongbu',
    registeredFrom: '2024-01-11',
    registeredTo: '2024-01-13',
  });
  expect(expectNoErrors(res).volunteers.edges.map((e) => e.node.displayName)).toEqual([
    '东部志愿者12',
    '东部志愿者11',
    '东部志愿者10',
  ]);
  expect(
    expectError(await list(env.t.cityAdmin, { registeredFrom: '2024-13-01' }), 'BAD_USER_INPUT').extensions,
  ).toMatchObject({ field: 'filter.registeredFrom' });
  expect(
    expectError(await list(env.t.cityAdmin, { registeredTo: '2024-02-30' }), 'BAD_USER_INPUT').extensions,
  ).toMatchObject({ field: 'filter.registeredTo' });
});

test('star level filter uses the hours the projects subgraph announced', async () => {
  // Version 2: the next total after the demo history's (version 1), as the projects subgraph would number it.
  const announce = (volunteerId: string, confirmedHours: number) =>
    deliver(env.city, 'volunteers', 'volunteer.hours', { volunteerId, confirmedHours, version: 2 }, 'projects');
  await announce('20000000-0000-4000-8000-000000000004', 1512);
  await announce('20000000-0000-4000-8000-000000000006', 999.5);
  await announce('20000000-0000-4000-8000-000000000002', 652);
  const stars = async (level: number) =>
    expectNoErrors(await list(env.t.cityAdmin, { starLevel: level }, 100)).volunteers.edges.map(
      (e) => e.node.profile?.realName,
    );
  expect(await stars(5)).toEqual(['刘一鸣']);
  expect(await stars(3)).toEqual(expect.arrayContaining(['杨子轩', '王浩然']));
  expect(await stars(3)).toHaveLength(2);
  expectError(await list(env.t.cityAdmin, { starLevel: 6 }), 'BAD_USER_INPUT');
});

test('volunteers, organization admins and the anonymous cannot list volunteers; a page holds 100 at most', async () => {
  expectError(await env.city.query(LIST, {}), 'UNAUTHENTICATED');
  for (const token of [env.t.self01, env.t.orgAdmin, env.t.partnerFor02]) expectError(await list(token), 'FORBIDDEN');
  expectError(await list(env.t.cityAdmin, {}, 101), 'BAD_USER_INPUT');
  expectError(await list(env.t.cityAdmin, {}, 10, 'not-a-cursor'), 'BAD_USER_INPUT');
  const forged = Buffer.from(JSON.stringify(['yesterday', '20000000-0000-4000-8000-000000000001'])).toString(
    'base64url',
  );
  expectError(await list(env.t.cityAdmin, {}, 10, forged), 'BAD_USER_INPUT');
});

test('100 volunteers with every field cost the same SQL statements as 10', async () => {
  const EVERYTHING = graphql(`
    query AdminListL2($first: Int) {
      volunteers(filter: { district: "dongbu" }, first: $first) {
        totalCount
        edges {
          node {
            id
            displayName
            memberSince
            district {
              name
              volunteerCount
            }
            confirmedHours
            starLevel
            hoursToNextStar
            points
            badges {
              code
            }
            card {
              verificationCode
              starLevel
              badges {
                name
              }
            }
            serviceSummary {
              recordCount
              projectCount
            }
            profile {
              realName
              sex
              birthDate
              idNumber
              phone
              skills
              serviceCategories
              guardian {
                name
              }
            }
          }
        }
      }
    }
  `);
  const page = (first: number) => async () => {
    const data = expectNoErrors(await env.city.query(EVERYTHING, { first }, env.t.cityAdmin));
    expect(data.volunteers.edges).toHaveLength(first);
  };
  const ten = await countStatements(env.city, page(10));
  const hundred = await countStatements(env.city, page(100));
  expect(hundred).toEqual(ten);
  // The list and its count, then one batched entity fetch for the fields that @require hours; and the access log's
  // one INSERT for the request, however many records the admin was served (issue 11.3).
  expect(hundred.volunteers).toBeLessThanOrEqual(5);
  console.log('SQL statements for 100 volunteers with every field:', JSON.stringify(hundred));
});
