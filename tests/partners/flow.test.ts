import { expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { cityAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import { verifyWebhook } from '../../subgraphs/kit/runtime/webhooks';
import { authorizeInBrowser, pkce, tokenRequest } from './oauth-client';
import { startReceiver, type Receiver } from './webhook-receiver';
import { CANCEL, openShift, registerApp } from './webhook-steps';

/**
 * The whole partner flow of issue 12 through the gateway, as a partner's server and a citizen's browser would run
 * it: a city admin registers the app → the citizen consents on the consent page (authorization code with PKCE) →
 * the app redeems the code for tokens → it lists projects and signs the citizen up → the sign-up reaches the app's
 * webhook endpoint, signed with its webhook secret → the app revokes its grant and its tokens stop working → the
 * city rotates the app's secrets: the old client secret fails, the new one works, and webhooks are signed with the
 * new webhook secret.
 */

process.env.WEBHOOK_RETRY_BASE_MS = '400';
process.env.WEBHOOK_POLL_MS = '100';

const ROTATE = graphql(`
  mutation FlowRotate($clientId: String!) {
    rotatePartnerAppSecret(clientId: $clientId) {
      clientSecret
      webhookSecret
    }
  }
`);
const PROJECTS = graphql(`
  query FlowProjects {
    projects(first: 5) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);
const SIGN_UP_FOR_CITIZEN = graphql(`
  mutation FlowSignUp($shift: ID!) {
    signUp(shiftId: $shift) {
      id
      status
    }
  }
`);

const REDIRECT = 'http://localhost:7777/callback';
const CITIZEN = 'demo-volunteer-10';

let city: City;
let base: string;
let receiver: Receiver;

beforeAll(async () => {
  city = await startCity({ oauth: true });
  base = city.gateway.url.replace(/\/graphql$/, '');
  receiver = await startReceiver();
});
afterAll(async () => {
  await city?.stop();
  await receiver?.close();
});

/** The citizen's browser: the app's authorization request, sign-in, the consent page, back to the app with a code. */
async function consent(clientId: string, challenge: string) {
  const back = await authorizeInBrowser(base, {
    clientId,
    redirectUri: REDIRECT,
    scope: 'openid projects:read volunteer:read project:signup',
    state: 'flow',
    challenge,
    citizenToken: await city.token({ role: 'volunteer', sub: CITIZEN }),
  });
  expect(back.consent.page).toContain('「天府市民云」请求你的授权');
  return back.redirect;
}

/** A GraphQL call with a bearer token, for its HTTP status. */
async function status(token: string) {
  const res = await fetch(city.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
  return res.status;
}

test('register → consent → token → act → webhook → revoke → rotate, all through the gateway', async () => {
  // Register: a city admin, with the app's webhook endpoint.
  const admin = await cityAdminToken(city);
  const app = await registerApp(city, admin, { webhookUrl: `${receiver.url}/flow`, redirectUris: [REDIRECT] });
  expect(app.app.webhookEvents).toEqual(
    expect.arrayContaining(['SIGNUP_CONFIRMED', 'SIGNUP_CANCELLED', 'WAITLIST_PROMOTED', 'HOURS_CONFIRMED']),
  );

  // Consent: the citizen authorizes the app; the app gets a code bound to its PKCE challenge.
  const { verifier, challenge } = pkce();
  const redirect = await consent(app.clientId, challenge);
  expect(redirect.searchParams.get('state')).toBe('flow');

  // Token.
  const tokens = await tokenRequest(base, app, {
    grant_type: 'authorization_code',
    code: redirect.searchParams.get('code')!,
    redirect_uri: REDIRECT,
    code_verifier: verifier,
  });
  expect(tokens.status).toBe(200);
  const access = tokens.body.access_token!;
  // The consent reaches the projects subgraph as an event before the app acts on it.
  await city.settleEvents();

  // Act: list projects and sign the citizen up.
  const listed = expectNoErrors(await city.query(PROJECTS, {}, access)).projects;
  expect(listed.totalCount).toBeGreaterThan(0);
  const { shiftId, projectId } = await openShift(city);
  const signup = expectNoErrors(await city.query(SIGN_UP_FOR_CITIZEN, { shift: shiftId }, access)).signUp;
  expect(signup.status).toBe('CONFIRMED');

  // Webhook: the app's endpoint hears of it, for the citizen it knows by `sub`, signed with its webhook secret.
  const hook = await receiver.waitFor((all) => all.find((r) => r.parsed.type === 'signup.confirmed'));
  expect(hook.parsed).toMatchObject({ citizen: { sub: CITIZEN }, data: { projectId, signupId: signup.id } });
  expect(verifyWebhook(app.webhookSecret, hook.signature, hook.body)).toBe(true);

  // Revoke: the app revokes its grant; every token under it is refused.
  const revoked = await tokenRequest(
    base,
    app,
    { token: tokens.body.refresh_token!, token_type_hint: 'refresh_token' },
    '/oauth/token/revocation',
  );
  expect(revoked.status).toBe(200);
  expect(await status(access)).toBe(401);
  expectError(await city.query(SIGN_UP_FOR_CITIZEN, { shift: shiftId }, access), 'UNAUTHENTICATED');

  // Rotate: the old client secret fails at once, the new one gets tokens.
  const rotated = expectNoErrors(await city.query(ROTATE, { clientId: app.clientId }, admin)).rotatePartnerAppSecret;
  const credentials = { grant_type: 'client_credentials', scope: 'projects:read' };
  expect((await tokenRequest(base, app, credentials)).body.error).toBe('invalid_client');
  const fresh = await tokenRequest(base, { clientId: app.clientId, secret: rotated.clientSecret }, credentials);
  expect(fresh.status).toBe(200);
  expectNoErrors(await city.query(PROJECTS, {}, fresh.body.access_token));

  // Webhooks follow the citizen's consent, which stands until they withdraw it: their own cancellation reaches the
  // app, signed with the new webhook secret only.
  const citizen = await city.token({ role: 'volunteer', sub: CITIZEN });
  expectNoErrors(await city.query(CANCEL, { id: signup.id }, citizen));
  const cancelled = await receiver.waitFor((all) => all.find((r) => r.parsed.type === 'signup.cancelled'));
  expect(cancelled.id).not.toBe(hook.id);
  expect(verifyWebhook(rotated.webhookSecret, cancelled.signature, cancelled.body)).toBe(true);
  expect(verifyWebhook(app.webhookSecret, cancelled.signature, cancelled.body)).toBe(false);
});
