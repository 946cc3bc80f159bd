import { countStatements, expectNoErrors, startCity, type City } from '../testkit/city';
import { districtAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import type { RecordsBatchingListQuery } from '../testkit/generated/graphql';

/** An admin's list of volunteers with their latest service records costs a fixed number of statements. */
let city: City;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.stop());

const LIST = graphql(`
  query RecordsBatchingList($first: Int) {
    volunteers(first: $first) {
      edges {
        node {
          displayName
          confirmedHours
          serviceRecords(first: 3) {
            edges {
              node {
                hours
                servedOn
                project {
                  title
                }
              }
            }
          }
        }
      }
    }
  }
`);

test.each(['city_admin', 'district_admin'] as const)(
  '%s: records of a page of volunteers are batched',
  async (role) => {
    const token =
      role === 'city_admin'
        ? await city.token({ role, sub: 'city-admin-1' })
        : await districtAdminToken(city, 'qingyang');
    const run = (n: number) => async () => {
      const data = expectNoErrors(await city.query(LIST, { first: n }, token));
      return data.volunteers.edges;
    };
    let edges: RecordsBatchingListQuery['volunteers']['edges'] = [];
    const counted = await countStatements(city, async () => {
      edges = await run(16)();
    });
    const withRecords = edges.filter((e) => e.node.serviceRecords?.edges.length);
    // Enough volunteers with records that one statement per volunteer would show.
    expect(withRecords.length).toBeGreaterThanOrEqual(role === 'city_admin' ? 6 : 1);
    for (const e of withRecords) expect(e.node.serviceRecords!.edges.length).toBeLessThanOrEqual(3);
    // Summaries, first pages of records, their projects and district checks: a fixed handful, whatever the page; a
    // district admin's token adds one read of that district's admin list per request, and the access log one INSERT
    // for the request, however many volunteers' records were served (issue 11.3).
    expect(counted.projects).toBeLessThanOrEqual(role === 'district_admin' ? 7 : 6);
  },
);
