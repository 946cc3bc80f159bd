import { idCheckChar } from '../../subgraphs/kit/city/idcard';
import { startCity, type City } from '../testkit/city';
import { cityAdminToken, districtAdminToken, orgAdminToken, partnerToken, volunteerToken } from '../testkit/tokens';
import { ORG } from '../testkit/fixtures';

/** Demo volunteers used across these tests (subgraphs/volunteers/data/demo.json). */
export const DEMO = {
  /** 李思雨, 锦江, 126 confirmed hours, no partner sharing. */
  v01: '20000000-0000-4000-8000-000000000001',
  /** 王浩然, 青羊, 652 h, shares with partners. */
  v02: '20000000-0000-4000-8000-000000000002',
  /** 刘一鸣, 武侯, 1512 h. */
  v04: '20000000-0000-4000-8000-000000000004',
  /** 林子墨, 新都, 12 years old, registered with his father's consent. */
  v16: '20000000-0000-4000-8000-000000000016',
};

/** Tokens for every role the issue names. */
export async function roleTokens(city: City) {
  return {
    self01: await volunteerToken(city, 1),
    other03: await volunteerToken(city, 3),
    jinjiangAdmin: await districtAdminToken(city, 'jinjiang'),
    piduAdmin: await districtAdminToken(city, 'pidu'),
    cityAdmin: await cityAdminToken(city, 'admin-city'),
    orgAdmin: await orgAdminToken(city, ORG(1), 'admin-org'),
    partnerFor01: await partnerToken(city, 'demo-volunteer-01'),
    partnerFor02: await partnerToken(city, 'demo-volunteer-02'),
  };
}

/** A valid resident ID number for a birth date (YYYY-MM-DD), sex and sequence number. */
export function idNumberFor(birthDate: string, sex: 'MALE' | 'FEMALE', seq: number, region = '510107'): string {
  const sequence = seq * 2 + (sex === 'MALE' ? 1 : 0);
  const first17 = `${region}${birthDate.replace(/-/g, '')}${String(sequence % 1000).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

export type RoleTokens = Awaited<ReturnType<typeof roleTokens>>;

/** Boots the city with demo data for a test file and mints a token per role; stops it after the file. */
export function cityWithRoles(): { city: City; t: RoleTokens } {
  const env = {} as { city: City; t: RoleTokens };
  beforeAll(async () => {
    env.city = await startCity();
    env.t = await roleTokens(env.city);
  });
  afterAll(() => env.city?.stop());
  return env;
}
