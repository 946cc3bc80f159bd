import crypto from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import { expectNoErrors, type City } from '../testkit/city';
import { dayFromNow } from '../testkit/days';
import { deliver } from '../testkit/events';

import { orgAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';

export { dayFromNow } from '../testkit/days';

export function projectInput(overrides: Record<string, unknown> = {}) {
  const startsOn = dayFromNow(10);
  return {
    title: '社区关爱老人智能手机课堂',
    description: '教社区老人使用智能手机扫码、视频通话和网上挂号。',
    categoryCode: 'elderly',
    subcategoryCode: 'elderly.smartphone',
    districtCode: 'jinjiang',
    address: '锦江区春熙路街道红星社区活动室',
    contactName: '陈晓燕',
    contactPhone: '13880011001',
    startsOn,
    endsOn: dayFromNow(20),
    shifts: [{ date: startsOn, startTime: '09:00', endTime: '11:30', capacity: 5, waitlistCapacity: 2 }],
    ...overrides,
  };
}

/** The fields a test reads of a project it creates or publishes (a fragment, so each document using it stays typed). */
export const PROJECT_FIELDS = graphql(`
  fragment HelpersProjectFields on Project {
    id
    title
    status
    startsOn
    endsOn
    shareCode
    freePlaces
    shifts {
      id
      date
      startTime
      endTime
      startsAt
      endsAt
      capacity
      waitlistCapacity
      signedUpCount
      waitlistCount
      freePlaces
    }
  }
`);

/** Creates and publishes a project of `org` through the gateway; returns it. */
export async function publishedProject(city: City, org: string, overrides: Record<string, unknown> = {}) {
  const token = await orgAdminToken(city, org);
  const created = expectNoErrors(
    await city.query(
      graphql(`
        mutation HelpersCreateProject($input: ProjectInput!) {
          createProject(input: $input) {
            id
          }
        }
      `),
      { input: projectInput(overrides) },
      token,
    ),
  );
  const published = expectNoErrors(
    await city.query(
      graphql(`
        mutation HelpersPublishProject($id: ID!) {
          publishProject(id: $id) {
            ...HelpersProjectFields
          }
        }
      `),
      { id: created.createProject.id },
      token,
    ),
  );
  return published.publishProject;
}

/**
 * Registers `n` volunteers in the projects and notifications replicas (as the volunteers subgraph's events would)
 * with their tokens.
 */
export async function volunteers(city: City, n: number, profile: Record<string, unknown> = {}) {
  const ids = Array.from({ length: n }, () => crypto.randomUUID());
  const accounts = ids.map((id) => `acct-${id}`);
  await Promise.all(
    ['projects', 'notifications'].flatMap((subgraph) =>
      ids.map((volunteerId, i) =>
        deliver(city, subgraph, 'volunteer.profile', {
          volunteerId,
          accountId: accounts[i],
          districtCode: 'jinjiang',
          birthDate: '2000-01-01',
          skills: [],
          status: 'ACTIVE',
          ...profile,
        }),
      ),
    ),
  );
  const tokens = await Promise.all(accounts.map((sub) => city.token({ role: 'volunteer', sub })));
  return ids.map((id, i) => ({ id, account: accounts[i], token: tokens[i] }));
}

/** Puts an admin list in the projects replica, as the organizations subgraph's announcement would. */
export function announceAdmins(city: City, organizationId: string, accountIds: string[], version: number) {
  return deliver(city, 'projects', 'organization.admins', { organizationId, accountIds, version });
}

/**
 * Inside the runner's transaction (roll it back afterwards): 48,000 published projects (the platform's cumulative
 * figure) with venues across the city and 2,000 organizations, analysed, so query plans are those of a city-sized
 * table.
 */
export async function fillCitySized(runner: QueryRunner): Promise<void> {
  // Venues spread over the city's area, about 90 by 60 km around its centre.
  await runner.query(`INSERT INTO project (title, description, status, organization_id, district_code, starts_on,
                                     ends_on, share_code, latitude, longitude)
    SELECT (ARRAY['社区','图书馆','地铁站','养老院','公园','博物馆'])[1 + i % 6]
             || (ARRAY['文明引导','助老服务','环境清洁','课业辅导','秩序维护'])[1 + i % 5] || i,
           '志愿者协助开展服务活动，第' || i || '期', 'PUBLISHED', gen_random_uuid(), 'pidu',
           CURRENT_DATE + 30 + i % 300, CURRENT_DATE + 30 + i % 300, 'b' || i,
           30.40 + (i % 211) * 0.0026, 103.60 + (i % 197) * 0.0047
      FROM generate_series(1, 48000) i`);
  await runner.query(`INSERT INTO organization_standing (organization_id, name, district_code, verified, suspended)
    SELECT gen_random_uuid(), '第' || i || '社区志愿服务队', 'pidu', true, false FROM generate_series(1, 2000) i`);
  await runner.query('ANALYZE project');
  await runner.query('ANALYZE organization_standing');
}

export type RequestedNotification = {
  kind: string;
  recipient: Record<string, string>;
  params: Record<string, unknown>;
  dedupeKey: string;
};

/** The notifications the projects subgraph asked for so far (`notification.requested`: its outbox keeps an hour). */
export async function notificationsRequested(city: City, kind: string): Promise<RequestedNotification[]> {
  const found: { payload: RequestedNotification }[] = await city.subgraphs
    .get('projects')!
    .db.query(
      `SELECT payload FROM outbox WHERE type = 'notification.requested' AND payload->>'kind' = $1 ORDER BY seq`,
      [kind],
    );
  return found.map((r) => r.payload);
}
