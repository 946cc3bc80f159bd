import crypto from 'node:crypto';
import gql from 'graphql-tag';
import { importJWK, type CryptoKey } from 'jose';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, headers, type NatsConnection } from '@nats-io/transport-node';
import { z } from 'zod';
import { eventKeysOf, generateKeySet, type KeySet } from '../../gateway/keys';
import type { BrokerOptions } from '../../subgraphs/kit/runtime/broker';
import { SIGNATURE_HEADER, signBatch } from '../../subgraphs/kit/runtime/event-keys';
import { defineCatalogue } from '../../subgraphs/kit/runtime/events';
import { createLogger } from '../../subgraphs/kit/runtime/log';
import {
  defineSubgraph,
  startSubgraph,
  type RunningSubgraph,
  type SubgraphDefinition,
} from '../../subgraphs/kit/runtime/subgraph';
import { dropSubgraphSchemas } from '../testkit/database';
import { testDatabaseUrl } from '../testkit/city';

/**
 * Events through NATS JetStream (issue 14.4), on the machine's NATS server (NATS_URL, default 127.0.0.1:4222; CI runs
 * one, so a missing server fails this file rather than skipping it). Throwaway subgraphs on the real kit, as in
 * events.test.ts: what holds over HTTP holds through the broker — committed events arrive once each and in order,
 * rolled-back ones never; a consumer that was down gets what it missed from its durable consumer; two replicas of a
 * subgraph apply each event once between them; a message not signed by its source is dropped. Every run uses a stream
 * of its own (a random prefix), deleted at the end.
 */
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const broker: BrokerOptions = { url: NATS_URL, prefix: `qjtest${crypto.randomBytes(4).toString('hex')}` };

const { emit, on } = defineCatalogue({
  'thing.counted': { schema: z.object({ n: z.number().int() }) },
  'other.type': { schema: z.object({ ignored: z.boolean() }) },
});
const sdl = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query {
    ok: Boolean
  }
`;
const subgraph = (name: string, consumes: ReturnType<typeof on>[] = []) =>
  defineSubgraph({
    name,
    typeDefs: sdl,
    resolvers: { Query: { ok: () => true } },
    entities: [],
    migrations: [],
    loaders: () => ({}),
    consumes,
  });
const producer = subgraph('nbproducer');
const consumer = subgraph('nbconsumer', [
  on('thing.counted', async ({ n }, { manager }) => {
    await manager.query('CREATE TABLE IF NOT EXISTS tally (n int NOT NULL, at timestamptz NOT NULL DEFAULT now())');
    await manager.query('INSERT INTO tally (n) VALUES ($1)', [n]);
  }),
]);

let keys: KeySet;
let identityKey: CryptoKey;
let nc: NatsConnection;
const running: RunningSubgraph[] = [];

function start(def: SubgraphDefinition<unknown>): Promise<RunningSubgraph> {
  return startSubgraph(def, {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: testDatabaseUrl(),
    poolMax: 3,
    identityKey,
    eventKeys: eventKeysOf(keys, def.name),
    // No HTTP peers at all: whatever arrives came through the broker.
    peers: () => ({}),
    log: createLogger(def.name, 'silent'),
    seedDemo: false,
    broker,
  }).then((s) => {
    running.push(s);
    return s;
  });
}
const tally = async (s: RunningSubgraph) =>
  ((await s.db.query('SELECT n FROM tally ORDER BY at, n')) as { n: number }[]).map((r) => r.n);
async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  await dropSubgraphSchemas(testDatabaseUrl(), ['nbproducer', 'nbconsumer']);
  keys = await generateKeySet(['nbproducer', 'nbconsumer']);
  identityKey = (await importJWK(keys.identity.publicJwk, 'EdDSA')) as CryptoKey;
  nc = await connect({ servers: NATS_URL });
});
afterAll(async () => {
  for (const s of running.splice(0)) await s.stop().catch(() => undefined);
  const jsm = await jetstreamManager(nc);
  await jsm.streams.delete(`${broker.prefix.toUpperCase()}_EVENTS`).catch(() => undefined);
  await nc.close();
});

test('committed events reach the consumer once each and in order; rolled-back ones never', async () => {
  const prod = await start(producer);
  const cons = await start(consumer);
  for (let n = 1; n <= 20; n++) await prod.db.transaction((m) => emit(m, 'thing.counted', { n }));
  await prod.db
    .transaction(async (m) => {
      await emit(m, 'thing.counted', { n: 99 });
      throw new Error('rolled back');
    })
    .catch(() => undefined);
  await prod.db.transaction((m) => emit(m, 'other.type', { ignored: true }));
  await prod.relay.drain(20_000);
  expect(await tally(cons)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  // The stream holds all 21 committed events once (the outbox's cursor moved past them), none of the rolled back.
  const jsm = await jetstreamManager(nc);
  expect((await jsm.streams.info(`${broker.prefix.toUpperCase()}_EVENTS`)).state.messages).toBe(21);
  // The type it does not consume was acknowledged and skipped: its inbox holds only what it applied.
  expect(await cons.db.query(`SELECT count(*)::int AS c FROM inbox`)).toEqual([{ c: 20 }]);
});

test('a consumer that was down gets, from its durable consumer, what was emitted meanwhile', async () => {
  const cons = running.find((s) => s.name === 'nbconsumer')!;
  await cons.stop();
  running.splice(running.indexOf(cons), 1);
  const prod = running.find((s) => s.name === 'nbproducer')!;
  for (let n = 21; n <= 25; n++) await prod.db.transaction((m) => emit(m, 'thing.counted', { n }));
  const back = await start(consumer);
  const seen = await until(
    () => tally(back),
    (t) => t.length >= 25,
  );
  expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
});

test('two replicas of a subgraph share its durable consumer: each event is applied once between them', async () => {
  const second = await start(consumer);
  const prod = running.find((s) => s.name === 'nbproducer')!;
  await Promise.all(
    Array.from({ length: 30 }, (_, i) => prod.db.transaction((m) => emit(m, 'thing.counted', { n: 100 + i }))),
  );
  await prod.relay.drain(30_000);
  const all = await tally(second);
  expect(all.filter((n) => n >= 100).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => 100 + i));
  expect(all).toHaveLength(55);
});

test('a message not signed by the subgraph it names is dropped, and the next one still applies', async () => {
  const prod = running.find((s) => s.name === 'nbproducer')!;
  const forged = JSON.stringify({
    id: crypto.randomUUID(),
    type: 'thing.counted',
    source: 'nbproducer',
    occurredAt: new Date().toISOString(),
    payload: { n: 666 },
  });
  const h = headers();
  // Signed, but by the consumer's key: it cannot speak for the producer.
  h.set(SIGNATURE_HEADER, signBatch(eventKeysOf(keys, 'nbconsumer').own, forged));
  const { jetstream } = await import('@nats-io/jetstream');
  await jetstream(nc).publish(`${broker.prefix}.events.nbproducer.thing_counted`, forged, { headers: h });
  await prod.db.transaction((m) => emit(m, 'thing.counted', { n: 200 }));
  await prod.relay.drain(20_000);
  const cons = running.find((s) => s.name === 'nbconsumer')!;
  const all = await tally(cons);
  expect(all).toContain(200);
  expect(all).not.toContain(666);
});
