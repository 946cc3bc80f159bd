import { expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { newCreditCode, REGISTER, registration } from '../organizations/helpers';
import { dayFromNow, projectInput, publishedProject } from './helpers';
import { ORG } from '../testkit/fixtures';
import { districtAdminToken, orgAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';

/**
 * A token's claim to administer an organization is a hint; the organization's admin list (owned by the
 * organizations subgraph, replicated by event) decides in projects too. Drafts stay private until published, in
 * every state. A verified organization that changes its name or district is verified again before publishing.
 */
let city: City;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.stop());

const CREATE = graphql(`
  mutation AdminClaimsCreate($input: ProjectInput!) {
    createProject(input: $input) {
      id
      shareCode
    }
  }
`);
const PUBLISH = graphql(`
  mutation AdminClaimsPublish($id: ID!) {
    publishProject(id: $id) {
      status
    }
  }
`);
const CANCEL = graphql(`
  mutation AdminClaimsCancel($id: ID!) {
    cancelProject(id: $id, reason: "场地临时关闭") {
      status
    }
  }
`);
const PROJECT = graphql(`
  query AdminClaimsProject($id: ID!) {
    project(id: $id) {
      id
      status
    }
  }
`);
const CONFIRM = graphql(`
  mutation AdminClaimsConfirm($ids: [ID!]!) {
    confirmServiceRecords(ids: $ids) {
      status
    }
  }
`);
const ADD_ADMIN = graphql(`
  mutation AdminClaimsAddAdmin($org: ID!, $acct: ID!) {
    addOrganizationAdmin(organizationId: $org, accountId: $acct) {
      id
    }
  }
`);
const REMOVE_ADMIN = graphql(`
  mutation AdminClaimsRemoveAdmin($org: ID!, $acct: ID!) {
    removeOrganizationAdmin(organizationId: $org, accountId: $acct) {
      id
    }
  }
`);
const orgAdmin = (org: string, sub: string) => city.token({ role: 'org_admin', org, sub });
const db = () => city.subgraphs.get('projects')!.db;

/** A PENDING service record of a published project of org 1, served yesterday by demo volunteer 06. */
async function pendingRecord(): Promise<string> {
  const date = dayFromNow(3);
  const p = await publishedProject(city, ORG(1), {
    startsOn: date,
    endsOn: date,
    shifts: [{ date, startTime: '09:00', endTime: '12:00', capacity: 3 }],
  });
  const volunteer = await city.token({ role: 'volunteer', sub: 'demo-volunteer-06' });
  const { signUp } = expectNoErrors(
    await city.query(
      graphql(`
        mutation AdminClaimsSignUp($s: ID!) {
          signUp(shiftId: $s) {
            id
          }
        }
      `),
      { s: p.shifts[0].id },
      volunteer,
    ),
  );
  await db().query(
    `UPDATE shift SET starts_at = now() - interval '27 hours', ends_at = now() - interval '24 hours' WHERE id = $1`,
    [p.shifts[0].id],
  );
  const owner = await orgAdminToken(city, ORG(1));
  const [{ starts_at: start }] = await db().query('SELECT starts_at FROM shift WHERE id = $1', [p.shifts[0].id]);
  const at = (min: number) => new Date(start.getTime() + min * 60_000).toISOString();
  expectNoErrors(
    await city.query(
      graphql(`
        mutation AdminClaimsCheckInVolunteer($id: ID!, $at: String) {
          checkInVolunteer(signupId: $id, at: $at) {
            id
          }
        }
      `),
      { id: signUp.id, at: at(0) },
      owner,
    ),
  );
  expectNoErrors(
    await city.query(
      graphql(`
        mutation AdminClaimsCheckOutVolunteer($id: ID!, $at: String) {
          checkOutVolunteer(signupId: $id, at: $at) {
            id
          }
        }
      `),
      { id: signUp.id, at: at(150) },
      owner,
    ),
  );
  const [{ id }] = await db().query('SELECT id FROM service_record WHERE signup_id = $1', [signUp.id]);
  return id;
}

test('an admin removed in organizations can no longer create, publish, see drafts, confirm hours', async () => {
  const owner = await orgAdminToken(city, ORG(1));
  expectNoErrors(await city.query(ADD_ADMIN, { org: ORG(1), acct: 'demo-volunteer-07' }, owner));
  await city.settleEvents();
  const helper = await orgAdmin(ORG(1), 'demo-volunteer-07');
  // Added: the helper acts for the organization in projects.
  const draft = expectNoErrors(
    await city.query(CREATE, { input: projectInput({ title: '红星社区冬季义诊' }) }, helper),
  ).createProject;
  const record = await pendingRecord();

  expectNoErrors(await city.query(REMOVE_ADMIN, { org: ORG(1), acct: 'demo-volunteer-07' }, owner));
  await city.settleEvents();
  // Removed: the token still names the organization, and counts for nothing.
  const refusal = expectError(await city.query(PUBLISH, { id: draft.id }, helper), 'FORBIDDEN');
  expect(refusal.message).toMatch(/not \(or no longer\) an admin/);
  expectError(await city.query(CONFIRM, { ids: [record] }, helper), 'FORBIDDEN');
  expectError(await city.query(CREATE, { input: projectInput() }, helper), 'FORBIDDEN');
  expect(expectNoErrors(await city.query(PROJECT, { id: draft.id }, helper)).project).toBeNull();
  // The admins who remain still act.
  expect(expectNoErrors(await city.query(PUBLISH, { id: draft.id }, owner)).publishProject.status).toBe('PUBLISHED');
  expect(expectNoErrors(await city.query(CONFIRM, { ids: [record] }, owner)).confirmServiceRecords).toEqual([
    { status: 'CONFIRMED' },
  ]);
});

test('a token naming an organization its account never administered creates nothing and sees no drafts', async () => {
  const owner = await orgAdminToken(city, ORG(1));
  const draft = expectNoErrors(await city.query(CREATE, { input: projectInput() }, owner)).createProject;
  for (const token of [await orgAdmin(ORG(1), 'demo-volunteer-05'), await orgAdmin(ORG(1), 'demo-org-admin-02')]) {
    expectError(await city.query(CREATE, { input: projectInput() }, token), 'FORBIDDEN');
    expectError(await city.query(PUBLISH, { id: draft.id }, token), 'FORBIDDEN');
    expectError(
      await city.query(
        graphql(`
          query AdminClaimsServiceRecordsToConfirm {
            serviceRecordsToConfirm {
              pageInfo {
                hasNextPage
              }
            }
          }
        `),
        {},
        token,
      ),
      'FORBIDDEN',
    );
    expect(expectNoErrors(await city.query(PROJECT, { id: draft.id }, token)).project).toBeNull();
  }
  expect(expectNoErrors(await city.query(PROJECT, { id: draft.id }, owner)).project).toEqual({
    id: draft.id,
    status: 'DRAFT',
  });
});

test('a draft cancelled before publishing stays private everywhere; one cancelled after it stays public', async () => {
  const owner = await orgAdminToken(city, ORG(1));
  const draft = expectNoErrors(
    await city.query(CREATE, { input: projectInput({ title: '从未发布的草稿项目' }) }, owner),
  ).createProject;
  expect(expectNoErrors(await city.query(CANCEL, { id: draft.id }, owner)).cancelProject.status).toBe('CANCELLED');
  const published = await publishedProject(city, ORG(1), { title: '发布后取消的项目' });
  expectNoErrors(await city.query(CANCEL, { id: published.id }, owner));

  const volunteer = await city.token({ role: 'volunteer', sub: 'demo-volunteer-02' });
  const LISTS = graphql(`
    query AdminClaimsLists($org: ID!, $code: String!) {
      projectByShareCode(code: $code) {
        id
      }
      organization(id: $org) {
        projects(first: 100) {
          id
        }
      }
      projects(filter: { status: CANCELLED }, first: 100) {
        edges {
          node {
            id
          }
        }
      }
    }
  `);
  for (const token of [undefined, volunteer, await orgAdminToken(city, ORG(2))]) {
    expect(expectNoErrors(await city.query(PROJECT, { id: draft.id }, token)).project).toBeNull();
    expect(expectNoErrors(await city.query(PROJECT, { id: published.id }, token)).project).toEqual({
      id: published.id,
      status: 'CANCELLED',
    });
    const seen = expectNoErrors(await city.query(LISTS, { org: ORG(1), code: draft.shareCode }, token));
    expect(seen.projectByShareCode).toBeNull();
    expect(seen.organization!.projects.map((p: { id: string }) => p.id)).not.toContain(draft.id);
    const cancelled = seen.projects.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(cancelled).toContain(published.id);
    expect(cancelled).not.toContain(draft.id);
  }
  // The share page runs its registered operation as an anonymous caller: nothing to show.
  const page = await fetch(`${city.gateway.url.replace(/\/graphql$/, '')}/p/${draft.shareCode}`);
  expect(page.status).toBe(404);
  expect(await page.text()).not.toContain('从未发布的草稿项目');
  expect((await fetch(`${city.gateway.url.replace(/\/graphql$/, '')}/p/${published.shareCode}`)).status).toBe(200);
  // Its own admins still find it.
  expect(expectNoErrors(await city.query(PROJECT, { id: draft.id }, owner)).project).toEqual({
    id: draft.id,
    status: 'CANCELLED',
  });
});

test('a verified organization that changes its name or district is verified again before it publishes', async () => {
  const founder = await city.token({ role: 'volunteer', sub: 'demo-volunteer-08' });
  // REGISTER is the organizations tests' document; only the new organization's id is read here.
  const { registerOrganization: org } = expectNoErrors(
    await city.query(REGISTER, { input: registration(newCreditCode('7'), { district: 'jinniu' }) }, founder),
  ) as { registerOrganization: { id: string } };
  const jinniu = await districtAdminToken(city, 'jinniu');
  const pidu = await districtAdminToken(city, 'pidu');
  const VERIFY = graphql(`
    mutation AdminClaimsVerify($id: ID!) {
      verifyOrganization(id: $id) {
        status
        verified
      }
    }
  `);
  const UPDATE = graphql(`
    mutation AdminClaimsUpdate($id: ID!, $input: UpdateOrganizationInput!) {
      updateOrganization(id: $id, input: $input) {
        status
        verified
        canPublish
        district {
          code
        }
      }
    }
  `);
  expectNoErrors(await city.query(VERIFY, { id: org.id }, jinniu));
  await city.settleEvents();
  // The registrant was announced as its admin: their org-admin token acts in projects.
  const admin = await orgAdmin(org.id, 'demo-volunteer-08');
  const first = expectNoErrors(await city.query(CREATE, { input: projectInput() }, admin)).createProject;
  expect(expectNoErrors(await city.query(PUBLISH, { id: first.id }, admin)).publishProject.status).toBe('PUBLISHED');

  // A new phone number is not what the district verified; a new name and district are.
  expect(
    expectNoErrors(await city.query(UPDATE, { id: org.id, input: { contactPhone: '028-87654322' } }, admin))
      .updateOrganization.status,
  ).toBe('VERIFIED');
  const moved = expectNoErrors(
    await city.query(UPDATE, { id: org.id, input: { name: '郫都区犀浦街道新风社区', district: 'pidu' } }, admin),
  ).updateOrganization;
  expect(moved).toEqual({
    status: 'PENDING_VERIFICATION',
    verified: false,
    canPublish: false,
    district: { code: 'pidu' },
  });
  await city.settleEvents();
  const second = expectNoErrors(await city.query(CREATE, { input: projectInput() }, admin)).createProject;
  expectError(await city.query(PUBLISH, { id: second.id }, admin), 'ORGANIZATION_NOT_VERIFIED');

  // The new district verifies it; the old one no longer can.
  expectError(await city.query(VERIFY, { id: org.id }, jinniu), 'FORBIDDEN');
  expect(expectNoErrors(await city.query(VERIFY, { id: org.id }, pidu)).verifyOrganization).toEqual({
    status: 'VERIFIED',
    verified: true,
  });
  await city.settleEvents();
  expect(expectNoErrors(await city.query(PUBLISH, { id: second.id }, admin)).publishProject.status).toBe('PUBLISHED');
});
