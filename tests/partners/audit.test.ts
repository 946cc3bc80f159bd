import { expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { cityAdminToken, orgAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import { ORG } from '../testkit/fixtures';
import { dayFromNow, publishedProject } from '../projects/helpers';
import { authorizeInBrowser, pkce, tokenRequest, type TokenAnswer } from './oauth-client';

/**
 * Partner apps, points 3 and 5 of issue 12, through the gateway over real HTTP: each action an app can take for a
 * citizen needs its own scope (and one no scope covers is refused to every app); a sign-up or cancellation made by an
 * app shows the app to the citizen and the organizer and notifies the citizen; every partner call is on a trail only
 * city admins read; the citizen sees the apps holding a grant and revokes one, or withdraws the consent, and the
 * app's tokens are refused from the next request on.
 */

const REGISTER = graphql(`
  mutation AuditRegisterApp($input: RegisterPartnerAppInput!) {
    registerPartnerApp(input: $input) {
      clientSecret
      app {
        clientId
      }
    }
  }
`);
const SIGN_UP = graphql(`
  mutation AuditSignUp($shift: ID!) {
    signUp(shiftId: $shift) {
      id
      status
      signedUpVia {
        appId
        name
      }
    }
  }
`);
const CANCEL = graphql(`
  mutation AuditCancel($id: ID!) {
    cancelSignup(id: $id) {
      id
      status
      cancelledVia {
        name
      }
    }
  }
`);
const MY_SIGNUPS = graphql(`
  query AuditMySignups {
    mySignups(includeCancelled: true) {
      id
      signedUpVia {
        appId
        name
      }
      cancelledVia {
        name
      }
    }
  }
`);
const NOTIFICATIONS = graphql(`
  query AuditNotifications {
    myNotifications(first: 50) {
      edges {
        node {
          kind
          body
        }
      }
    }
  }
`);
const ROSTER = graphql(`
  query AuditRoster($id: ID!) {
    project(id: $id) {
      shifts {
        signups {
          id
          signedUpVia {
            name
          }
        }
      }
    }
  }
`);
const PARTNER_CALLS = graphql(`
  query AuditPartnerCalls($appId: String!, $from: String, $first: Int, $after: String) {
    partnerCalls(appId: $appId, from: $from, first: $first, after: $after) {
      edges {
        node {
          appId
          accountId
          operation
          at
          outcome
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const GRANTS = graphql(`
  query AuditGrants {
    myAppGrants {
      appId
      appName
      consent {
        status
        purposes
      }
    }
  }
`);
const REVOKE_GRANT = graphql(`
  mutation AuditRevokeGrant($appId: String!) {
    revokeAppGrant(appId: $appId) {
      appId
      consent {
        status
      }
    }
  }
`);
const WITHDRAW = graphql(`
  mutation AuditWithdraw($appId: String!) {
    withdrawConsent(input: { recipient: APP, appId: $appId }) {
      status
    }
  }
`);
const ME = graphql(`
  query AuditMe {
    me {
      id
    }
  }
`);

const REDIRECT = 'http://localhost:7777/callback';
const CITIZEN = 'demo-volunteer-03';
const APP_NAME = '天府市民云';
const NOWHERE = '00000000-0000-4000-8000-000000000000';

let city: City;
let base: string;
let admin: string;
let citizen: string;

beforeAll(async () => {
  city = await startCity({ oauth: true });
  base = city.gateway.url.replace(/\/graphql$/, '');
  admin = await cityAdminToken(city);
  citizen = await city.token({ role: 'volunteer', sub: CITIZEN });
});
afterAll(() => city?.stop());

let seq = 0;
/** A registered app allowed every scope; what it may do for the citizen is what they authorize. */
async function register(name = APP_NAME) {
  const res = expectNoErrors(
    await city.query(
      REGISTER,
      {
        input: {
          clientId: `audit-app-${++seq}-${Date.now().toString(36)}`,
          name,
          redirectUris: [REDIRECT],
          allowedScopes: ['projects:read', 'volunteer:read', 'project:signup', 'calendar:read', 'records:correct'],
          corsOrigins: [],
        },
      },
      admin,
    ),
  ).registerPartnerApp;
  return { clientId: res.app.clientId, secret: res.clientSecret };
}

/** The citizen authorizes `app` for `scope` in their browser (sign-in, consent), and the app redeems the code. */
async function authorized(app: { clientId: string; secret: string }, scope: string): Promise<TokenAnswer['body']> {
  const { verifier, challenge } = pkce();
  const back = await authorizeInBrowser(base, {
    clientId: app.clientId,
    redirectUri: REDIRECT,
    scope: `openid ${scope}`,
    state: 's',
    challenge,
    citizenToken: citizen,
  });
  const code = back.redirect.searchParams.get('code')!;
  const tokens = await tokenRequest(base, app, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT,
    code_verifier: verifier,
  });
  expect(tokens.status).toBe(200);
  // The consent is announced to the subgraphs that decide with it (projects keeps the consents in force).
  await city.settleEvents();
  return tokens.body;
}

/** A request by hand, to read the HTTP status of a refused token. */
async function status(token: string) {
  const res = await fetch(city.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'query AuditStatus { me { id } }' }),
  });
  await res.text();
  return res.status;
}

describe('scopes, each enforced where the data lives', () => {
  let readOnly: string;
  let signupOnly: string;
  beforeAll(async () => {
    readOnly = (await authorized(await register(), 'volunteer:read')).access_token!;
    signupOnly = (await authorized(await register(), 'volunteer:read project:signup')).access_token!;
  });

  // Each action an app might take for the citizen, the token that lacks its scope, and the scope it lacks.
  const missing: [string, () => string, string, string][] = [
    [
      'signUp',
      () => readOnly,
      `mutation AuditNoScopeSignUp { signUp(shiftId: "${NOWHERE}") { id } }`,
      'project:signup',
    ],
    [
      'cancelSignup',
      () => readOnly,
      `mutation AuditNoScopeCancel { cancelSignup(id: "${NOWHERE}") { id } }`,
      'project:signup',
    ],
    ['mySignups', () => readOnly, 'query AuditNoScopeSignups { mySignups { id } }', 'project:signup'],
    ['myNotifications', () => readOnly, 'query AuditNoScopeNotes { myNotifications { totalCount } }', 'project:signup'],
    [
      'rotateCalendarFeedToken',
      () => signupOnly,
      'mutation AuditNoScopeRotate { rotateCalendarFeedToken }',
      'calendar:read',
    ],
    ['myCalendarFeedToken', () => signupOnly, 'query AuditNoScopeFeed { myCalendarFeedToken }', 'calendar:read'],
    [
      'myCalendar',
      () => signupOnly,
      `query AuditNoScopeCalendar { myCalendar(from: "${dayFromNow(0)}", to: "${dayFromNow(7)}") { id } }`,
      'calendar:read',
    ],
    [
      'requestCorrection',
      () => signupOnly,
      `mutation AuditNoScopeCorrection { requestCorrection(recordId: "${NOWHERE}", hours: 2, reason: "少记了") { id } }`,
      'records:correct',
    ],
  ];
  test.each(missing)(
    '%s without its scope is refused with INSUFFICIENT_SCOPE naming it',
    async (_, token, doc, scope) => {
      const res = await city.query<unknown>(doc, {}, token());
      expect(expectError(res, 'INSUFFICIENT_SCOPE').extensions?.scope).toBe(scope);
    },
  );

  test('myServiceRecords needs volunteer:read alone, not project:signup', async () => {
    const res = await city.query<{ myServiceRecords: { edges: unknown[] } }>(
      'query AuditRecords { myServiceRecords(first: 5) { edges { node { id } } } }',
      {},
      readOnly,
    );
    expect(expectNoErrors(res).myServiceRecords.edges).toBeDefined();
    const onlySignup = (await authorized(await register(), 'project:signup')).access_token!;
    const refused = await city.query<unknown>(
      'query AuditRecordsNoScope { myServiceRecords { edges { cursor } } }',
      {},
      onlySignup,
    );
    expect(expectError(refused, 'INSUFFICIENT_SCOPE').extensions?.scope).toBe('volunteer:read');
  });

  test('checking in at the site is for the citizen in person: no scope lets an app do it', async () => {
    const res = await city.query<unknown>(
      `mutation AuditCheckIn { checkIn(shiftId: "${NOWHERE}", code: "123456") { id } }`,
      {},
      signupOnly,
    );
    expectError(res, 'FORBIDDEN');
  });
});

describe('what an app does for the citizen is theirs to see', () => {
  test('a sign-up via the app shows it to the citizen and the organizer, and the citizen is notified', async () => {
    const app = await register();
    const token = (await authorized(app, 'volunteer:read project:signup')).access_token!;
    const project = await publishedProject(city, ORG(1), { title: '社区读书角志愿服务' });
    const signup = expectNoErrors(await city.query(SIGN_UP, { shift: project.shifts[0]!.id }, token)).signUp;
    expect(signup.signedUpVia).toEqual({ appId: app.clientId, name: APP_NAME });

    const mine = expectNoErrors(await city.query(MY_SIGNUPS, {}, citizen)).mySignups!;
    expect(mine.find((s) => s.id === signup.id)?.signedUpVia?.name).toBe(APP_NAME);
    const roster = expectNoErrors(await city.query(ROSTER, { id: project.id }, await orgAdminToken(city, ORG(1))));
    expect(roster.project?.shifts[0]?.signups.find((s) => s.id === signup.id)?.signedUpVia?.name).toBe(APP_NAME);
    await city.settleEvents();
    let notes = expectNoErrors(await city.query(NOTIFICATIONS, {}, citizen)).myNotifications.edges.map((e) => e.node);
    expect(notes.find((n) => n.kind === 'SIGNED_UP_VIA_APP')?.body).toMatch(
      /「天府市民云」为您报名了「社区读书角志愿服务」/,
    );

    const cancelled = expectNoErrors(await city.query(CANCEL, { id: signup.id }, token)).cancelSignup;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelledVia: { name: APP_NAME } });
    await city.settleEvents();
    notes = expectNoErrors(await city.query(NOTIFICATIONS, {}, citizen)).myNotifications.edges.map((e) => e.node);
    // One notice per act: the app's sign-up told as the app's, not as a sign-up of their own too.
    expect(notes.filter((n) => n.kind === 'SIGNUP_CONFIRMED')).toHaveLength(0);
    expect(notes.find((n) => n.kind === 'CANCELLED_VIA_APP')?.body).toMatch(/「天府市民云」为您取消了报名/);
  });

  test('a sign-up in person names no app and notifies nobody of one: it is told as their own', async () => {
    const project = await publishedProject(city, ORG(1), { title: '本人报名的项目' });
    const kinds = async () => {
      await city.settleEvents();
      return expectNoErrors(await city.query(NOTIFICATIONS, {}, citizen)).myNotifications.edges.map((e) => e.node);
    };
    const viaApp = (notes: { kind: string }[]) => notes.filter((n) => n.kind.endsWith('_VIA_APP')).length;
    const before = await kinds();
    const signup = expectNoErrors(await city.query(SIGN_UP, { shift: project.shifts[0]!.id }, citizen)).signUp;
    expect(signup.signedUpVia).toBeNull();
    const after = await kinds();
    expect(viaApp(after)).toBe(viaApp(before));
    expect(after.find((n) => n.kind === 'SIGNUP_CONFIRMED')?.body).toContain('「本人报名的项目」');
  });
});

describe('the partner-call trail', () => {
  test('every call of an app is listed for city admins, with citizen, operation and outcome', async () => {
    const app = await register();
    const token = (await authorized(app, 'volunteer:read')).access_token!;
    const from = new Date(Date.now() - 60_000).toISOString();
    expectNoErrors(await city.query(ME, {}, token));
    expectError(
      await city.query<unknown>(`mutation AuditTrailSignUp { signUp(shiftId: "${NOWHERE}") { id } }`, {}, token),
      'INSUFFICIENT_SCOPE',
    );

    const page = expectNoErrors(await city.query(PARTNER_CALLS, { appId: app.clientId, from, first: 1 }, admin));
    expect(page.partnerCalls.edges).toHaveLength(1);
    expect(page.partnerCalls.edges[0]!.node).toMatchObject({
      appId: app.clientId,
      accountId: CITIZEN,
      operation: 'AuditTrailSignUp',
      outcome: 'INSUFFICIENT_SCOPE',
    });
    expect(page.partnerCalls.pageInfo.hasNextPage).toBe(true);
    const next = expectNoErrors(
      await city.query(
        PARTNER_CALLS,
        { appId: app.clientId, from, first: 10, after: page.partnerCalls.pageInfo.endCursor },
        admin,
      ),
    );
    expect(next.partnerCalls.edges.map((e) => [e.node.operation, e.node.outcome])).toEqual([['AuditMe', 'OK']]);
    // Another app's calls are not in this app's trail, and a range before the calls is empty.
    const before = new Date(Date.now() - 3_600_000).toISOString();
    const none = await city.query<{ partnerCalls: { edges: unknown[] } }>(
      'query AuditTrailBefore($a: String!, $to: String) { partnerCalls(appId: $a, to: $to) { edges { cursor } } }',
      { a: app.clientId, to: before },
      admin,
    );
    expect(expectNoErrors(none).partnerCalls.edges).toEqual([]);
  });

  test('only city admins read the trail', async () => {
    const variables = { appId: 'any-app' };
    expectError(await city.query(PARTNER_CALLS, variables), 'UNAUTHENTICATED');
    expectError(await city.query(PARTNER_CALLS, variables, citizen), 'FORBIDDEN');
    expectError(await city.query(PARTNER_CALLS, variables, await orgAdminToken(city, ORG(1))), 'FORBIDDEN');
    const app = await register();
    const token = (await authorized(app, 'volunteer:read')).access_token!;
    expectError(await city.query(PARTNER_CALLS, { appId: app.clientId }, token), 'FORBIDDEN');
  });
});

describe("the citizen's grants", () => {
  test('the citizen sees the apps holding a grant, revokes one, and its tokens are refused at once', async () => {
    const app = await register('天府通');
    const tokens = await authorized(app, 'volunteer:read project:signup');
    expectNoErrors(await city.query(ME, {}, tokens.access_token));
    const grants = expectNoErrors(await city.query(GRANTS, {}, citizen)).myAppGrants;
    expect(grants.find((g) => g.appId === app.clientId)).toMatchObject({
      appName: '天府通',
      consent: { status: 'ACTIVE', purposes: expect.arrayContaining(['SIGN_UP_FOR_ME']) },
    });

    const revoked = expectNoErrors(await city.query(REVOKE_GRANT, { appId: app.clientId }, citizen)).revokeAppGrant;
    expect(revoked).toMatchObject({ appId: app.clientId, consent: { status: 'WITHDRAWN' } });
    expect(await status(tokens.access_token!)).toBe(401);
    // The OAuth grant went with it: the refresh token gets no new access token.
    const refresh = await tokenRequest(base, app, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token!,
    });
    expect(refresh.body.error).toBe('invalid_grant');
    expect(expectNoErrors(await city.query(GRANTS, {}, citizen)).myAppGrants.map((g) => g.appId)).not.toContain(
      app.clientId,
    );
  });

  test('withdrawing the consent to an app refuses its tokens at once', async () => {
    const app = await register();
    const tokens = await authorized(app, 'volunteer:read');
    expectNoErrors(await city.query(ME, {}, tokens.access_token));
    expectNoErrors(await city.query(WITHDRAW, { appId: app.clientId }, citizen));
    expect(await status(tokens.access_token!)).toBe(401);
    const refresh = await tokenRequest(base, app, {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token!,
    });
    expect(refresh.body.error).toBe('invalid_grant');
  });

  test('an app neither lists nor revokes grants for the citizen', async () => {
    const app = await register();
    const token = (await authorized(app, 'volunteer:read project:signup')).access_token!;
    expectError(await city.query(GRANTS, {}, token), 'FORBIDDEN');
    expectError(await city.query(REVOKE_GRANT, { appId: app.clientId }, token), 'FORBIDDEN');
  });
});
