import gql from 'graphql-tag';
import { Client } from 'pg';
import { importJWK, type CryptoKey } from 'jose';
import { z } from 'zod';
import { eventKeysOf, generateKeySet, type KeySet } from '../../gateway/keys';
import { readSubgraphConfig } from '../../subgraphs/kit/runtime/config';
import { importEventKeys, SIGNATURE_HEADER, signBatch } from '../../subgraphs/kit/runtime/event-keys';
import { defineCatalogue, type Consumer, type DomainEvent } from '../../subgraphs/kit/runtime/events';
import { createLogger } from '../../subgraphs/kit/runtime/log';
import {
  defineSubgraph,
  startSubgraph,
  type RunningSubgraph,
  type SubgraphDefinition,
} from '../../subgraphs/kit/runtime/subgraph';
import { dropSubgraphSchemas } from '../testkit/database';
import { testDatabaseUrl } from '../testkit/city';
import { startDelayProxy } from '../testkit/proxy';

/**
 * Throwaway subgraphs on the real kit: `evproducer` records events in its outbox inside transactions; `evconsumer`
 * consumes `thing.counted` and `load.item`, `evother` consumes `other.type`, `evnone` consumes nothing. The
 * producer reaches each through a proxy that keeps what it was sent. What a user of the kit relies on: committed
 * events arrive once each, whatever order their transactions commit in; rolled-back ones never; each subgraph gets
 * only the types it consumes; delivered rows leave the outbox; a delivery not signed by its source is refused.
 */
const received: DomainEvent[] = [];
/** The kit's catalogue machinery with event types of this test's own. */
const { emit, on } = defineCatalogue({
  'thing.counted': { schema: z.object({ n: z.number().int() }) },
  'load.item': { schema: z.object({ tx: z.number().int(), i: z.number().int() }) },
  'other.type': { schema: z.object({ ignored: z.boolean() }) },
});
const sdl = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query {
    ok: Boolean
  }
`;
const subgraph = (name: string, consumes: Consumer[] = []) =>
  defineSubgraph({
    name,
    typeDefs: sdl,
    resolvers: { Query: { ok: () => true } },
    entities: [],
    migrations: [],
    loaders: () => ({}),
    consumes,
  });

const producer = subgraph('evproducer');
const consumer = subgraph('evconsumer', [
  on('thing.counted', async (payload, { manager, event }) => {
    await manager.query('CREATE TABLE IF NOT EXISTS tally (n int NOT NULL)');
    await manager.query('INSERT INTO tally (n) VALUES ($1)', [payload.n]);
    received.push({ ...event, payload });
  }),
  on('load.item', async ({ tx, i }, { manager }) => {
    await manager.query('CREATE TABLE IF NOT EXISTS applied (tx int NOT NULL, i int NOT NULL)');
    await manager.query('INSERT INTO applied (tx, i) VALUES ($1, $2)', [tx, i]);
  }),
]);
const other = subgraph('evother', [
  on('other.type', async (_payload, { manager, event }) => {
    await manager.query('CREATE TABLE IF NOT EXISTS others (id uuid NOT NULL)');
    await manager.query('INSERT INTO others (id) VALUES ($1)', [event.id]);
  }),
]);
const none = subgraph('evnone');
const DEFS = [producer, consumer, other, none];

let keys: KeySet;
let identityKey: CryptoKey;
const running = new Map<string, RunningSubgraph>();
const proxies = new Map<string, Awaited<ReturnType<typeof startDelayProxy>>>();

function start(def: SubgraphDefinition<unknown>, port = 0, poolMax = 3): Promise<RunningSubgraph> {
  return startSubgraph(def, {
    port,
    host: '127.0.0.1',
    databaseUrl: testDatabaseUrl(),
    poolMax,
    identityKey,
    eventKeys: eventKeysOf(keys, def.name),
    // Only the producer sends; it reaches the others through their proxies.
    peers: () =>
      def === producer ? Object.fromEntries(DEFS.slice(1).map((d) => [d.name, proxies.get(d.name)?.origin])) : {},
    log: createLogger(def.name, 'silent'),
    seedDemo: false,
    outboxRetentionMs: 0,
  });
}

beforeAll(async () => {
  await dropSubgraphSchemas(
    testDatabaseUrl(),
    DEFS.map((d) => d.name),
  );
  keys = await generateKeySet([...DEFS.map((d) => d.name), 'evlegacy']);
  identityKey = (await importJWK(keys.identity.publicJwk, 'EdDSA')) as CryptoKey;
  // The concurrency test holds 25 transactions open at once.
  for (const def of DEFS) running.set(def.name, await start(def, 0, def === producer ? 30 : 3));
  for (const def of DEFS.slice(1))
    proxies.set(def.name, await startDelayProxy(`http://127.0.0.1:${running.get(def.name)!.port}`));
});
afterAll(async () => {
  for (const s of running.values()) await s.stop();
  for (const p of proxies.values()) await p.stop();
});

const prod = () => running.get('evproducer')!;
const cons = () => running.get('evconsumer')!;
const count = async (s: RunningSubgraph, table: string) =>
  (await s.db.query(`SELECT count(*)::int AS c FROM ${table}`))[0].c as number;
/** The event types each POST to `peer` carried. */
const postedTypes = (peer: string) =>
  proxies
    .get(peer)!
    .seen.filter((r) => r.method === 'POST')
    .map((r) => (JSON.parse(r.body) as { events: DomainEvent[] }).events.map((e) => e.type));

test('committed events arrive in order, exactly once each; rolled-back ones never', async () => {
  for (let n = 1; n <= 5; n++) {
    await prod().db.transaction((m) => emit(m, 'thing.counted', { n }));
  }
  await prod()
    .db.transaction(async (m) => {
      await emit(m, 'thing.counted', { n: 99 });
      throw new Error('rolled back');
    })
    .catch(() => undefined);
  await prod().db.transaction((m) => emit(m, 'other.type', { ignored: true }));
  await prod().relay.drain();
  const rows = await cons().db.query('SELECT n FROM tally ORDER BY n');
  expect(rows.map((r: { n: number }) => r.n)).toEqual([1, 2, 3, 4, 5]);
  expect(received.map((e) => e.payload.n)).toEqual([1, 2, 3, 4, 5]);
  expect(await count(running.get('evother')!, 'others')).toBe(1);
});

test('each subgraph is sent only the event types it consumes, and one that consumes none is sent nothing', () => {
  expect(postedTypes('evconsumer').flat().sort()).toEqual(Array(5).fill('thing.counted'));
  expect(postedTypes('evother').flat()).toEqual(['other.type']);
  expect(postedTypes('evnone')).toEqual([]);
});

test('rows every subgraph has been sent leave the outbox (retention 0 here)', async () => {
  expect(await count(prod(), 'outbox')).toBe(0);
});

test('a redelivered event is acknowledged without being applied again', async () => {
  const event = received[0];
  const body = JSON.stringify({ source: 'evproducer', events: [event] });
  const res = await fetch(`http://127.0.0.1:${cons().port}/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [SIGNATURE_HEADER]: signBatch(eventKeysOf(keys, 'evproducer').own, body),
    },
    body,
  });
  expect(res.status).toBe(200);
  expect(await count(cons(), 'tally')).toBe(5);
});

test('a signed event whose payload does not match the catalogue is acknowledged once and applies nothing', async () => {
  const bad = { ...received[0], id: '00000000-0000-4000-8000-000000000043', payload: { n: 'seven' } };
  const body = JSON.stringify({ source: 'evproducer', events: [bad] });
  const post = () =>
    fetch(`http://127.0.0.1:${cons().port}/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: signBatch(eventKeysOf(keys, 'evproducer').own, body),
      },
      body,
    });
  // Acknowledged (retrying cannot mend it) and recorded in the inbox, so a redelivery is not read again.
  for (let i = 0; i < 2; i++) expect(await (await post()).json()).toMatchObject({ handled: 1 });
  expect(await count(cons(), 'tally')).toBe(5);
  const recorded = await cons().db.query('SELECT type FROM inbox WHERE event_id = $1', [bad.id]);
  expect(recorded).toEqual([{ type: 'thing.counted' }]);
});

test('a delivery not signed by the subgraph it claims to come from is refused and applies nothing', async () => {
  const forged = { ...received[0], id: '00000000-0000-4000-8000-000000000042' };
  const sign = (signer: string, body: string) => signBatch(eventKeysOf(keys, signer).own, body);
  const asProducer = JSON.stringify({ source: 'evproducer', events: [forged] });
  const attempts: [string, string, string | undefined][] = [
    ['unsigned', asProducer, undefined],
    ['garbage signature', asProducer, 'bm90LWEtc2lnbmF0dXJl'],
    // evother holds a real key, but only its own: it cannot speak for evproducer.
    ['signed by another subgraph', asProducer, sign('evother', asProducer)],
    // ...nor slip an event claiming evproducer into a batch it signs as itself.
    [
      'an event claiming another source',
      JSON.stringify({ source: 'evother', events: [forged] }),
      sign('evother', JSON.stringify({ source: 'evother', events: [forged] })),
    ],
    ['a body changed after signing', asProducer.replace('"n":1', '"n":7'), sign('evproducer', asProducer)],
    [
      'an unknown source',
      JSON.stringify({ source: 'intruder', events: [{ ...forged, source: 'intruder' }] }),
      sign('evother', JSON.stringify({ source: 'intruder', events: [{ ...forged, source: 'intruder' }] })),
    ],
    ['not JSON', 'not json', sign('evproducer', 'not json')],
  ];
  for (const [what, body, signature] of attempts) {
    const res = await fetch(`http://127.0.0.1:${cons().port}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature ? { [SIGNATURE_HEADER]: signature } : {}) },
      body,
    });
    expect({ what, status: res.status }).toEqual({ what, status: 401 });
  }
  expect(await count(cons(), 'tally')).toBe(5);
});

test('concurrent emitters committing in shuffled order: every event is applied exactly once', async () => {
  const TX = 25;
  const PER = 8;
  const open = [];
  for (let t = 0; t < TX; t++) {
    const qr = prod().db.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    open.push(qr);
  }
  try {
    // Interleaved, so every transaction's rows are spread over the whole seq range.
    for (let i = 0; i < PER; i++) for (let t = 0; t < TX; t++) await emit(open[t].manager, 'load.item', { tx: t, i });
    // The first transactions stay open while the later ones commit in random order and the relay runs...
    const held = open.slice(0, 5);
    const rest = open.slice(5).sort(() => Math.random() - 0.5);
    await Promise.all(
      rest.map(async (qr, k) => {
        await new Promise((r) => setTimeout(r, k * 4));
        await qr.commitTransaction();
      }),
    );
    await new Promise((r) => setTimeout(r, 400));
    // ...then commit last, newest first.
    for (const qr of held.reverse()) await qr.commitTransaction();
  } finally {
    for (const qr of open) await qr.release();
  }
  await prod().relay.drain(30_000);
  const [applied] = await cons().db.query('SELECT count(*)::int AS c, count(DISTINCT (tx, i))::int AS d FROM applied');
  expect(applied).toEqual({ c: TX * PER, d: TX * PER });
  expect(await count(prod(), 'outbox')).toBe(0);
});

test('events wait for a consumer that is down and arrive when it is back', async () => {
  const consumerPort = cons().port;
  await cons().stop();
  await prod().db.transaction((m) => emit(m, 'thing.counted', { n: 6 }));
  await expect(prod().relay.drain(800)).rejects.toThrow(/not delivered/);
  // Kept for the consumer that has not had it.
  expect(await count(prod(), 'outbox')).toBe(1);
  running.set('evconsumer', await start(consumer, consumerPort));
  await prod().relay.drain();
  const rows = await cons().db.query('SELECT n FROM tally ORDER BY n');
  expect(rows.map((r: { n: number }) => r.n)).toEqual([1, 2, 3, 4, 5, 6]);
  expect(await count(prod(), 'outbox')).toBe(0);
});

test('a subgraph does not start with event keys that are malformed or not its own pair', () => {
  const env = (over: Record<string, string>) => ({
    DATABASE_URL: 'postgres://x@127.0.0.1/x',
    IDENTITY_PUBLIC_KEY: '{}',
    EVENTS_PRIVATE_KEY: '{}',
    EVENTS_PUBLIC_KEYS: '{}',
    ...over,
  });
  expect(() => readSubgraphConfig(env({ EVENTS_PUBLIC_KEYS: 'not json' }), 1)).toThrow(/EVENTS_PUBLIC_KEYS/);
  expect(() => readSubgraphConfig(env({ EVENTS_PRIVATE_KEY: '' }), 1)).toThrow(/EVENTS_PRIVATE_KEY/);
  const publics = Object.fromEntries(Object.entries(keys.events).map(([name, p]) => [name, p.publicJwk]));
  expect(() => importEventKeys('evproducer', keys.events.evother.privateJwk, publics)).toThrow(
    /not the pair of EVENTS_PUBLIC_KEYS.evproducer/,
  );
  expect(() => importEventKeys('evproducer', keys.events.evproducer.publicJwk, publics)).toThrow(
    /EVENTS_PRIVATE_KEY is not an Ed25519 private key/,
  );
  expect(() =>
    importEventKeys('evproducer', keys.events.evproducer.privateJwk, {
      ...publics,
      evother: { kty: 'oct', k: 'c2VjcmV0' },
    }),
  ).toThrow(/EVENTS_PUBLIC_KEYS.evother/);
  expect(importEventKeys('evproducer', keys.events.evproducer.privateJwk, publics).peers.size).toBe(5);
});

test('an outbox from before transaction ids were kept is migrated in place, carrying on from its cursor', async () => {
  await dropSubgraphSchemas(testDatabaseUrl(), ['evlegacy']);
  const pg = new Client({ connectionString: testDatabaseUrl() });
  await pg.connect();
  try {
    // The tables as the previous relay created them: one row already sent to evconsumer, two not yet.
    await pg.query(`CREATE SCHEMA evlegacy;
      CREATE TABLE evlegacy.outbox (seq bigserial PRIMARY KEY, id uuid NOT NULL UNIQUE, type varchar(64) NOT NULL,
        payload jsonb NOT NULL, occurred_at timestamptz NOT NULL DEFAULT now());
      CREATE TABLE evlegacy.outbox_cursor (peer varchar(64) PRIMARY KEY, seq bigint NOT NULL);
      INSERT INTO evlegacy.outbox (id, type, payload)
        SELECT gen_random_uuid(), 'thing.counted', jsonb_build_object('n', n) FROM generate_series(101, 103) n;
      INSERT INTO evlegacy.outbox_cursor (peer, seq) SELECT 'evconsumer', min(seq) FROM evlegacy.outbox;`);
  } finally {
    await pg.end();
  }
  const legacy = await startSubgraph(subgraph('evlegacy'), {
    port: 0,
    host: '127.0.0.1',
    databaseUrl: testDatabaseUrl(),
    poolMax: 2,
    identityKey,
    eventKeys: eventKeysOf(keys, 'evlegacy'),
    peers: () => ({ evconsumer: `http://127.0.0.1:${cons().port}` }),
    log: createLogger('evlegacy', 'silent'),
    seedDemo: false,
    outboxRetentionMs: 0,
  });
  try {
    await legacy.db.transaction((m) => emit(m, 'thing.counted', { n: 104 }));
    await legacy.relay.drain();
    const rows = await cons().db.query('SELECT n FROM tally WHERE n > 100 ORDER BY n');
    expect(rows.map((r: { n: number }) => r.n)).toEqual([102, 103, 104]);
    expect(await count(legacy, 'outbox')).toBe(0);
  } finally {
    await legacy.stop();
  }
});
