/**
 * An example partner app against a running Qingju (`npm start`), step by step as a partner's server runs it:
 *
 *   node -r @swc-node/register examples/partner/run.ts
 *
 * 1. registers an app (as a city admin, with a token from `npm run -s token -- --role city_admin`), with a webhook
 *    endpoint this script serves on 127.0.0.1;
 * 2. runs the authorization code flow with PKCE for the demo citizen demo-volunteer-01 (the citizen's browser is
 *    simulated: sign-in with a development token, then 同意 on the consent page);
 * 3. lists projects and signs the citizen up for a shift with free places;
 * 4. receives the signed webhook (signup.confirmed), checks its signature, then cancels the sign-up and receives
 *    signup.cancelled;
 * 5. revokes its grant: its tokens stop working.
 *
 * QINGJU_URL points at another gateway (default http://localhost:4000). The steps mirror the README's "Integrating a
 * partner app" in curl.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { GATEWAY_PORT } from '../../schema/registry';
// The citizen's browser (a cookie jar that follows redirects), PKCE and token requests: the same helpers the tests
// use, so the example shows the same steps they check.
import { Browser, pkce, tokenRequest } from '../../tests/partners/oauth-client';

const BASE = (process.env.QINGJU_URL ?? `http://localhost:${GATEWAY_PORT}`).replace(/\/$/, '');
const CITIZEN = process.env.QINGJU_CITIZEN ?? 'demo-volunteer-01';

/** A development token from the repository's token command (signed with .qingju/keys.json, as `npm start` uses). */
const devToken = (...args: string[]) =>
  execFileSync('npm', ['run', '-s', 'token', '--', ...args], { encoding: 'utf8' }).trim();

async function graphql<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await fetch(`${BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length)
    throw new Error(body.errors.map((e) => `${e.extensions?.code ?? res.status}: ${e.message}`).join('; '));
  return body.data!;
}

/**
 * What a partner's webhook endpoint checks before trusting a delivery: X-Qingju-Webhook-Signature is
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the webhook secret>`, and t is recent.
 */
function signatureHolds(secret: string, header: string, body: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2)));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > 300 || !/^[0-9a-f]{64}$/.test(parts.v1 ?? ''))
    return false;
  const expected = crypto.createHmac('sha256', secret).update(`${t}.${body}`).digest();
  return crypto.timingSafeEqual(expected, Buffer.from(parts.v1, 'hex'));
}

interface Delivery {
  id: string;
  type: string;
  citizen: { sub: string };
  data: Record<string, unknown>;
}

/** The app's own server on 127.0.0.1: the OAuth redirect target and the webhook endpoint. */
async function startAppServer(secret: () => string) {
  const waiting = new Map<string, (d: Delivery) => void>();
  const seen = new Set<string>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url !== '/webhooks') return void res.writeHead(404).end();
      const body = Buffer.concat(chunks).toString('utf8');
      if (!signatureHolds(secret(), String(req.headers['x-qingju-webhook-signature'] ?? ''), body))
        return void res.writeHead(401).end();
      const delivery = JSON.parse(body) as Delivery;
      // At least once: a retried delivery carries the same id, and is acknowledged without acting twice.
      res.writeHead(204).end();
      if (seen.has(delivery.id)) return;
      seen.add(delivery.id);
      console.log(`  webhook ${delivery.type} for ${delivery.citizen.sub}: ${JSON.stringify(delivery.data)}`);
      waiting.get(delivery.type)?.(delivery);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    // Minutes, not seconds: on the first start the demo crowd's events are still on their way between subgraphs,
    // and the sign-up's event queues behind them.
    next(type: string, timeoutMs = 300_000) {
      return new Promise<Delivery>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${type} webhook within ${timeoutMs} ms`)), timeoutMs);
        waiting.set(type, (d) => {
          clearTimeout(timer);
          resolve(d);
        });
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function main() {
  let webhookSecret = '';
  const app = await startAppServer(() => webhookSecret);
  const redirectUri = `${app.origin}/callback`;
  try {
    console.log('1. Register the app (city admin)');
    const admin = devToken('--role', 'city_admin');
    const registered = await graphql<{
      registerPartnerApp: { clientSecret: string; webhookSecret: string; app: { clientId: string } };
    }>(
      `
        mutation ($input: RegisterPartnerAppInput!) {
          registerPartnerApp(input: $input) {
            clientSecret
            webhookSecret
            app {
              clientId
            }
          }
        }
      `,
      {
        input: {
          name: '示例伙伴应用',
          redirectUris: [redirectUri],
          allowedScopes: ['projects:read', 'volunteer:read', 'project:signup'],
          corsOrigins: [],
          webhookUrl: `${app.origin}/webhooks`,
        },
      },
      admin,
    );
    const client = {
      clientId: registered.registerPartnerApp.app.clientId,
      secret: registered.registerPartnerApp.clientSecret,
    };
    webhookSecret = registered.registerPartnerApp.webhookSecret;
    console.log(`  client id ${client.clientId}`);

    console.log(`2. Authorization code with PKCE for ${CITIZEN}`);
    const { verifier, challenge } = pkce();
    const state = crypto.randomBytes(8).toString('hex');
    const browser = new Browser(BASE);
    const authorize = new URLSearchParams({
      client_id: client.clientId,
      response_type: 'code',
      redirect_uri: redirectUri,
      scope: 'openid projects:read volunteer:read project:signup',
      state,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    });
    let { res } = await browser.follow(await browser.fetch(`/oauth/auth?${authorize}`));
    const login = /action="\/oauth\/interaction\/([^/"]+)\/login"/.exec(await res.text());
    if (!login) throw new Error('no sign-in page: is the OAuth server running (npm start sets its keys)?');
    const citizenToken = devToken('--role', 'volunteer', '--sub', CITIZEN);
    ({ res } = await browser.follow(
      await browser.submit(`/oauth/interaction/${login[1]}/login`, { token: citizenToken }),
    ));
    const confirm = /action="\/oauth\/interaction\/([^/"]+)\/confirm"/.exec(await res.text());
    if (!confirm) throw new Error('no consent page (is the citizen registered and 14 or older?)');
    const back = (await browser.follow(await browser.submit(`/oauth/interaction/${confirm[1]}/confirm`))).location;
    if (!back || back.searchParams.get('state') !== state) throw new Error('the authorization did not come back');
    const tokens = await tokenRequest(BASE, client, {
      grant_type: 'authorization_code',
      code: back.searchParams.get('code')!,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    });
    if (tokens.status !== 200) throw new Error(`token request: ${JSON.stringify(tokens.body)}`);
    const access = tokens.body.access_token!;
    console.log(`  scopes: ${String(tokens.body.scope)}`);

    console.log('3. List projects and sign the citizen up');
    const { projects } = await graphql<{
      projects: {
        edges: { node: { title: string; shifts: { id: string; startsAt: string; freePlaces: number }[] } }[];
      };
    }>('{ projects(first: 20) { edges { node { title shifts { id startsAt freePlaces } } } } }', {}, access);
    const open = projects.edges
      .flatMap(({ node }) => node.shifts.map((s) => ({ ...s, title: node.title })))
      .find((s) => s.freePlaces > 0 && new Date(s.startsAt).getTime() > Date.now() + 3_600_000);
    if (!open) throw new Error('no shift with free places among the first projects');
    // The consent reaches the projects subgraph as an event: retry the first sign-up for a few seconds.
    let signup: { id: string; status: string } | undefined;
    for (let tries = 0; !signup; tries++) {
      try {
        signup = (
          await graphql<{ signUp: { id: string; status: string } }>(
            'mutation ($shift: ID!) { signUp(shiftId: $shift) { id status } }',
            { shift: open.id },
            access,
          )
        ).signUp;
      } catch (err) {
        if (tries >= 10 || !/FORBIDDEN/.test((err as Error).message)) throw err;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    console.log(`  「${open.title}」 ${open.startsAt}: ${signup.status}`);

    console.log('4. Receive the webhooks');
    await app.next('signup.confirmed');
    const cancelled = app.next('signup.cancelled');
    await graphql('mutation ($id: ID!) { cancelSignup(id: $id) { status } }', { id: signup.id }, access);
    await cancelled;

    console.log('5. Revoke the grant');
    const revoked = await tokenRequest(
      BASE,
      client,
      { token: tokens.body.refresh_token!, token_type_hint: 'refresh_token' },
      '/oauth/token/revocation',
    );
    const after = await fetch(`${BASE}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${access}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    console.log(`  revocation ${revoked.status}; the access token now gets ${after.status}`);
    if (after.status !== 401) throw new Error('the revoked token still works');
    console.log('Done.');
  } finally {
    await app.close();
  }
}

main().catch((err: unknown) => {
  console.error((err as Error).message);
  process.exit(1);
});
