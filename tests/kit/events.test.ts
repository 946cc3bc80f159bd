import gql from 'graphql-tag';
import { importJWK, type CryptoKey } from 'jose';
import type { EntityManager } from 'typeorm';
import { generateKeySet } from '../../gateway/keys';
import { emitEvent, type DomainEvent } from '../../subgraphs/kit/events';
import { createLogger } from '../../subgraphs/kit/log';
import { SIGNATURE_HEADER, signBody } from '../../subgraphs/kit/relay';
import { defineSubgraph, startSubgraph, type RunningSubgraph } from '../../subgraphs/kit/subgraph';
import { dropSubgraphSchemas } from '../testkit/database';
import { testDatabaseUrl } from '../testkit/city';

/**
 * Two throwaway subgraphs on the real kit: `evproducer` records events in its outbox inside a transaction,
 * `evconsumer` applies them to a table of its own. What a user of the kit relies on: committed events arrive,
 * in order, once; rolled-back ones never do; forged deliveries are refused.
 */
const received: DomainEvent[] = [];
const producer = defineSubgraph({
  name: 'evproducer',
  typeDefs: gql`extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"]) type Query { ok: Boolean }`,
  resolvers: { Query: { ok: () => true } },
  entities: [],
  migrations: [],
  loaders: () => ({}),
});
const consumer = defineSubgraph({
  name: 'evconsumer',
  typeDefs: gql`extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"]) type Query { ok: Boolean }`,
  resolvers: { Query: { ok: () => true } },
  entities: [],
  migrations: [],
  loaders: () => ({}),
  consumes: {
    'thing.counted': async (event: DomainEvent, manager: EntityManager) => {
      await manager.query('CREATE TABLE IF NOT EXISTS tally (n int NOT NULL)');
      await manager.query('INSERT INTO tally (n) VALUES ($1)', [event.payload.n]);
      received.push(event);
    },
  },
});

let running: RunningSubgraph[] = [];
let secret: string;
beforeAll(async () => {
  await dropSubgraphSchemas(testDatabaseUrl(), ['evproducer', 'evconsumer']);
  const keys = await generateKeySet();
  secret = keys.eventsSecret;
  const identityKey = (await importJWK(keys.identity.publicJwk, 'EdDSA')) as CryptoKey;
  const peers = () => Object.fromEntries(running.map((s) => [s.name, `http://127.0.0.1:${s.port}`]));
  for (const def of [producer, consumer]) {
    running.push(await startSubgraph(def, {
      port: 0, host: '127.0.0.1', databaseUrl: testDatabaseUrl(), poolMax: 3, identityKey, eventsSecret: secret, peers,
      log: createLogger(def.name, 'silent'), seedDemo: false,
    }));
  }
});
afterAll(async () => {
  for (const s of running) await s.stop();
});

const [prod, cons] = [() => running[0], () => running[1]];

test('committed events arrive in order, exactly once each; rolled-back ones never', async () => {
  for (let n = 1; n <= 5; n++) {
    await prod().db.transaction((m) => emitEvent(m, 'thing.counted', { n }));
  }
  await prod().db.transaction(async (m) => {
    await emitEvent(m, 'thing.counted', { n: 99 });
    throw new Error('rolled back');
  }).catch(() => undefined);
  await prod().db.transaction((m) => emitEvent(m, 'other.type', { ignored: true }));
  await prod().relay.drain();
  const rows = await cons().db.query('SELECT n FROM tally ORDER BY n');
  expect(rows.map((r: { n: number }) => r.n)).toEqual([1, 2, 3, 4, 5]);
  expect(received.map((e) => e.payload.n)).toEqual([1, 2, 3, 4, 5]);
});

test('a redelivered event is acknowledged without being applied again', async () => {
  const event = received[0];
  const body = JSON.stringify({ source: 'evproducer', events: [event] });
  const res = await fetch(`http://127.0.0.1:${cons().port}/events`, {
    method: 'POST', headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signBody(secret, body) }, body,
  });
  expect(res.status).toBe(200);
  expect(await cons().db.query('SELECT count(*)::int AS c FROM tally')).toEqual([{ c: 5 }]);
});

test('a delivery not signed with the city secret is refused and applies nothing', async () => {
  const body = JSON.stringify({ source: 'evproducer', events: [{ ...received[0], id: '00000000-0000-4000-8000-000000000042' }] });
  for (const signature of [undefined, signBody('not-the-secret-not-the-secret-xx', body)]) {
    const res = await fetch(`http://127.0.0.1:${cons().port}/events`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...(signature ? { [SIGNATURE_HEADER]: signature } : {}) }, body,
    });
    expect(res.status).toBe(401);
  }
  expect(await cons().db.query('SELECT count(*)::int AS c FROM tally')).toEqual([{ c: 5 }]);
});

test('events wait for a consumer that is down and arrive when it is back', async () => {
  const consumerPort = cons().port;
  await cons().stop();
  await prod().db.transaction((m) => emitEvent(m, 'thing.counted', { n: 6 }));
  await expect(prod().relay.drain(800)).rejects.toThrow(/not delivered/);
  const keys = await generateKeySet();
  running[1] = await startSubgraph(consumer, {
    port: consumerPort, host: '127.0.0.1', databaseUrl: testDatabaseUrl(), poolMax: 3,
    identityKey: (await importJWK(keys.identity.publicJwk, 'EdDSA')) as CryptoKey, eventsSecret: secret,
    peers: () => ({}), log: createLogger('evconsumer', 'silent'), seedDemo: false,
  });
  await prod().relay.drain();
  const rows = await running[1].db.query('SELECT n FROM tally ORDER BY n');
  expect(rows.map((r: { n: number }) => r.n)).toEqual([1, 2, 3, 4, 5, 6]);
});
