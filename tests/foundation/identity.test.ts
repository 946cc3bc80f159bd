import { SignJWT, generateKeyPair, exportJWK } from 'jose';
import { IDENTITY_HEADER, signIdentity } from '../../subgraphs/kit/runtime/identity';
import { mintToken } from '../../gateway/tokens';
import { AUDIENCE, ISSUER, expectError, expectNoErrors, post, startCity, type City } from '../testkit/city';
import { graphql } from '../testkit/generated';

let city: City;
beforeAll(async () => {
  city = await startCity();
});
afterAll(() => city?.stop());

const ME = graphql(`
  query IdentityMe {
    me {
      displayName
    }
  }
`);
const LI_SIYU = 'demo-volunteer-01';

describe('the gateway verifies user tokens', () => {
  test('a valid volunteer token identifies the caller', async () => {
    const token = await city.token({ role: 'volunteer', sub: LI_SIYU });
    expect(expectNoErrors(await city.query(ME, {}, token)).me).toEqual({ displayName: '李*雨' });
  });

  test('no token is an anonymous caller who can still read public data', async () => {
    expect(expectNoErrors(await city.query(ME)).me).toBeNull();
    expect(
      expectNoErrors(
        await city.query(
          graphql(`
            query IdentityDistrict {
              district(code: "pidu") {
                name
              }
            }
          `),
        ),
      ).district!.name,
    ).toBe('郫都区');
  });

  test('a partner app acts for its linked citizen', async () => {
    const token = await city.token({
      role: 'partner',
      sub: 'demo-volunteer-02',
      azp: 'tianfu-citizen-cloud',
      scope: 'volunteer:read',
    });
    expect(expectNoErrors(await city.query(ME, {}, token)).me).toEqual({ displayName: '王*然' });
  });

  test.each([
    ['tampered', async () => (await city.token({ role: 'volunteer', sub: LI_SIYU })).replace(/\.[^.]{4}/, '.AAAA')],
    ['expired', () => city.token({ role: 'volunteer', sub: LI_SIYU }, Math.floor(Date.now() / 1000) - 60)],
    [
      'from another issuer key',
      async () => {
        const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
        return mintToken(
          { ...(await exportJWK(privateKey)), kid: city.keys.issuer.privateJwk.kid },
          { role: 'city_admin', sub: 'x' },
          { issuer: ISSUER, audience: AUDIENCE },
        );
      },
    ],
    [
      'for another audience',
      () =>
        mintToken(
          city.keys.issuer.privateJwk,
          { role: 'volunteer', sub: LI_SIYU },
          { issuer: ISSUER, audience: 'someone-else' },
        ),
    ],
    [
      'with an unknown role',
      () =>
        mintToken(
          city.keys.issuer.privateJwk,
          { role: 'superuser' as never, sub: LI_SIYU },
          { issuer: ISSUER, audience: AUDIENCE },
        ),
    ],
    ['an org admin without an organization', () => city.token({ role: 'org_admin', sub: 'a' })],
    [
      'a district admin of a district that does not exist',
      () => city.token({ role: 'district_admin', sub: 'a', district: 'atlantis' }),
    ],
    [
      'unsigned (alg none)',
      async () => {
        const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
        const claims = { sub: LI_SIYU, role: 'city_admin', iss: ISSUER, aud: AUDIENCE, exp: 9999999999 };
        return `${enc({ alg: 'none' })}.${enc(claims)}.`;
      },
    ],
  ])('a %s token is refused with UNAUTHENTICATED and HTTP 401', async (_name, make) => {
    const res = await city.query(ME, {}, await make());
    const err = expectError(res, 'UNAUTHENTICATED');
    expect(err.message).toMatch(/sign in again/);
    expect(res.status).toBe(401);
    expect(res.data ?? null).toBeNull();
  });

  test('an expired token says so', async () => {
    const token = await city.token({ role: 'volunteer', sub: LI_SIYU }, Math.floor(Date.now() / 1000) - 1);
    expect(expectError(await city.query(ME, {}, token), 'UNAUTHENTICATED').message).toBe(
      'Your sign-in has expired; sign in again.',
    );
  });

  test('a malformed Authorization header is refused', async () => {
    const res = await post(city.gateway.url, ME, {}, { authorization: 'Basic dXNlcjpwYXNz' });
    expect(expectError(res, 'UNAUTHENTICATED').message).toMatch(/Bearer/);
  });
});

describe('subgraphs trust only identities the gateway signed', () => {
  const volunteers = () => city.subgraphs.get('volunteers')!.url;

  test('a direct call without the gateway signature gets nothing but UNAUTHENTICATED', async () => {
    const res = await post(
      volunteers(),
      graphql(`
        query IdentityVolunteer {
          volunteer(id: "20000000-0000-4000-8000-000000000001") {
            displayName
          }
        }
      `),
    );
    expect(res.status).toBe(401);
    expectError(res, 'UNAUTHENTICATED');
    expect(res.data ?? null).toBeNull();
  });

  test("a direct call to a subgraph's /ready gets its status alone, never which dependency it checks", async () => {
    for (const name of ['volunteers', 'pidu']) {
      const res = await fetch(city.subgraphs.get(name)!.url.replace('/graphql', '/ready'));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ready' });
    }
  });

  test('an identity signed with any other key is refused', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const forged = await signIdentity({ kind: 'cityAdmin', accountId: 'mallory' }, privateKey);
    expectError(await post(volunteers(), ME, {}, { [IDENTITY_HEADER]: forged }), 'UNAUTHENTICATED');
  });

  test('an identity with a changed payload is refused', async () => {
    const { default: jose } = { default: await import('jose') };
    const real = await signIdentity(
      { kind: 'volunteer', accountId: LI_SIYU },
      (await jose.importJWK(city.keys.identity.privateJwk, 'EdDSA')) as never,
    );
    const [h, , sig] = real.split('.');
    const body = Buffer.from(
      JSON.stringify({
        caller: { kind: 'cityAdmin', accountId: 'mallory' },
        iss: 'qingju-gateway',
        aud: 'qingju-subgraphs',
        iat: Math.floor(Date.now() / 1000),
        exp: 9999999999,
      }),
    ).toString('base64url');
    expectError(await post(volunteers(), ME, {}, { [IDENTITY_HEADER]: `${h}.${body}.${sig}` }), 'UNAUTHENTICATED');
    // The untouched header does work, so the refusal above is about the tampering.
    expect(expectNoErrors(await post(volunteers(), ME, {}, { [IDENTITY_HEADER]: real })).me!.displayName).toBe('李*雨');
  });

  test('an expired identity is refused', async () => {
    const jose = await import('jose');
    const key = await jose.importJWK(city.keys.identity.privateJwk, 'EdDSA');
    const old = await new SignJWT({ caller: { kind: 'volunteer', accountId: LI_SIYU } })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setIssuer('qingju-gateway')
      .setAudience('qingju-subgraphs')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 120)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(key);
    expectError(await post(volunteers(), ME, {}, { [IDENTITY_HEADER]: old }), 'UNAUTHENTICATED');
  });

  test('an identity header sent by a client to the gateway is ignored, never forwarded', async () => {
    const jose = await import('jose');
    const real = await signIdentity(
      { kind: 'volunteer', accountId: LI_SIYU },
      (await jose.importJWK(city.keys.identity.privateJwk, 'EdDSA')) as never,
    );
    // Even a genuine, stolen header does not make an anonymous gateway caller into 李思雨.
    const res = await post(city.gateway.url, ME, {}, { [IDENTITY_HEADER]: real });
    expect(expectNoErrors(res).me).toBeNull();
  });
});
