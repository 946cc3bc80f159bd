import {
  AckPolicy,
  DeliverPolicy,
  jetstream,
  jetstreamManager,
  type ConsumerConfig,
  type ConsumerMessages,
  type JetStreamManager,
} from '@nats-io/jetstream';
import { connect, headers, nanos, type NatsConnection } from '@nats-io/transport-node';
import type { DataSource } from 'typeorm';
import { SIGNATURE_HEADER, signBatch, verifyBatch, type EventKeys } from './event-keys';
import { consumedTypes, type Consumer, type DomainEvent } from './events';
import { eventReceiver } from './inbox';
import type { Logger } from './log';
import { outboxReader, type Relay } from './relay';

/**
 * Events between subgraphs through NATS JetStream, when NATS_URL is set (issue 14.4): the way past one machine, where
 * the HTTP relay's producer-to-every-peer deliveries stop scaling with replicas. The outbox and the inbox stay as they
 * are: the producer's relay publishes its outbox in (txid, seq) order to one stream, each event under
 * `<prefix>.events.<source>.<type>` with its id as JetStream's message id (a republish after a crash is dropped as a
 * duplicate) and its source's signature, and advances one cursor (`broker`) once JetStream acknowledged; each
 * subgraph reads the stream through its own durable consumer (skipping the types it does not consume), applying
 * messages one after another in stream order (so one producer's events apply in the order they were written), and
 * acknowledges each after its inbox transaction commits. Replicas of a subgraph share its durable consumer, so each
 * event is applied once per subgraph, not per replica (between replicas, neighbouring events may apply side by side:
 * the versions that replicated state carries decide there, as they do for redeliveries). The stream, the consumers
 * and the subjects share a prefix so that several cities (test runs) can use one server without seeing each other's
 * events.
 */
export interface BrokerOptions {
  url: string;
  /** Names the stream (`<PREFIX>_EVENTS`), subjects and durable consumers; `qingju` unless set. */
  prefix: string;
}

/** Messages a consumer holds at once: the HTTP relay's batch. */
const BATCH = 100;
const SUBJECT_TOKEN = /^[A-Za-z0-9_-]+$/;
const streamName = (prefix: string) => `${prefix.toUpperCase()}_EVENTS`;
const subjectOf = (prefix: string, source: string, type: string) =>
  `${prefix}.events.${source}.${type.replaceAll('.', '_')}`;

export async function connectBroker(opts: BrokerOptions, name: string): Promise<NatsConnection> {
  if (!SUBJECT_TOKEN.test(opts.prefix)) throw new Error('NATS_PREFIX may hold letters, digits, - and _ only');
  return connect({ servers: opts.url, name, maxReconnectAttempts: -1 });
}

/** The city's one stream, created on first use; an existing one is kept as it is. */
async function ensureStream(jsm: JetStreamManager, prefix: string): Promise<string> {
  const name = streamName(prefix);
  try {
    await jsm.streams.info(name);
  } catch {
    await jsm.streams
      .add({
        name,
        subjects: [`${prefix}.events.>`],
        // A republish of the same event id within two minutes is acknowledged and not stored again.
        duplicate_window: nanos(120_000),
        // A week for a consumer that was away (a subgraph down, a new district) to catch up.
        max_age: nanos(7 * 24 * 3_600_000),
      })
      .catch(async (err: Error) => {
        // Another subgraph made it at the same moment.
        await jsm.streams.info(name).catch(() => Promise.reject(err));
      });
  }
  return name;
}

export interface BrokerRelayOptions {
  broker: BrokerOptions;
  databaseUrl: string;
  source: string;
  keys: EventKeys;
  log: Logger;
  pollMs?: number;
  retainMs?: number;
}

/** The producer's side: its outbox published to the stream. */
export async function startBrokerRelay(opts: BrokerRelayOptions): Promise<Relay> {
  const nc = await connectBroker(opts.broker, `${opts.source}-relay`);
  const jsm = await jetstreamManager(nc);
  const stream = await ensureStream(jsm, opts.broker.prefix);
  const js = jetstream(nc);
  const reader = await outboxReader({
    databaseUrl: opts.databaseUrl,
    source: opts.source,
    log: opts.log,
    pollMs: opts.pollMs,
    retainMs: opts.retainMs,
    // One peer: the stream. Every event goes to it; consumers pick their types from it.
    peers: () => ({ broker: 'nats' }),
    send: async (_peer, _stream, events) => {
      // Sent in order on one connection, so the stream stores them in order; the cursor moves once all are stored.
      await Promise.all(
        events.map((event) => {
          const body = JSON.stringify(event);
          const h = headers();
          h.set(SIGNATURE_HEADER, signBatch(opts.keys.own, body));
          return js.publish(subjectOf(opts.broker.prefix, opts.source, event.type), body, {
            msgID: event.id,
            headers: h,
            timeout: 5_000,
          });
        }),
      );
      return 'sent';
    },
  });
  return {
    /** Published everything committed so far, and every consumer of the stream has applied what it holds. */
    async drain(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      await reader.drain(timeoutMs);
      for (;;) {
        const busy = [];
        for await (const c of jsm.consumers.list(stream))
          if (c.num_pending > 0 || c.num_ack_pending > 0)
            busy.push(`${c.name} (${c.num_pending} pending, ${c.num_ack_pending} unacknowledged)`);
        if (busy.length === 0) return;
        if (Date.now() > deadline) throw new Error(`${opts.source}: ${busy.join(', ')} still applying events`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async stop() {
      await reader.stop();
      await nc.drain().catch(() => nc.close());
    },
  };
}

export interface BrokerConsumer {
  stop(): Promise<void>;
}

/**
 * The consumer's side: the subgraph's durable consumer, applying each event through the inbox. A subgraph that
 * starts consuming a new type gets that type's events from then on: those its consumer already passed are not
 * replayed (the HTTP relay resends them; here a replay is an operator's `nats consumer` edit).
 */
export async function startBrokerConsumer(opts: {
  broker: BrokerOptions;
  name: string;
  db: DataSource;
  consumers: readonly Consumer[];
  keys: EventKeys;
  log: Logger;
}): Promise<BrokerConsumer> {
  const types = consumedTypes(opts.consumers);
  if (types.length === 0) return { stop: async () => undefined };
  const nc = await connectBroker(opts.broker, `${opts.name}-consumer`);
  const jsm = await jetstreamManager(nc);
  const stream = await ensureStream(jsm, opts.broker.prefix);
  const durable = `${opts.broker.prefix}-${opts.name}`;
  const config: Partial<ConsumerConfig> = {
    durable_name: durable,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    // Every event of the city, in stream order; those of types it does not consume are acknowledged and skipped.
    // (Per-type filters would need NATS 2.10's filter_subjects, and one consumer per type would lose the order
    // between a producer's events of different types.)
    filter_subject: `${opts.broker.prefix}.events.>`,
    // Up to a batch in flight, applied one after another in stream order (see the loop below).
    max_ack_pending: BATCH,
    ack_wait: nanos(30_000),
  };
  try {
    await jsm.consumers.info(stream, durable);
  } catch {
    await jsm.consumers.add(stream, config).catch(async (err: Error) => {
      await jsm.consumers.info(stream, durable).catch(() => Promise.reject(err));
    });
  }
  const receive = eventReceiver(opts.db, opts.consumers, opts.log);
  const consumer = await jetstream(nc).consumers.get(stream, durable);
  let messages: ConsumerMessages | null = await consumer.consume({ max_messages: BATCH });
  // After a failure, what was delivered behind the failing event goes back too, unapplied, so that the stream
  // redelivers them in their order after it rather than overtaking it.
  let holdUntil = 0;
  const loop = (async () => {
    for await (const m of messages!) {
      if (Date.now() < holdUntil) {
        m.nak(holdUntil - Date.now());
        continue;
      }
      const body = m.string();
      let event: DomainEvent | null = null;
      try {
        event = JSON.parse(body) as DomainEvent;
      } catch {
        event = null;
      }
      // Signed by the subgraph it names as its source, like an HTTP delivery; anything else is dropped (term).
      if (!event || !verifyBatch(opts.keys, event.source, body, m.headers?.get(SIGNATURE_HEADER))) {
        opts.log.warn({ subject: m.subject }, 'broker message not signed by its source; dropped');
        m.term();
        continue;
      }
      try {
        await receive(event);
        m.ack();
      } catch {
        // Logged by the receiver; delivered again after a short wait.
        holdUntil = Date.now() + 1_000;
        m.nak(1_000);
      }
    }
  })();
  return {
    async stop() {
      const closing = messages;
      messages = null;
      await closing?.close();
      await loop.catch(() => undefined);
      await nc.drain().catch(() => nc.close());
    },
  };
}
