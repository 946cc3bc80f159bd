import { creditCodeCheckCharacter } from '../../subgraphs/kit/city/credit-code';
import { startCity, type City } from '../testkit/city';
import { tokensFor, type Tokens } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import type { RegisterOrganizationInput } from '../testkit/generated/graphql';

/** Boots the city with demo data for one test file and hands its tests the city and a token maker. */
export function bootCity(use: (city: City, as: Tokens) => void): void {
  let city: City | undefined;
  beforeAll(async () => {
    city = await startCity();
    use(city, tokensFor(city));
  });
  afterAll(() => city?.stop());
}

let serial = 0;
/** A fresh, valid credit code (each test file passes its own prefix digit so files never collide). */
export function newCreditCode(prefix: string): string {
  serial += 1;
  const body = `5151010${prefix}MA6${String(serial).padStart(6, '0')}`;
  return body + creditCodeCheckCharacter(body);
}

/** Events the organizations subgraph recorded in its outbox, oldest first. */
export async function outbox(city: City, type: string): Promise<Record<string, unknown>[]> {
  const rows = await city.subgraphs
    .get('organizations')!
    .db.query('SELECT payload FROM outbox WHERE type = $1 ORDER BY seq', [type]);
  return rows.map((r: { payload: Record<string, unknown> }) => r.payload);
}

export const REGISTER = graphql(`
  mutation Register($input: RegisterOrganizationInput!) {
    registerOrganization(input: $input) {
      id
      name
      creditCode
      status
      verified
      suspended
      canPublish
      district {
        code
        name
      }
    }
  }
`);

export function registration(
  creditCode: string,
  over: Partial<RegisterOrganizationInput> = {},
): RegisterOrganizationInput {
  return {
    name: '金牛区西华街道花照社区居民委员会',
    creditCode,
    type: 'COMMUNITY',
    district: 'jinniu',
    address: '成都市金牛区西华街道花照壁中横街9号',
    contactName: '社区党群服务中心',
    contactPhone: '028-87654321',
    ...over,
  };
}
