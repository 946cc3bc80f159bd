import crypto from 'node:crypto';
import { expectNoErrors, startCity, type City } from '../testkit/city';
import { deliver } from '../testkit/events';
import { cityAdminToken } from '../testkit/tokens';
import { verifyWebhook } from '../../subgraphs/kit/runtime/webhooks';
import { startReceiver, type Receiver } from './webhook-receiver';
import { CANCEL, DELIVERIES, SIGN_UP, link, openShift, registerApp, unlink } from './webhook-steps';

/**
 * Partner webhooks (issue 12.6) through the gateway: a citizen's sign-up reaches the apps they linked, signed with
 * each app's own webhook secret; a failing receiver is retried with growing delays under the same event id; one
 * citizen's events arrive in order even when the first one needs retries; nothing about an unlinked citizen (or of
 * a type the app did not subscribe to, or from before the citizen linked the app) is sent, and city admins read the
 * delivery log.
 */

// Short delays so a retry happens within the test (the delivery loop reads them when the city starts).
process.env.WEBHOOK_RETRY_BASE_MS = '400';
process.env.WEBHOOK_POLL_MS = '100';

let city: City;
let admin: string;
let receiver: Receiver;

beforeAll(async () => {
  city = await startCity({ oauth: true });
  admin = await cityAdminToken(city);
  receiver = await startReceiver();
});
afterAll(async () => {
  await city?.stop();
  await receiver?.close();
});

const citizen = (n: number) => city.token({ role: 'volunteer', sub: `demo-volunteer-${String(n).padStart(2, '0')}` });
const deliveries = async (clientId: string) =>
  expectNoErrors(await city.query(DELIVERIES, { clientId }, admin)).partnerAppWebhookDeliveries;

test("a sign-up reaches each linked app signed with that app's webhook secret, not another's", async () => {
  const a = await registerApp(city, admin, { webhookUrl: `${receiver.url}/a` });
  const b = await registerApp(city, admin, { webhookUrl: `${receiver.url}/b` });
  const token = await citizen(3);
  await link(city, token, a.clientId);
  await link(city, token, b.clientId);
  const { shiftId, projectId } = await openShift(city);
  const signup = expectNoErrors(await city.query(SIGN_UP, { shift: shiftId }, token)).signUp;

  const toA = await receiver.waitFor((all) => all.find((r) => r.path === '/hooks/a'));
  const toB = await receiver.waitFor((all) => all.find((r) => r.path === '/hooks/b'));
  expect(toA.parsed).toMatchObject({
    type: 'signup.confirmed',
    citizen: { sub: 'demo-volunteer-03' },
    data: { projectId, signupId: signup.id },
  });
  // The event id is in the header and the body, the same for both apps: one event.
  expect(toA.id).toBe(toA.parsed.id);
  expect(toB.id).toBe(toA.id);
  expect(verifyWebhook(a.webhookSecret, toA.signature, toA.body)).toBe(true);
  expect(verifyWebhook(b.webhookSecret, toA.signature, toA.body)).toBe(false);
  expect(verifyWebhook(b.webhookSecret, toB.signature, toB.body)).toBe(true);
  expect(verifyWebhook(a.webhookSecret, toB.signature, toB.body)).toBe(false);
  // Neither the client secret nor a body changed after signing verifies.
  expect(verifyWebhook(a.secret, toA.signature, toA.body)).toBe(false);
  expect(verifyWebhook(a.webhookSecret, toA.signature, toA.body.replace('signup.confirmed', 'signup.cancelled'))).toBe(
    false,
  );
  // A delivery replayed long after it was signed is refused.
  expect(verifyWebhook(a.webhookSecret, toA.signature, toA.body, Math.floor(Date.now() / 1000) + 3600)).toBe(false);

  const log = await deliveries(a.clientId);
  expect(log).toEqual([
    expect.objectContaining({ eventId: toA.id, type: 'signup.confirmed', status: 'DELIVERED', attempts: 1 }),
  ]);
});

test('a failing receiver is retried with growing delays under the same event id until it answers', async () => {
  const app = await registerApp(city, admin, { webhookUrl: `${receiver.url}/retry` });
  const token = await citizen(4);
  await link(city, token, app.clientId);
  // The first two attempts fail (500, then 503); the third is accepted.
  let failures = 0;
  receiver.answerWith(({ type }) => (type === 'signup.confirmed' && failures < 2 ? [500, 503][failures++]! : 200));
  try {
    const { shiftId } = await openShift(city);
    expectNoErrors(await city.query(SIGN_UP, { shift: shiftId }, token));
    const attempts = await receiver.waitFor((all) => {
      const mine = all.filter((r) => r.path === '/hooks/retry');
      return mine.length >= 3 && mine;
    });
    expect(attempts.map((r) => r.answered)).toEqual([500, 503, 200]);
    expect(new Set(attempts.map((r) => r.id)).size).toBe(1);
    // The same bytes every time (the body is fixed when queued), freshly signed.
    expect(new Set(attempts.map((r) => r.body)).size).toBe(1);
    for (const r of attempts) expect(verifyWebhook(app.webhookSecret, r.signature, r.body)).toBe(true);
    // Backoff: 400 ms after the first failure, 800 ms after the second.
    const firstGap = attempts[1]!.at - attempts[0]!.at;
    const secondGap = attempts[2]!.at - attempts[1]!.at;
    expect(firstGap).toBeGreaterThanOrEqual(350);
    expect(secondGap).toBeGreaterThanOrEqual(750);
    const [logged] = await deliveries(app.clientId);
    expect(logged).toMatchObject({ status: 'DELIVERED', attempts: 3, lastStatusCode: 200, nextAttemptAt: null });
  } finally {
    receiver.answerWith(() => 200);
  }
});

test("one citizen's events reach the app in order: a later one waits while an earlier one is retried", async () => {
  const app = await registerApp(city, admin, { webhookUrl: `${receiver.url}/order` });
  const token = await citizen(5);
  await link(city, token, app.clientId);
  let failed = false;
  receiver.answerWith(({ type }) => {
    if (type === 'signup.confirmed' && !failed) {
      failed = true;
      return 500;
    }
    return 200;
  });
  try {
    const { shiftId } = await openShift(city);
    const signup = expectNoErrors(await city.query(SIGN_UP, { shift: shiftId }, token)).signUp;
    expectNoErrors(await city.query(CANCEL, { id: signup.id }, token));
    const mine = await receiver.waitFor((all) => {
      const got = all.filter((r) => r.path === '/hooks/order');
      return got.some((r) => r.parsed.type === 'signup.cancelled') && got;
    });
    expect(mine.map((r) => [r.parsed.type, r.answered])).toEqual([
      ['signup.confirmed', 500],
      ['signup.confirmed', 200],
      ['signup.cancelled', 200],
    ]);
  } finally {
    receiver.answerWith(() => 200);
  }
});

test("an unlinked citizen's events, and types the app did not subscribe to, are not sent", async () => {
  const app = await registerApp(city, admin, { webhookUrl: `${receiver.url}/linked-only` });
  const hoursOnly = await registerApp(city, admin, {
    webhookUrl: `${receiver.url}/hours-only`,
    webhookEvents: ['HOURS_CONFIRMED'],
  });
  const never = await citizen(6);
  const withdrawn = await citizen(7);
  const linked = await citizen(8);
  await link(city, withdrawn, app.clientId);
  await unlink(city, withdrawn, app.clientId);
  await link(city, linked, app.clientId);
  await link(city, linked, hoursOnly.clientId);
  const { shiftId } = await openShift(city);
  // The unlinked citizens first: the volunteers subgraph handles one producer's events in order, so by the time the
  // linked citizen's sign-up is queued, theirs were handled (and queued nothing).
  expectNoErrors(await city.query(SIGN_UP, { shift: shiftId }, never));
  expectNoErrors(await city.query(SIGN_UP, { shift: shiftId }, withdrawn));
  expectNoErrors(await city.query(SIGN_UP, { shift: shiftId }, linked));
  await city.settleEvents();
  const got = await receiver.waitFor((all) => all.find((r) => r.path === '/hooks/linked-only'));
  expect(got.parsed.citizen.sub).toBe('demo-volunteer-08');
  expect(receiver.received.filter((r) => r.path === '/hooks/linked-only')).toHaveLength(1);
  expect(await deliveries(app.clientId)).toHaveLength(1);
  expect(await deliveries(hoursOnly.clientId)).toEqual([]);
  expect(receiver.received.filter((r) => r.path === '/hooks/hours-only')).toEqual([]);
});

test('an app linked after an event occurred is not told of it, even when the event reaches it later', async () => {
  const app = await registerApp(city, admin, { webhookUrl: `${receiver.url}/late` });
  await link(city, await citizen(11), app.clientId);
  const [{ id: volunteerId }] = (await city.subgraphs
    .get('volunteers')!
    .db.query(`SELECT id FROM volunteer WHERE account_id = 'demo-volunteer-11'`)) as { id: string }[];
  const change = (kind: 'CONFIRMED' | 'CANCELLED') => ({
    change: kind,
    volunteerId,
    projectId: crypto.randomUUID(),
    signupId: crypto.randomUUID(),
  });
  // A sign-up from a minute before the link, delivered only now (as after an outage), then one from after it.
  await deliver(city, 'volunteers', 'signup.changed', change('CONFIRMED'), 'projects', new Date(Date.now() - 60_000));
  await deliver(city, 'volunteers', 'signup.changed', change('CANCELLED'), 'projects');
  const got = await receiver.waitFor((all) => all.find((r) => r.path === '/hooks/late'));
  expect(got.parsed.type).toBe('signup.cancelled');
  expect((await deliveries(app.clientId)).map((d) => d.type)).toEqual(['signup.cancelled']);
});

test('only city admins read the delivery log', async () => {
  const app = await registerApp(city, admin, { webhookUrl: `${receiver.url}/log` });
  const res = await city.query(DELIVERIES, { clientId: app.clientId }, await citizen(9));
  expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect((await city.query(DELIVERIES, { clientId: 'no-such-app' }, admin)).errors?.[0]?.extensions?.code).toBe(
    'NOT_FOUND',
  );
});
