import type { RunningGateway } from '../../gateway/server';
import { expectNoErrors, startCity, type City } from '../testkit/city';
import { graphql } from '../testkit/generated';
import { cityAdminToken } from '../testkit/tokens';

/**
 * Partner tokens the city signs itself (`role: partner` with an `azp`) answer to the app registry like the OAuth
 * server's: a suspended or revoked app's are refused in every mode, and in production an app nobody registered gets
 * nothing; the development gateway still serves the demo app's unregistered tokens (the IDE's partner tab).
 */
const REGISTER = graphql(`
  mutation CityTokenRegister($input: RegisterPartnerAppInput!) {
    registerPartnerApp(input: $input) {
      app {
        clientId
      }
    }
  }
`);
const SUSPEND = graphql(`
  mutation CityTokenSuspend($clientId: String!) {
    suspendPartnerApp(clientId: $clientId) {
      status
    }
  }
`);
const RESUME = graphql(`
  mutation CityTokenResume($clientId: String!) {
    resumePartnerApp(clientId: $clientId) {
      status
    }
  }
`);

let city: City;
let prod: RunningGateway;
let admin: string;
beforeAll(async () => {
  city = await startCity();
  prod = await city.startGateway({ production: true });
  admin = await cityAdminToken(city);
});
afterAll(async () => {
  await prod?.stop();
  await city?.stop();
});

/** One request with a city-signed partner token for `azp`: its HTTP status and the first error's code. */
async function ask(url: string, azp: string) {
  const token = await city.token({ role: 'partner', sub: 'demo-volunteer-02', azp, scope: 'volunteer:read' });
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ projects(first: 1) { totalCount } }' }),
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { status: res.status, code: body.errors?.[0]?.extensions?.code ?? null };
}

let seq = 0;
async function registered() {
  const clientId = `city-token-app-${++seq}-${Date.now().toString(36)}`;
  expectNoErrors(
    await city.query(
      REGISTER,
      {
        input: {
          clientId,
          name: '天府通',
          redirectUris: ['https://partner.example/callback'],
          allowedScopes: ['projects:read', 'volunteer:read'],
          corsOrigins: [],
        },
      },
      admin,
    ),
  );
  return clientId;
}

test("a suspended app's city-signed tokens are refused in development and production; resumed, they work", async () => {
  const app = await registered();
  expect(await ask(city.gateway.url, app)).toEqual({ status: 200, code: null });
  expect(await ask(prod.url, app)).toEqual({ status: 200, code: null });
  expectNoErrors(await city.query(SUSPEND, { clientId: app }, admin));
  expect(await ask(city.gateway.url, app)).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  expect(await ask(prod.url, app)).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  expectNoErrors(await city.query(RESUME, { clientId: app }, admin));
  expect(await ask(prod.url, app)).toEqual({ status: 200, code: null });
});

test('in production an unregistered app gets nothing; the development gateway serves the demo app', async () => {
  expect(await ask(prod.url, 'nobody-registered-this')).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  expect(await ask(prod.url, 'tianfu-citizen-cloud')).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  expect(await ask(city.gateway.url, 'tianfu-citizen-cloud')).toEqual({ status: 200, code: null });
});
