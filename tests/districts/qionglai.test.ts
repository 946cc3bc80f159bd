import demo from '../../subgraphs/projects/data/demo.json';
import { countStatements, expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { publishedProject } from '../projects/helpers';
import { districtAdminToken } from '../testkit/tokens';
import { ORG } from '../testkit/fixtures';
import { graphql } from '../testkit/generated';
import type { QionglaiTagProjectInput, QionglaiTheme } from '../testkit/generated/graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';

/** Qionglai's rural revitalization (乡村振兴): villages, project tags by theme, figures per village. */
let city: City;
let admin: string;
beforeAll(async () => {
  city = await startCity();
  admin = await districtAdminToken(city, 'qionglai');
});
afterAll(() => city?.stop());

const HUAQIU = 'a1830000-0000-4000-8000-000000000001';
const ZHOUHE = 'a1830000-0000-4000-8000-000000000003';
const QL_PROJECT = '30000000-0000-4000-8000-000000000011';
const PIDU_PROJECT = '30000000-0000-4000-8000-000000000009';
const demoRecords = demo.serviceRecords.filter((r) => r.projectId === QL_PROJECT);
const demoHours = demoRecords.reduce((sum, r) => sum + Number(r.hours), 0);

const PLACE = graphql(`
  query P($id: ID!) {
    qionglai {
      place(id: $id) {
        name
        town
        kind
        figures {
          projectCount
          confirmedHours
          volunteerCount
        }
        projects(first: 5) {
          edges {
            node {
              theme
              project {
                title
              }
            }
          }
        }
      }
    }
  }
`);
const figuresOf = async (id: string) => expectNoErrors(await city.query(PLACE, { id })).qionglai.place!.figures;
const TAG = graphql(`
  mutation T($input: QionglaiTagProjectInput!) {
    qionglaiTagProject(input: $input) {
      theme
      place {
        name
      }
      project {
        id
        title
      }
    }
  }
`);
const SEE = graphql(`
  query S($id: ID!) {
    project(id: $id) {
      title
      district {
        code
      }
      qionglai {
        theme
        place {
          name
        }
      }
    }
  }
`);

test('a gateway query mixes a project, its organization, district, Qionglai village and figures', async () => {
  const res = expectNoErrors(
    await city.query(
      graphql(`
        query Q($id: ID!) {
          project(id: $id) {
            title
            organization {
              name
            }
            district {
              name
              projectCount
              qionglai {
                title
                features
              }
            }
            qionglai {
              theme
              taggedAt
              place {
                name
                town
                figures {
                  projectCount
                  confirmedHours
                  volunteerCount
                }
              }
            }
          }
        }
      `),
      { id: QL_PROJECT },
    ),
  );
  expect(res.project!.title).toBe('花楸村留守儿童陪伴与作业辅导');
  expect(res.project!.district).toMatchObject({
    name: expect.stringContaining('邛崃'),
    projectCount: 1,
    qionglai: { title: '青聚邛崃' },
  });
  expect(res.project!.qionglai).toMatchObject({
    theme: 'CHILDREN_LEFT_BEHIND',
    place: {
      name: '花楸村',
      town: '平乐镇',
      figures: {
        projectCount: 1,
        confirmedHours: demoHours,
        volunteerCount: new Set(demoRecords.map((r) => r.volunteerId)).size,
      },
    },
  });
  // Projects outside Qionglai carry no Qionglai tag.
  expect(expectNoErrors(await city.query(SEE, { id: PIDU_PROJECT })).project!.qionglai).toBeNull();
});

test('places are listed by town, paginated with a hard maximum, and the village figures are batched', async () => {
  const Q = graphql(`
    query QionglaiPlaces($first: Int, $after: String) {
      qionglai {
        places(first: $first, after: $after) {
          edges {
            node {
              name
              town
              figures {
                projectCount
                confirmedHours
              }
              projects(first: 2) {
                edges {
                  node {
                    theme
                  }
                }
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  `);
  const names: string[] = [];
  let after: string | null = null;
  do {
    const page: ResultOf<typeof Q>['qionglai']['places'] = expectNoErrors(await city.query(Q, { first: 3, after }))
      .qionglai.places;
    names.push(...page.edges.map((e) => `${e.node.town}${e.node.name}`));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  expect(names).toHaveLength(8);
  expect(names).toContain('平乐镇花楸村');
  expect(new Set(names).size).toBe(8);

  const small = await countStatements(city, () => city.query(Q, { first: 2 }));
  const large = await countStatements(city, () => city.query(Q, { first: 8 }));
  expect(large.qionglai).toBe(small.qionglai);

  expectError(await city.query(Q, { first: 101 }), 'BAD_USER_INPUT');
  // A malformed id is a clear error, an unknown one is null.
  expectError(await city.query(PLACE, { id: 'huaqiu' }), 'BAD_USER_INPUT');
  expect(
    expectNoErrors(await city.query(PLACE, { id: 'a1830000-0000-4000-8000-0000000000ff' })).qionglai.place,
  ).toBeNull();
  expectError(await city.query(Q, { first: 3, after: 'not-a-cursor' }), 'BAD_USER_INPUT');
  const villages = expectNoErrors(
    await city.query(
      graphql(`
        query QionglaiQionglai {
          qionglai {
            places(kind: COMMUNITY, first: 10) {
              edges {
                node {
                  name
                  kind
                }
              }
            }
          }
        }
      `),
    ),
  );
  expect(villages.qionglai.places.edges.map((e) => e.node.kind)).toEqual(['COMMUNITY', 'COMMUNITY', 'COMMUNITY']);
});

test('only Qionglai district admins (and city admins) tag, and only Qionglai projects', async () => {
  const input: QionglaiTagProjectInput = { projectId: QL_PROJECT, placeId: ZHOUHE, theme: 'HERITAGE' };
  expectError(await city.query(TAG, { input }), 'UNAUTHENTICATED');
  for (const token of [
    await districtAdminToken(city, 'pidu'),
    await city.token({ role: 'volunteer', sub: 'demo-volunteer-10' }),
    await city.token({ role: 'org_admin', sub: 'org-11', org: '10000000-0000-4000-8000-000000000011' }),
  ])
    expectError(await city.query(TAG, { input }, token), 'FORBIDDEN');

  // A Pidu project, once the platform has seen it, is refused by name of the rule.
  expectNoErrors(await city.query(SEE, { id: PIDU_PROJECT }));
  const other = expectError(
    await city.query(TAG, { input: { ...input, projectId: PIDU_PROJECT } }, admin),
    'PROJECT_NOT_IN_QIONGLAI',
  );
  expect(other.message).toMatch(/Qionglai/);
  expectError(
    await city.query(TAG, { input: { ...input, projectId: '30000000-0000-4000-8000-0000000009ff' } }, admin),
    'PROJECT_NOT_KNOWN',
  );
  expectError(
    await city.query(TAG, { input: { ...input, placeId: 'a1830000-0000-4000-8000-0000000000ff' } }, admin),
    'NOT_FOUND',
  );
  expectError(await city.query(TAG, { input: { ...input, placeId: 'nope' } }, admin), 'BAD_USER_INPUT');
  // An unknown theme (not a QionglaiTheme: the cast is the point) is refused by the schema (the gateway currently
  // reports such variable errors as internal).
  expect(
    (await city.query(TAG, { input: { ...input, theme: 'TOURISM' as QionglaiTheme } }, admin)).errors?.length,
  ).toBeGreaterThan(0);
  // Nothing moved.
  expect((await figuresOf(ZHOUHE)).projectCount).toBe(0);
});

test('a newly published Qionglai project is tagged once the platform has opened it through the gateway', async () => {
  const project = await publishedProject(city, ORG(11), {
    title: '周河村猕猴桃采摘助农直播',
    districtCode: 'qionglai',
    address: '邛崃市夹关镇周河村村委会',
  });
  const input: QionglaiTagProjectInput = { projectId: project.id, placeId: ZHOUHE, theme: 'AGRICULTURE' };
  // No project event exists: until the district is known through the gateway, tagging asks to open the project.
  expectError(await city.query(TAG, { input }, admin), 'PROJECT_NOT_KNOWN');
  expect(expectNoErrors(await city.query(SEE, { id: project.id }, admin)).project).toMatchObject({
    district: { code: 'qionglai' },
    qionglai: null,
  });
  expectNoErrors(await city.query(TAG, { input }, admin));
  expect(expectNoErrors(await city.query(SEE, { id: project.id })).project!.qionglai).toEqual({
    theme: 'AGRICULTURE',
    place: { name: '周河村' },
  });
  expect(await figuresOf(ZHOUHE)).toEqual({ projectCount: 1, confirmedHours: 0, volunteerCount: 0 });
  const themed = graphql(`
    query QionglaiT($id: ID!, $theme: QionglaiTheme) {
      qionglai {
        place(id: $id) {
          projects(theme: $theme, first: 5) {
            edges {
              node {
                project {
                  title
                }
              }
            }
          }
        }
      }
    }
  `);
  expect(
    expectNoErrors(await city.query(themed, { id: ZHOUHE, theme: 'HERITAGE' })).qionglai.place!.projects.edges,
  ).toEqual([]);
  expect(
    expectNoErrors(await city.query(themed, { id: ZHOUHE, theme: 'AGRICULTURE' })).qionglai.place!.projects.edges,
  ).toHaveLength(1);
  expectNoErrors(
    await city.query(
      graphql(`
        mutation U($id: ID!) {
          qionglaiUntagProject(projectId: $id)
        }
      `),
      { id: project.id },
      admin,
    ),
  );
});

test('Project.qionglai over a page of projects costs a fixed number of statements, not one per project', async () => {
  const Q = `
    query L($first: Int) {
      projects(first: $first) {
        edges {
          node {
            title
            qionglai {
              theme
              place {
                name
                figures {
                  confirmedHours
                }
              }
            }
          }
        }
      }
    }
  `;
  const small = await countStatements(city, () => city.query(Q, { first: 2 }));
  const large = await countStatements(city, () => city.query(Q, { first: 16 }));
  // One statement per level at most (districts seen, tags, places, figures), whether 2 projects or 16.
  expect(small.qionglai).toBeLessThanOrEqual(4);
  expect(large.qionglai).toBeLessThanOrEqual(4);
});

test('re-tagging moves a project and its hours to another village; untagging removes it', async () => {
  const tagged = expectNoErrors(
    await city.query(TAG, { input: { projectId: QL_PROJECT, placeId: ZHOUHE, theme: 'HERITAGE' } }, admin),
  );
  expect(tagged.qionglaiTagProject).toMatchObject({
    theme: 'HERITAGE',
    place: { name: '周河村' },
    project: { title: '花楸村留守儿童陪伴与作业辅导' },
  });
  expect(await figuresOf(HUAQIU)).toEqual({ projectCount: 0, confirmedHours: 0, volunteerCount: 0 });
  expect(await figuresOf(ZHOUHE)).toMatchObject({ projectCount: 1, confirmedHours: demoHours });

  const cityAdmin = await city.token({ role: 'city_admin', sub: 'city' });
  const untag = graphql(`
    mutation QionglaiU($id: ID!) {
      qionglaiUntagProject(projectId: $id)
    }
  `);
  expect(expectNoErrors(await city.query(untag, { id: QL_PROJECT }, cityAdmin)).qionglaiUntagProject).toBe(true);
  expect(expectNoErrors(await city.query(untag, { id: QL_PROJECT }, admin)).qionglaiUntagProject).toBe(false);
  expect(expectNoErrors(await city.query(SEE, { id: QL_PROJECT })).project!.qionglai).toBeNull();

  expectNoErrors(
    await city.query(TAG, { input: { projectId: QL_PROJECT, placeId: HUAQIU, theme: 'CHILDREN_LEFT_BEHIND' } }, admin),
  );
  expect((await figuresOf(HUAQIU)).confirmedHours).toBe(demoHours);
});

test('a corrected service record changes the village hours by the difference', async () => {
  const record = demoRecords.find((r) => r.volunteerId === '20000000-0000-4000-8000-000000000001')!;
  const volunteer = await city.token({ role: 'volunteer', sub: 'demo-volunteer-01' });
  const asked = expectNoErrors(
    await city.query(
      graphql(`
        mutation QionglaiRequestCorrection($id: ID!, $hours: Float!) {
          requestCorrection(recordId: $id, hours: $hours, reason: "下午提前离开，多记了两小时") {
            id
          }
        }
      `),
      { id: record.id, hours: Number(record.hours) - 2 },
      volunteer,
    ),
  );
  const org = await city.token({
    role: 'org_admin',
    sub: 'demo-org-admin-11',
    org: '10000000-0000-4000-8000-000000000011',
  });
  expectNoErrors(
    await city.query(
      graphql(`
        mutation QionglaiR($id: ID!) {
          resolveCorrection(id: $id, accept: true) {
            status
          }
        }
      `),
      { id: asked.requestCorrection.id },
      org,
    ),
  );
  await city.settleEvents();
  expect((await figuresOf(HUAQIU)).confirmedHours).toBe(demoHours - 2);
});
