/**
 * Issue 14.3: the gateway signs a caller's identity once per half lifetime and merges identical subgraph reads in
 * flight at once (gateway/identities.ts, gateway/fetcher.ts). A proxy in front of the projects subgraph holds and
 * counts what reaches it.
 */
import { decodeJwt } from 'jose';
import type { RunningGateway } from '../../gateway/server';
import { callerKey, identitySigner } from '../../gateway/identities';
import type { Caller } from '../../subgraphs/kit/runtime/caller';
import { IDENTITY_HEADER } from '../../subgraphs/kit/runtime/identity';
import { expectNoErrors, post, startCity, type City } from '../testkit/city';
import { graphql } from '../testkit/generated';
import { startDelayProxy } from '../testkit/proxy';

let city: City;
let proxy: Awaited<ReturnType<typeof startDelayProxy>>;
let gw: RunningGateway;
beforeAll(async () => {
  city = await startCity();
  proxy = await startDelayProxy(city.subgraphs.get('projects')!.url);
  gw = await city.startGateway({
    subgraphTimeoutMs: 1_500,
    subgraphUrls: { ...Object.fromEntries([...city.subgraphs].map(([n, s]) => [n, s.url])), projects: proxy.url },
  });
});
afterAll(async () => {
  proxy?.release();
  await gw?.stop();
  await proxy?.stop();
  await city?.stop();
});

const CATEGORIES = graphql(`
  query SharedFetchCategories {
    serviceCategories {
      code
    }
  }
`);
const SIGN_UP = graphql(`
  mutation SharedFetchSignUp($shiftId: ID!) {
    signUp(shiftId: $shiftId) {
      id
    }
  }
`);

const asked = () => proxy.seen.filter((r) => r.method === 'POST');
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function merged(): Promise<number> {
  const text = await (await fetch(`${gw.opsUrl}/metrics`)).text();
  const line = text
    .split('\n')
    .find((l) => l.startsWith('qingju_gateway_subgraph_fetches_merged_total{subgraph="projects"}'));
  return line ? Number(line.split(' ').pop()) : 0;
}

/** Polls until `done` holds; a condition that never comes true fails the test at the Jest timeout. */
async function until(done: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await done())) await new Promise((r) => setTimeout(r, 20));
}

describe('one signed identity per caller', () => {
  const ME: Caller = { kind: 'volunteer', accountId: 'a' };
  const counting = () => {
    const signed: Caller[] = [];
    let clock = 0;
    const sign = identitySigner({
      sign: async (c) => {
        signed.push(c);
        return `header-${signed.length}`;
      },
      reuseMs: 30_000,
      now: () => clock,
    });
    return { sign, signed, advance: (ms: number) => (clock += ms) };
  };

  test('the same caller, whatever the order of its fields, is signed once while the header is young', async () => {
    const { sign, signed, advance } = counting();
    const first = await sign({ kind: 'orgAdmin', accountId: 'a', organizationId: 'o1' });
    advance(29_999);
    expect(await sign({ organizationId: 'o1', accountId: 'a', kind: 'orgAdmin' } as Caller)).toBe(first);
    expect(signed).toHaveLength(1);
    advance(1);
    expect(await sign({ kind: 'orgAdmin', accountId: 'a', organizationId: 'o1' })).not.toBe(first);
    expect(signed).toHaveLength(2);
  });

  test('anything that tells callers apart gets its own header: acting organization, app, scopes', async () => {
    const { sign, signed } = counting();
    const callers: Caller[] = [
      ME,
      { kind: 'orgAdmin', accountId: 'a', organizationId: 'o1' },
      { kind: 'orgAdmin', accountId: 'a', organizationId: 'o2' },
      { kind: 'partner', appId: 'x', scopes: ['volunteer:read'], accountId: 'a' },
      { kind: 'partner', appId: 'x', scopes: ['volunteer:read', 'signup:write'], accountId: 'a' },
      { kind: 'partner', appId: 'y', scopes: ['volunteer:read'], accountId: 'a' },
      { kind: 'anonymous' },
    ];
    const headers = await Promise.all(callers.map(sign));
    expect(new Set(headers).size).toBe(callers.length);
    expect(new Set(callers.map(callerKey)).size).toBe(callers.length);
    expect(signed).toHaveLength(callers.length);
  });

  test('callers arriving while the first signature is made wait for it; a failed signature is not kept', async () => {
    let fail = true;
    let calls = 0;
    const sign = identitySigner({
      sign: async () => {
        calls++;
        if (fail) throw new Error('no key');
        return 'ok';
      },
    });
    await expect(Promise.all([sign(ME), sign(ME)])).rejects.toThrow('no key');
    expect(calls).toBe(1);
    fail = false;
    expect(await sign(ME)).toBe('ok');
    expect(calls).toBe(2);
  });

  test('through the gateway, anonymous visitors share one header that holds nothing of a request', async () => {
    const start = asked().length;
    expectNoErrors(await post(gw.url, CATEGORIES));
    // A second later: a header signed per request would have another issue time, so another text.
    await new Promise((r) => setTimeout(r, 1_100));
    expectNoErrors(await post(gw.url, CATEGORIES));
    const token = await city.token({ role: 'volunteer', sub: 'demo-volunteer-01' });
    expectNoErrors(await post(gw.url, CATEGORIES, {}, bearer(token)));
    const [a, b, signedIn] = asked()
      .slice(start)
      .map((r) => r.headers[IDENTITY_HEADER] as string);
    expect(a).toBe(b);
    expect(signedIn).not.toBe(a);
    // Subgraphs accepted it (the answers above); it carries the caller and its times, nothing per request.
    expect(Object.keys(decodeJwt(a)).sort()).toEqual(['aud', 'caller', 'exp', 'iat', 'iss']);
    expect(decodeJwt(a).caller).toEqual({ kind: 'anonymous' });
  });
});

describe('identical reads in flight are merged', () => {
  test('N identical anonymous queries at once reach the subgraph as one fetch; each gets all of it', async () => {
    const n = 12;
    const start = asked().length;
    const before = await merged();
    proxy.hold();
    const answers = Promise.all(Array.from({ length: n }, () => post(gw.url, CATEGORIES)));
    // All n are waiting on the one held fetch before it is let through.
    await until(async () => (await merged()) - before === n - 1);
    expect(asked().length - start).toBe(1);
    proxy.release();
    const results = await answers;
    const codes = results.map((r) => expectNoErrors(r).serviceCategories.map((c) => c.code));
    expect(codes[0].length).toBeGreaterThan(0);
    for (const c of codes) expect(c).toEqual(codes[0]);
    expect(asked().length - start).toBe(1);
    // Nothing is kept once it settled: the next identical query goes upstream again.
    expectNoErrors(await post(gw.url, CATEGORIES));
    expect(asked().length - start).toBe(2);
  });

  test("two callers' identical queries each reach the subgraph", async () => {
    const [t1, t2] = await Promise.all([
      city.token({ role: 'volunteer', sub: 'demo-volunteer-03' }),
      city.token({ role: 'volunteer', sub: 'demo-volunteer-04' }),
    ]);
    const start = asked().length;
    proxy.hold();
    const answers = Promise.all([post(gw.url, CATEGORIES, {}, bearer(t1)), post(gw.url, CATEGORIES, {}, bearer(t2))]);
    await until(() => asked().length - start === 2);
    proxy.release();
    (await answers).forEach((r) => expectNoErrors(r));
  });

  test("one signed-in caller's identical reads each reach the subgraph: each may be an audited read", async () => {
    const token = await city.token({ role: 'volunteer', sub: 'demo-volunteer-06' });
    const start = asked().length;
    const before = await merged();
    proxy.hold();
    const answers = Promise.all([1, 2, 3].map(() => post(gw.url, CATEGORIES, {}, bearer(token))));
    await until(() => asked().length - start === 3);
    proxy.release();
    (await answers).forEach((r) => expectNoErrors(r));
    expect(await merged()).toBe(before);
  });

  test("a dashboard viewer's identical reads are merged: served no personal field, it has no log to lose", async () => {
    const token = await city.token({ role: 'statistics_viewer', sub: 'shared-fetch-viewer' });
    const start = asked().length;
    const before = await merged();
    proxy.hold();
    const answers = Promise.all([1, 2, 3].map(() => post(gw.url, CATEGORIES, {}, bearer(token))));
    await until(async () => (await merged()) - before === 2);
    expect(asked().length - start).toBe(1);
    proxy.release();
    const codes = (await answers).map((r) => expectNoErrors(r).serviceCategories.map((c) => c.code));
    for (const c of codes) expect(c).toEqual(codes[0]);
    expect(asked().length - start).toBe(1);
  });

  test('identical mutations at once are never merged: each reaches the subgraph', async () => {
    const token = await city.token({ role: 'volunteer', sub: 'demo-volunteer-05' });
    const start = asked().length;
    const before = await merged();
    proxy.hold();
    // A shift that does not exist: each refusal is harmless, and each must still be the subgraph's own answer.
    const vars = { shiftId: '00000000-0000-4000-8000-00000000dead' };
    const answers = Promise.all([1, 2, 3].map(() => post(gw.url, SIGN_UP, vars, bearer(token))));
    await until(() => asked().length - start === 3);
    proxy.release();
    for (const r of await answers) expect(r.errors?.length).toBeGreaterThan(0);
    expect(await merged()).toBe(before);
  });

  test('a timeout of the shared fetch reaches every waiter, and the next query starts afresh', async () => {
    const n = 5;
    const before = await merged();
    proxy.hold();
    const answers = Promise.all(Array.from({ length: n }, () => post(gw.url, CATEGORIES)));
    await until(async () => (await merged()) - before === n - 1);
    // Never released in time: the one fetch times out at the gateway's 1.5 s deadline for all n.
    for (const r of await answers) expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    proxy.release();
    expectNoErrors(await post(gw.url, CATEGORIES));
  });
});
