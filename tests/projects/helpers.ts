import crypto from 'node:crypto';
import { expectNoErrors, type City } from '../testkit/city';
import { deliver } from '../testkit/events';

/** Demo organizations: 01 is verified, 14 (天府新区华阳街道社区) is not. */
export const ORG = (n: number) => `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const DEMO_PROJECT = (n: number) => `30000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A date `days` from today in Chengdu, YYYY-MM-DD. */
export function dayFromNow(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

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

export const PROJECT_FIELDS = `id title status startsOn endsOn shareCode freePlaces
  shifts { id date startTime endTime startsAt endsAt capacity waitlistCapacity signedUpCount waitlistCount freePlaces }`;

/** Creates and publishes a project of `org` through the gateway; returns it. */
export async function publishedProject(city: City, org: string, overrides: Record<string, unknown> = {}) {
  const token = await adminToken(city, org);
  const created = expectNoErrors(await city.query(`mutation($input: ProjectInput!) { createProject(input: $input) { id } }`, { input: projectInput(overrides) }, token));
  const published = expectNoErrors(await city.query(`mutation($id: ID!) { publishProject(id: $id) { ${PROJECT_FIELDS} } }`, { id: created.createProject.id }, token));
  return published.publishProject;
}

/** Registers `n` volunteers in the projects replica (as the volunteers subgraph's events would) with their tokens. */
export async function volunteers(city: City, n: number, profile: Record<string, unknown> = {}) {
  const ids = Array.from({ length: n }, () => crypto.randomUUID());
  const accounts = ids.map((id) => `acct-${id}`);
  await Promise.all(ids.map((volunteerId, i) => deliver(city, 'projects', 'volunteer.profile', {
    volunteerId, accountId: accounts[i], districtCode: 'jinjiang', birthDate: '2000-01-01', skills: [], status: 'ACTIVE', ...profile,
  })));
  const tokens = await Promise.all(accounts.map((sub) => city.token({ role: 'volunteer', sub })));
  return ids.map((id, i) => ({ id, account: accounts[i], token: tokens[i] }));
}

export const adminToken = (city: City, org: string) => city.token({ role: 'org_admin', org, sub: `admin-of-${org}` });
