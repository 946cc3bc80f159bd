import { DISTRICT_PLATFORMS } from '../../schema/registry';
import { DISTRICTS } from '../../subgraphs/kit/city/districts';
import { demoDay } from '../../subgraphs/kit/city/demo-days';
import projectsDemo from '../../subgraphs/projects/data/demo.json';
import { countStatements, expectNoErrors, startCity, type City } from '../testkit/city';
import { graphql } from '../testkit/generated';

let city: City;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.stop());

const EVERY_SUBGRAPH = `
  query CityOverview {
    districts {
      code name divisionCode kind customizedPlatform
      organizationCount volunteerCount projectCount
      ${DISTRICT_PLATFORMS.map((d) => `${d} { code title features }`).join('\n')}
    }
  }`;

/** A district of EVERY_SUBGRAPH's answer: its own fields, and one field per district platform, null but its own. */
type OverviewDistrict = {
  code: string;
  name: string;
  divisionCode: string | null;
  kind: string;
  customizedPlatform: boolean;
  organizationCount: number;
  volunteerCount: number;
  projectCount: number;
} & { [platform: string]: { code: string; title: string; features: unknown } | null };

test('one query through the gateway reaches all eleven subgraphs and returns rows from PostgreSQL', async () => {
  const { districts } = expectNoErrors(await city.query<{ districts: OverviewDistrict[] }>(EVERY_SUBGRAPH));
  expect(districts.map((d) => d.code)).toEqual(DISTRICTS.map((d) => d.code));
  const pidu = districts.find((d) => d.code === 'pidu')!;
  expect(pidu).toMatchObject({
    name: '郫都区',
    divisionCode: '510117',
    customizedPlatform: true,
    pidu: { code: 'pidu' },
  });
  expect(pidu.xinjin).toBeNull();
  for (const code of DISTRICT_PLATFORMS) {
    expect(districts.find((d) => d.code === code)![code]!.title).toMatch(/^青聚/);
  }
  // Demo data sits in three different subgraphs' tables; each count comes from its own schema.
  expect(pidu.organizationCount).toBeGreaterThan(0);
  expect(pidu.volunteerCount).toBeGreaterThan(0);
  expect(pidu.projectCount).toBeGreaterThan(0);
  expect(districts.find((d) => d.code === 'tianfu')).toMatchObject({
    divisionCode: null,
    kind: 'FUNCTIONAL_ZONE',
    customizedPlatform: false,
  });
});

test('entities resolve across subgraphs: a project page with its organization and district', async () => {
  const res = await city.query(
    graphql(`
      query CityQueryProjects {
        projects(first: 3) {
          edges {
            node {
              title
              organization {
                name
                verified
                projectCount
              }
              district {
                name
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `),
  );
  const { projects } = expectNoErrors(res);
  expect(projects.edges).toHaveLength(3);
  for (const { node } of projects.edges) {
    expect(node.organization.name.length).toBeGreaterThan(0);
    expect(node.organization.projectCount).toBeGreaterThan(0);
    expect(node.district.name).toMatch(/[区县市]$/);
  }
  expect(projects.pageInfo.hasNextPage).toBe(true);
});

test('a volunteer combines fields from the volunteers and projects subgraphs', async () => {
  const res = await city.query(
    graphql(`
      query CityQueryVolunteer {
        volunteer(id: "20000000-0000-4000-8000-000000000002") {
          displayName
          district {
            name
          }
          confirmedHours
          serviceSummary {
            recordCount
            projectCount
            organizationCount
            firstServedOn
          }
        }
      }
    `),
  );
  const { volunteer } = expectNoErrors(res);
  expect(volunteer).toMatchObject({ displayName: '王*然', district: { name: '青羊区' }, confirmedHours: 652 });
  expect(volunteer!.serviceSummary.recordCount).toBe(82);
  // The demo's first day of service for him, moved to the day the demo was seeded (kit/demo-days).
  const served = projectsDemo.serviceRecords
    .filter((r) => r.volunteerId === '20000000-0000-4000-8000-000000000002')
    .map((r) => r.servedOn)
    .sort();
  expect(volunteer!.serviceSummary.firstServedOn).toBe(demoDay(served[0]!));
});

test('a malformed id is a clear BAD_USER_INPUT, an unknown one is null', async () => {
  const bad = await city.query(
    graphql(`
      query CityQueryVolunteer2 {
        volunteer(id: "1 OR 1=1") {
          displayName
        }
      }
    `),
  );
  expect(bad.errors?.[0]).toMatchObject({
    extensions: { code: 'BAD_USER_INPUT' },
    message: expect.stringMatching(/^id must be/),
  });
  const unknown = await city.query(
    graphql(`
      query CityQueryVolunteer3 {
        volunteer(id: "20000000-0000-4000-8000-00000000ffff") {
          displayName
        }
      }
    `),
  );
  expect(expectNoErrors(unknown).volunteer).toBeNull();
});

test('a page of projects with organizations and districts costs the same SQL for 2 items as for 12', async () => {
  const page = (n: number) => () =>
    city
      .query(
        graphql(`
          query CityQueryPage($first: Int) {
            projects(first: $first) {
              edges {
                node {
                  title
                  organization {
                    name
                    projectCount
                  }
                  district {
                    name
                    organizationCount
                    volunteerCount
                    projectCount
                  }
                }
              }
            }
          }
        `),
        { first: n },
      )
      .then(expectNoErrors);
  const small = await countStatements(city, page(2));
  const large = await countStatements(city, page(12));
  expect(large).toEqual(small);
  expect(small.projects).toBeLessThanOrEqual(4);
});
