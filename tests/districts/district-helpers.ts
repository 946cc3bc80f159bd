import type { City } from '../testkit/city';
import { expectNoErrors } from '../testkit/city';
import { graphql } from '../testkit/generated';
import { districtByCode } from '../../subgraphs/kit/city/districts';
import { idNumberFor } from '../volunteers/roles';

/** Runs SQL in a subgraph's own schema (for checks after the fact, never to set up state a user could not). */
/** Each row as pg returns it; a caller that computes with a column states the row type it expects. */
export async function sql<T = Record<string, unknown>>(
  city: City,
  subgraph: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  return city.subgraphs.get(subgraph)!.db.query(text, params);
}

/** Codes of every error in a batch of results, counted: { OK: 75, INSUFFICIENT_CREDITS: 25 }. */
export function outcomes(results: { errors?: { extensions?: Record<string, unknown> }[] }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of results) {
    const code = r.errors?.length ? String(r.errors[0]!.extensions?.code) : 'OK';
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}

/** Registrations made so far in this test file: each new volunteer gets an ID number and a mobile of their own. */
let registered = 0;

/**
 * Registers `n` adult volunteers living in `district` (accounts `<prefix>-0` ...) and returns their tokens once
 * every district subgraph has heard of them.
 */
export async function registerVolunteers(city: City, prefix: string, n: number, district: string): Promise<string[]> {
  const region = districtByCode(district)?.divisionCode ?? '510107';
  const tokens: string[] = [];
  for (let k = 0; k < n; k++) {
    const i = registered++;
    const token = await city.token({ role: 'volunteer', sub: `${prefix}-${k}` });
    const birthDate = `198${i % 10}-0${(i % 9) + 1}-2${i % 8}`;
    const sex = i % 2 ? 'MALE' : 'FEMALE';
    expectNoErrors(
      await city.query(
        graphql(`
          mutation DistrictsRegister($input: RegisterVolunteerInput!) {
            registerVolunteer(input: $input) {
              id
            }
          }
        `),
        {
          input: {
            realName: `志愿者${i}`,
            sex,
            birthDate,
            idNumber: idNumberFor(birthDate, sex, 300 + i, region),
            districtCode: district,
            phone: `137${String(20000000 + i)}`,
            serviceCategories: ['community'],
            consent: { personalData: true },
          },
        },
        token,
      ),
    );
    tokens.push(token);
  }
  await city.settleEvents();
  return tokens;
}
