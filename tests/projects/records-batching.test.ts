import { countStatements, expectNoErrors, startCity, type City } from '../testkit/city';
import { districtAdminToken } from '../testkit/tokens';

/** An admin's list of volunteers with their latest service records costs a fixed number of statements. */
let city: City;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.stop());

const LIST = (n: number) =>
  `
    {
      volunteers(first: ${n}) {
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
  `;

test.each(['city_admin', 'district_admin'] as const)(
  '%s: records of a page of volunteers are batched',
  async (role) => {
    const token =
      role === 'city_admin'
        ? await city.token({ role, sub: 'city-admin-1' })
        : await districtAdminToken(city, 'qingyang');
    const run = (n: number) => async () => {
      const data = expectNoErrors(await city.query(LIST(n), {}, token));
      return data.volunteers.edges;
    };
    let edges: any[] = [];
    const counted = await countStatements(city, async () => {
      edges = await run(16)();
    });
    const withRecords = edges.filter((e: any) => e.node.serviceRecords?.edges.length);
    // Enough volunteers with records that one statement per volunteer would show.
    expect(withRecords.length).toBeGreaterThanOrEqual(role === 'city_admin' ? 6 : 1);
    for (const e of withRecords) expect(e.node.serviceRecords.edges.length).toBeLessThanOrEqual(3);
    // Summaries, first pages of records, their projects and district checks: a fixed handful, whatever the page; a
    // district admin's token adds one read of that district's admin list per request.
    expect(counted.projects).toBeLessThanOrEqual(role === 'district_admin' ? 6 : 5);
  },
);
