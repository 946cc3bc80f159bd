import { projectInput } from '../projects/helpers';
import { expectError, expectNoErrors, type City } from '../testkit/city';
import { REGISTER, bootCity, newCreditCode, registration } from './helpers';
import { NEED, ORG } from '../testkit/fixtures';
import { type Tokens } from '../testkit/tokens';
import { graphql } from '../testkit/generated';

/**
 * Standing and conversions travel to the projects subgraph through the kit's event relay: what a district admin
 * decides here is what the projects subgraph enforces there, end to end through the gateway.
 */
let city: City;
let as: Tokens;
bootCity((c, t) => {
  city = c;
  as = t;
});

const CREATE = graphql(`
  mutation FlowCreate($input: ProjectInput!) {
    createProject(input: $input) {
      id
    }
  }
`);
const PUBLISH = graphql(`
  mutation FlowPublish($id: ID!) {
    publishProject(id: $id) {
      status
    }
  }
`);

test('an organization publishes only once its district has verified it, and not while suspended', async () => {
  const registered = await city.query(
    REGISTER,
    { input: registration(newCreditCode('4'), { name: '锦江区书院街街道和平社区', district: 'jinjiang' }) },
    await as.volunteer('demo-volunteer-01'),
  );
  const org = expectNoErrors(registered).registerOrganization.id;
  const admin = await as.orgAdmin(org, 'demo-volunteer-01');
  await city.settleEvents();

  const draft = expectNoErrors(
    await city.query(CREATE, { input: projectInput({ title: '和平社区冬季助老探访' }) }, admin),
  ).createProject.id;
  expectError(await city.query(PUBLISH, { id: draft }, admin), 'ORGANIZATION_NOT_VERIFIED');

  expectNoErrors(
    await city.query(
      graphql(`
        mutation FlowVerifyOrganization($id: ID!) {
          verifyOrganization(id: $id) {
            status
          }
        }
      `),
      { id: org },
      await as.districtAdmin('jinjiang'),
    ),
  );
  await city.settleEvents();
  expect(expectNoErrors(await city.query(PUBLISH, { id: draft }, admin)).publishProject.status).toBe('PUBLISHED');

  expectNoErrors(
    await city.query(
      graphql(`
        mutation FlowSuspendOrganization($id: ID!) {
          suspendOrganization(id: $id, reason: "投诉核查中") {
            status
          }
        }
      `),
      { id: org },
      await as.cityAdmin(),
    ),
  );
  await city.settleEvents();
  const another = expectNoErrors(
    await city.query(CREATE, { input: projectInput({ title: '和平社区文明劝导' }) }, admin),
  ).createProject.id;
  expectError(await city.query(PUBLISH, { id: another }, admin), 'ORGANIZATION_SUSPENDED');
});

test('a converted need becomes a draft project of the chosen organization, linked both ways', async () => {
  // Demo need 4: the social-security centre in 双流 asked for help at its self-service terminals; accepted.
  const converted = await city.query(
    graphql(`
      mutation FlowConvertNeed($id: ID!, $org: ID!) {
        convertNeed(id: $id, organizationId: $org) {
          status
        }
      }
    `),
    { id: NEED(4), org: ORG(8) },
    await as.districtAdmin('shuangliu'),
  );
  expect(expectNoErrors(converted).convertNeed.status).toBe('CONVERTED');
  await city.settleEvents();

  const Q = graphql(`
    query FlowNeedProject($id: ID!) {
      need(id: $id) {
        title
        project {
          id
          status
          title
          organization {
            name
          }
          need {
            id
          }
        }
      }
    }
  `);
  // A draft is its organization's until published: the public sees the need, not the project yet.
  expect(expectNoErrors(await city.query(Q, { id: NEED(4) })).need).toEqual({
    title: '社保自助终端使用帮办',
    project: null,
  });
  const { need } = expectNoErrors(await city.query(Q, { id: NEED(4) }, await as.orgAdmin(ORG(8))));
  expect(need!.project).toMatchObject({
    status: 'DRAFT',
    title: '社保自助终端使用帮办',
    organization: { name: '双流区社会保险事务中心' },
    need: { id: NEED(4) },
  });
});
