import { expectError, expectNoErrors, startCity, type City } from '../testkit/city';
import { cityAdminToken } from '../testkit/tokens';
import { graphql } from '../testkit/generated';
import type { RegisterPartnerAppInput } from '../testkit/generated/graphql';
import { birthDateForAge } from '../testkit/days';
import { idNumberFor } from '../volunteers/roles';
import { authorizeInBrowser, Browser, pkce, tokenRequest } from './oauth-client';

/**
 * Partner apps on the city's OAuth server (issue 12, points 1 and 2) through the gateway over real HTTP: a city admin
 * registers an app and sees its secret once; the app gets a client-credentials token and lists public projects; a
 * citizen authorizes it on the Chinese consent page (authorization code with PKCE), which records their consent, and
 * the app then acts for them; refresh and revocation; a suspended app, a rotated secret, a missing scope and an
 * unknown token are each refused.
 */

const REGISTER = graphql(`
  mutation PartnerRegister($input: RegisterPartnerAppInput!) {
    registerPartnerApp(input: $input) {
      clientSecret
      app {
        clientId
        name
        status
        allowedScopes
        redirectUris
      }
    }
  }
`);
const APPS = graphql(`
  query PartnerApps {
    partnerApps {
      clientId
      name
      status
      secretIssuedAt
    }
  }
`);
const ROTATE = graphql(`
  mutation PartnerRotate($clientId: String!) {
    rotatePartnerAppSecret(clientId: $clientId) {
      clientSecret
      app {
        clientId
      }
    }
  }
`);
const SUSPEND = graphql(`
  mutation PartnerSuspend($clientId: String!) {
    suspendPartnerApp(clientId: $clientId) {
      status
    }
  }
`);
const RESUME = graphql(`
  mutation PartnerResume($clientId: String!) {
    resumePartnerApp(clientId: $clientId) {
      status
    }
  }
`);
const REVOKE = graphql(`
  mutation PartnerRevoke($clientId: String!) {
    revokePartnerApp(clientId: $clientId) {
      status
    }
  }
`);
const PROJECTS = graphql(`
  query PartnerPublicProjects {
    projects(first: 3) {
      totalCount
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);
const REGISTER_CHILD = graphql(`
  mutation PartnerChildRegister($input: RegisterVolunteerInput!) {
    registerVolunteer(input: $input) {
      id
    }
  }
`);
const ME = graphql(`
  query PartnerCitizen {
    me {
      id
    }
  }
`);
const MY_CONSENTS = graphql(`
  query PartnerCitizenConsents {
    myConsents {
      appId
      status
      purposes
      kinds
    }
  }
`);

const REDIRECT = 'http://localhost:7777/callback';
const CITIZEN = 'demo-volunteer-02';

let city: City;
let base: string;
let admin: string;

beforeAll(async () => {
  city = await startCity({ oauth: true });
  base = city.gateway.url.replace(/\/graphql$/, '');
  admin = await cityAdminToken(city);
});
afterAll(() => city?.stop());

let seq = 0;
async function register(input: Partial<RegisterPartnerAppInput> = {}) {
  const res = expectNoErrors(
    await city.query(
      REGISTER,
      {
        input: {
          clientId: `test-app-${++seq}-${Date.now().toString(36)}`,
          name: '天府市民云',
          redirectUris: [REDIRECT],
          allowedScopes: ['projects:read', 'volunteer:read', 'project:signup'],
          corsOrigins: [],
          ...input,
        },
      },
      admin,
    ),
  ).registerPartnerApp;
  return { clientId: res.app.clientId, secret: res.clientSecret, app: res.app };
}

const clientCredentials = (client: { clientId: string; secret: string }, scope = 'projects:read') =>
  tokenRequest(base, client, { grant_type: 'client_credentials', ...(scope ? { scope } : {}) });

/** Redeems an authorization code at the token endpoint, with the PKCE verifier when given. */
const redeem = (client: { clientId: string; secret: string }, code: string, verifier?: string) =>
  tokenRequest(base, client, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT,
    ...(verifier ? { code_verifier: verifier } : {}),
  });

/** A GraphQL request by hand, to read the status and the WWW-Authenticate challenge too. */
async function raw(token: string) {
  const res = await fetch(city.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ projects(first: 1) { totalCount } }' }),
  });
  const body = (await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] };
  return { status: res.status, challenge: res.headers.get('www-authenticate'), body };
}

describe('the app registry', () => {
  test('a city admin registers an app and sees its secret once; the list never shows it', async () => {
    const app = await register();
    expect(app.app).toMatchObject({ name: '天府市民云', status: 'ACTIVE', redirectUris: [REDIRECT] });
    expect(app.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const listed = expectNoErrors(await city.query(APPS, {}, admin)).partnerApps;
    expect(listed.find((a) => a.clientId === app.clientId)).toMatchObject({ name: '天府市民云', status: 'ACTIVE' });
    expect(JSON.stringify(listed)).not.toContain(app.secret);
    // The same client id twice is a conflict, not a second secret.
    expectError(
      await city.query(
        REGISTER,
        {
          input: {
            clientId: app.clientId,
            name: '另一个',
            redirectUris: [],
            allowedScopes: ['projects:read'],
            corsOrigins: [],
          },
        },
        admin,
      ),
      'CONFLICT',
    );
  });

  test('only a city admin manages apps', async () => {
    const input = { name: '某应用', redirectUris: [], allowedScopes: ['projects:read'], corsOrigins: [] };
    expectError(await city.query(REGISTER, { input }), 'UNAUTHENTICATED');
    const volunteer = await city.token({ role: 'volunteer', sub: CITIZEN });
    expectError(await city.query(REGISTER, { input }, volunteer), 'FORBIDDEN');
    expectError(await city.query(APPS, {}, volunteer), 'FORBIDDEN');
    const district = await city.token({ role: 'district_admin', sub: 'demo-district-admin-pidu', district: 'pidu' });
    expectError(await city.query(SUSPEND, { clientId: 'whatever' }, district), 'FORBIDDEN');
  });

  test('a registration is checked: known scopes, https redirect URIs, a redirect URI to act for citizens', async () => {
    const bad = async (input: Partial<RegisterPartnerAppInput>, field: string) => {
      const full = { name: '某应用', redirectUris: [], allowedScopes: ['projects:read'], corsOrigins: [], ...input };
      expect(expectError(await city.query(REGISTER, { input: full }, admin), 'BAD_USER_INPUT').extensions?.field).toBe(
        field,
      );
    };
    await bad({ allowedScopes: ['admin:all'] }, 'allowedScopes');
    await bad({ allowedScopes: ['volunteer:read'] }, 'redirectUris');
    await bad({ redirectUris: ['http://app.example.cn/cb'], allowedScopes: ['volunteer:read'] }, 'redirectUris');
    await bad({ corsOrigins: ['https://app.example.cn/path'] }, 'corsOrigins');
  });
});

describe('client credentials', () => {
  test('discovery and JWKS describe the server; the private key never leaves', async () => {
    const discovery = (await (await fetch(`${base}/oauth/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(discovery.issuer).toMatch(/\/oauth$/);
    expect(discovery.grant_types_supported).toEqual(
      expect.arrayContaining(['client_credentials', 'authorization_code', 'refresh_token']),
    );
    expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
    expect(discovery.revocation_endpoint).toMatch(/\/oauth\/token\/revocation$/);
    const jwks = (await (await fetch(`${base}/oauth/jwks`)).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys.length).toBeGreaterThan(0);
    for (const key of jwks.keys) expect(key.d).toBeUndefined();
  });

  test('an app gets a token with its secret and lists public projects', async () => {
    const app = await register();
    const token = await clientCredentials(app);
    expect(token.status).toBe(200);
    expect(token.body).toMatchObject({ token_type: 'Bearer', scope: 'projects:read' });
    const projects = expectNoErrors(await city.query(PROJECTS, {}, token.body.access_token)).projects;
    expect(projects.totalCount).toBeGreaterThan(0);
    expect(projects.edges.length).toBeGreaterThan(0);
    // A wrong secret gets nothing.
    expect((await clientCredentials({ ...app, secret: 'x'.repeat(43) })).body.error).toBe('invalid_client');
    // Client credentials never give a scope that acts for a citizen.
    const citizenScope = await clientCredentials(app, 'volunteer:read');
    expect(citizenScope.body.scope ?? '').not.toContain('volunteer:read');
  });

  test('a rotated secret: the old one fails at once, the new one works', async () => {
    const app = await register();
    expect((await clientCredentials(app)).status).toBe(200);
    const rotated = expectNoErrors(await city.query(ROTATE, { clientId: app.clientId }, admin)).rotatePartnerAppSecret;
    expect(rotated.clientSecret).not.toBe(app.secret);
    expect((await clientCredentials(app)).body.error).toBe('invalid_client');
    const fresh = await clientCredentials({ clientId: app.clientId, secret: rotated.clientSecret });
    expect(fresh.status).toBe(200);
    expectNoErrors(await city.query(PROJECTS, {}, fresh.body.access_token));
  });

  test('a suspended app gets no token and its tokens are refused; resumed, it works again', async () => {
    const app = await register();
    const token = (await clientCredentials(app)).body.access_token!;
    expect(expectNoErrors(await city.query(SUSPEND, { clientId: app.clientId }, admin)).suspendPartnerApp.status).toBe(
      'SUSPENDED',
    );
    const refused = await raw(token);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.challenge).toMatch(/^Bearer realm="qingju", error="invalid_token"/);
    expect((await clientCredentials(app)).body.error).toBe('invalid_client');
    expectNoErrors(await city.query(RESUME, { clientId: app.clientId }, admin));
    expect((await raw(token)).status).toBe(200);
  });

  test('a revoked app stays revoked', async () => {
    const app = await register();
    const token = (await clientCredentials(app)).body.access_token!;
    expectNoErrors(await city.query(REVOKE, { clientId: app.clientId }, admin));
    expect((await raw(token)).status).toBe(401);
    expectError(await city.query(RESUME, { clientId: app.clientId }, admin), 'CONFLICT');
    expectError(await city.query(ROTATE, { clientId: app.clientId }, admin), 'CONFLICT');
    expectError(await city.query(SUSPEND, { clientId: 'no-such-app' }, admin), 'NOT_FOUND');
  });

  test('a token without projects:read is refused with INSUFFICIENT_SCOPE naming the scope', async () => {
    const app = await register();
    const token = await clientCredentials(app, '');
    expect(token.status).toBe(200);
    const refused = await raw(token.body.access_token!);
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'INSUFFICIENT_SCOPE', scope: 'projects:read' });
    expect(refused.challenge).toBe('Bearer realm="qingju", error="insufficient_scope", scope="projects:read"');
  });

  test('an unknown token is refused with a challenge', async () => {
    const refused = await raw('not-a-token-the-city-issued');
    expect(refused.status).toBe(401);
    expect(refused.challenge).toMatch(/error="invalid_token"/);
  });
});

describe('authorization code with PKCE, for a citizen', () => {
  /** The citizen's browser from the app's authorization request to the redirect back with a code. */
  async function authorize(app: { clientId: string }, scope: string, challenge: string, account = CITIZEN) {
    const back = await authorizeInBrowser(base, {
      clientId: app.clientId,
      redirectUri: REDIRECT,
      scope,
      state: 'state-1',
      challenge,
      citizenToken: await city.token({ role: 'volunteer', sub: account }),
    });
    expect(back.login.status).toBe(200);
    expect(back.login.page).toContain('登录后授权「天府市民云」');
    expect(back.consent.status).toBe(200);
    return { consentPage: back.consent.page, redirect: back.redirect, browser: back.browser };
  }

  test('the citizen signs in, consents on a Chinese page naming the app, and the app acts for them', async () => {
    const app = await register();
    const { challenge } = pkce();
    const { consentPage, redirect } = await authorize(app, 'openid volunteer:read project:signup', challenge);
    expect(consentPage).toContain('「天府市民云」请求你的授权');
    expect(consentPage).toContain('读取我的志愿者资料与服务记录');
    expect(consentPage).toContain('代我报名、取消报名项目');
    expect(consentPage).toContain('志愿服务记录与时长');
    expect(`${redirect.origin}${redirect.pathname}`).toBe(REDIRECT);
    expect(redirect.searchParams.get('state')).toBe('state-1');
    const code = redirect.searchParams.get('code')!;

    // The code alone, without the PKCE verifier, is refused; with it, tokens come.
    const withoutVerifier = await redeem(app, code);
    expect(withoutVerifier.body.error).toBe('invalid_grant');
    const { verifier: v2, challenge: c2 } = pkce();
    const second = await authorize(app, 'openid volunteer:read project:signup', c2);
    const tokens = await redeem(app, second.redirect.searchParams.get('code')!, v2);
    expect(tokens.status).toBe(200);
    expect(tokens.body.scope).toEqual(expect.stringContaining('volunteer:read'));
    expect(tokens.body.refresh_token).toBeDefined();

    // The consent page recorded the citizen's consent to this very app, so the visibility rules apply.
    const citizen = await city.token({ role: 'volunteer', sub: CITIZEN });
    const consents = expectNoErrors(await city.query(MY_CONSENTS, {}, citizen)).myConsents;
    expect(consents.find((c) => c.appId === app.clientId && c.status === 'ACTIVE')).toMatchObject({
      purposes: expect.arrayContaining(['SHOW_MY_RECORDS', 'SIGN_UP_FOR_ME']),
      kinds: expect.arrayContaining(['PROFILE', 'SERVICE_RECORDS', 'ACTIVITY']),
    });
    await city.settleEvents();

    // The app acts for the citizen: `me` is the citizen's record.
    const own = expectNoErrors(await city.query(ME, {}, citizen)).me;
    const viaApp = expectNoErrors(await city.query(ME, {}, tokens.body.access_token)).me;
    expect(viaApp?.id).toBeDefined();
    expect(viaApp?.id).toBe(own?.id);

    // A refresh token gives a new access token that works too.
    const refreshed = await tokenRequest(base, app, {
      grant_type: 'refresh_token',
      refresh_token: tokens.body.refresh_token!,
    });
    expect(refreshed.status).toBe(200);
    expect(expectNoErrors(await city.query(ME, {}, refreshed.body.access_token)).me?.id).toBe(own?.id);

    // Revoking the refresh token revokes the grant: every token under it is refused.
    const revoked = await tokenRequest(
      base,
      app,
      { token: refreshed.body.refresh_token!, token_type_hint: 'refresh_token' },
      '/oauth/token/revocation',
    );
    expect(revoked.status).toBe(200);
    expect((await raw(refreshed.body.access_token!)).status).toBe(401);
    expect((await raw(tokens.body.access_token!)).status).toBe(401);
  });

  test('an authorization request without PKCE is refused', async () => {
    const app = await register();
    const browser = new Browser(base);
    const query = new URLSearchParams({
      client_id: app.clientId,
      response_type: 'code',
      redirect_uri: REDIRECT,
      scope: 'openid volunteer:read',
      state: 's',
    });
    const { location } = await browser.follow(await browser.fetch(`/oauth/auth?${query}`));
    expect(location?.searchParams.get('error')).toBe('invalid_request');
    expect(location?.searchParams.get('error_description')).toMatch(/PKCE/);
  });

  test('a suspended app cannot act for the citizen any more', async () => {
    const app = await register();
    const { verifier, challenge } = pkce();
    const { redirect } = await authorize(app, 'openid volunteer:read', challenge);
    const tokens = await redeem(app, redirect.searchParams.get('code')!, verifier);
    expectNoErrors(await city.query(ME, {}, tokens.body.access_token));
    expectNoErrors(await city.query(SUSPEND, { clientId: app.clientId }, admin));
    const refused = await raw(tokens.body.access_token!);
    expect(refused.status).toBe(401);
    expect(refused.challenge).toMatch(/error="invalid_token"/);
    const refresh = await tokenRequest(base, app, {
      grant_type: 'refresh_token',
      refresh_token: tokens.body.refresh_token!,
    });
    expect(refresh.body.error).toBe('invalid_client');
  });

  test('a token without project:signup cannot sign the citizen up (INSUFFICIENT_SCOPE names it)', async () => {
    const app = await register();
    const { verifier, challenge } = pkce();
    const { redirect } = await authorize(app, 'openid volunteer:read', challenge);
    const tokens = await redeem(app, redirect.searchParams.get('code')!, verifier);
    const res = await city.query<unknown>(
      'mutation { signUp(shiftId: "00000000-0000-4000-8000-000000000000") { id } }',
      {},
      tokens.body.access_token,
    );
    expect(expectError(res, 'INSUFFICIENT_SCOPE').extensions?.scope).toBe('project:signup');
  });

  test("under 14 the consent is the guardian's: the child's authorization is refused, no code is issued", async () => {
    const account = 'oauth-child';
    const birthDate = birthDateForAge(12);
    expectNoErrors(
      await city.query(
        REGISTER_CHILD,
        {
          input: {
            realName: '赵小童',
            sex: 'FEMALE',
            birthDate,
            idNumber: idNumberFor(birthDate, 'FEMALE', 7, '510104'),
            districtCode: 'jinjiang',
            phone: '13700003333',
            serviceCategories: ['community'],
            consent: { personalData: true, guardian: { name: '赵监护', relation: '母亲', phone: '13700004444' } },
          },
        },
        await city.token({ role: 'volunteer', sub: account }),
      ),
    );
    const app = await register();
    const { challenge } = pkce();
    const { redirect } = await authorize(app, 'openid volunteer:read', challenge, account);
    expect(redirect.searchParams.get('code')).toBeNull();
    expect(redirect.searchParams.get('error')).toBe('access_denied');
    expect(redirect.searchParams.get('error_description')).toMatch(/guardian/);
  });

  test("another app cannot redeem an app's code or refresh token", async () => {
    const app = await register();
    const other = await register({ name: '天府通' });
    const { verifier, challenge } = pkce();
    const { redirect } = await authorize(app, 'openid volunteer:read', challenge);
    const code = redirect.searchParams.get('code')!;
    const stolen = await redeem(other, code, verifier);
    expect(stolen.body.error).toBe('invalid_grant');
    const tokens = await redeem(app, code, verifier);
    // A code is single use: the stolen attempt above did not spend it, the app's own redemption did.
    expect(tokens.status).toBe(200);
    const refreshByOther = await tokenRequest(base, other, {
      grant_type: 'refresh_token',
      refresh_token: tokens.body.refresh_token!,
    });
    expect(refreshByOther.body.error).toBe('invalid_grant');
    const again = await redeem(app, code, verifier);
    expect(again.body.error).toBe('invalid_grant');
  });
});
