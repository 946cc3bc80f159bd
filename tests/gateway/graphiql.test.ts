import fs from 'node:fs';
import path from 'node:path';
import type { RunningGateway } from '../../gateway/server';
import { IDE_DIR } from '../../gateway/graphiql';
import { exampleDocument, IDE_EXAMPLES, tokenCommand } from '../../gateway/graphiql-examples';
import { ROLES } from '../../gateway/auth';
import { expectNoErrors, startCity, type City } from '../testkit/city';
import { viteBuild } from '../testkit/vite';

/**
 * The development IDE: the test builds it exactly as `npm run build` does (so a fresh checkout needs no prebuilt
 * bundle), then loads it through the gateway as a browser would, and runs every saved example as its caller.
 */
let city: City;
let prod: RunningGateway;
beforeAll(async () => {
  await viteBuild('gateway/ide/vite.config.mts');
  city = await startCity();
  prod = await city.startGateway({ production: true });
}, 180_000);
afterAll(async () => {
  await prod?.stop();
  await city?.stop();
});

const base = (gw: RunningGateway) => gw.url.replace('/graphql', '');
const CDN = /unpkg\.com|jsdelivr|esm\.sh|cdnjs|googleapis|gstatic|apollographql\.com|import\(["'`]https?:/;

test('GraphiQL is served by the development gateway with every file it loads, and nothing from a CDN', async () => {
  const page = await fetch(`${base(city.gateway)}/graphiql`);
  expect(page.status).toBe(200);
  expect(page.url).toMatch(/\/graphiql\/$/);
  const html = await page.text();
  expect(html).toContain('<div id="root">');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  expect(refs.length).toBeGreaterThanOrEqual(2);
  for (const ref of refs) {
    expect(ref).toMatch(/^\/graphiql\/assets\//);
    const res = await fetch(`${base(city.gateway)}${ref}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(ref.endsWith('.css') ? /text\/css/ : /javascript/);
  }
  const code = fs.readdirSync(path.join(IDE_DIR, 'assets')).filter((f) => /\.(js|css)$/.test(f));
  expect(
    code.some((f) => fs.readFileSync(path.join(IDE_DIR, 'assets', f), 'utf8').includes('/graphiql/examples.json')),
  ).toBe(true);
  for (const f of [...code.map((f) => path.join(IDE_DIR, 'assets', f)), path.join(IDE_DIR, 'index.html')]) {
    expect([f, fs.readFileSync(f, 'utf8').match(CDN)?.[0]]).toEqual([f, undefined]);
  }
});

test('a browser opening /graphql is sent to the IDE instead of a landing page from a CDN', async () => {
  const res = await fetch(city.gateway.url, {
    headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    redirect: 'manual',
  });
  expect(res.status).toBe(302);
  expect(res.headers.get('location')).toBe('/graphiql/');
});

test('a saved tab per kind of caller, each with its token command, running without errors as that caller', async () => {
  const tabs = (await (await fetch(`${base(city.gateway)}/graphiql/examples.json`)).json()) as {
    query: string;
    variables?: string;
    headers?: string;
  }[];
  expect(tabs).toHaveLength(IDE_EXAMPLES.length);
  expect(new Set(IDE_EXAMPLES.map((ex) => ex.token?.role ?? 'anonymous'))).toEqual(new Set(['anonymous', ...ROLES]));
  for (const [i, ex] of IDE_EXAMPLES.entries()) {
    const document = exampleDocument(ex);
    expect(tabs[i].query).toContain(document);
    expect(tabs[i].variables ? JSON.parse(tabs[i].variables!) : undefined).toEqual(ex.variables);
    if (ex.token) expect(tabs[i].headers).toContain(tokenCommand(ex.token));
    else expect(tabs[i].headers).toBeUndefined();

    const token = ex.token && (await city.token(ex.token));
    const data = expectNoErrors(await city.query(document, ex.variables, token)) as Record<string, unknown>;
    // Every root field answers something: a tab that shows null (no consent, not an admin) teaches nothing.
    expect([
      ex.caller,
      Object.entries(data).filter(([, v]) => v === null || (Array.isArray(v) && v.length === 0)),
    ]).toEqual([ex.caller, []]);
  }
});

test('production serves no IDE, no examples and no landing page', async () => {
  const asset = fs.readdirSync(path.join(IDE_DIR, 'assets'))[0];
  for (const p of ['/graphiql', '/graphiql/', '/graphiql/examples.json', `/graphiql/assets/${asset}`]) {
    expect([p, (await fetch(`${base(prod)}${p}`)).status]).toEqual([p, 404]);
  }
  const res = await fetch(prod.url, { headers: { accept: 'text/html' }, redirect: 'manual' });
  expect(res.status).not.toBe(302);
  const body = await res.text();
  expect(body).not.toMatch(/<html/i);
  expect(body).not.toMatch(CDN);
});
