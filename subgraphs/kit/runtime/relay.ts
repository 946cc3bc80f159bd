import { Client } from 'pg';
import { SIGNATURE_HEADER, signBatch, type EventKeys } from './event-keys';
import type { DomainEvent } from './events';
import type { Logger } from './log';

const BATCH = 100;
/**
 * How long a peer's list of consumed types is trusted before it is asked again (it is also refreshed by every
 * delivery's answer and after any failure). A peer that restarts with a new handler and is sent nothing in between
 * may miss events of its new type for at most this long.
 */
const CONSUMES_TTL_MS = 10_000;

export function notifyChannel(schema: string): string {
  return `qingju_outbox_${schema}`;
}

export interface RelayOptions {
  databaseUrl: string;
  /** The producing subgraph: its name and schema. */
  source: string;
  /**
   * Every other subgraph by name with its base URL, read on every pass (tests learn ports only after start).
   * A peer listed without a URL is known but not reachable yet: it is waited for, and holds back pruning.
   */
  peers: () => Record<string, string | undefined>;
  keys: EventKeys;
  log: Logger;
  /** Safety poll for missed notifications; a failed delivery is retried sooner. */
  pollMs?: number;
  /** How long rows every peer has been sent stay in the outbox (default an hour): what was sent lately can be read. */
  retainMs?: number;
}

/**
 * Sends settled outbox events, in order, to one peer (a subgraph's /events, or a broker's stream): 'sent' moves the
 * peer's cursor past them, 'again' sends the same stretch once more (the peer's wishes changed); a throw retries.
 */
export type Send = (peer: string, address: string, events: DomainEvent[]) => Promise<'sent' | 'again'>;

/** What the outbox reader needs: the relay's options less the keys, and how to send. */
export type OutboxReaderOptions = Omit<RelayOptions, 'keys'> & { send: Send };

export interface Relay {
  /** Resolves once every peer has been sent every event committed so far (tests wait on it). */
  drain(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** What one pass found: all sent; more to send now; rows committed but not yet safe to send; a peer failed. */
type Outcome = 'done' | 'more' | 'waiting' | 'failed';
/** A pass's outcome is its peers' most pressing one: more to send goes first, then retrying a failure. */
const PRECEDENCE: Outcome[] = ['more', 'failed', 'waiting', 'done'];

interface Row {
  txid: string;
  seq: string;
  id: string;
  type: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
  settled: boolean;
}

/**
 * Delivers this subgraph's outbox to the peers that consume each event's type, at least once, completely and in
 * (txid, seq) order, whatever order the emitting transactions commit in. It wakes on the NOTIFY that emitEvent's
 * transaction sends at commit, keeps a (txid, seq) cursor per peer in `outbox_cursor`, deletes rows every peer has
 * passed once they are older than the retention, and uses its own connection so its statements never mix with request
 * traffic (nor with statement counts).
 *
 * Why completeness holds: a row is read only once its transaction id is below the xmin of the relay's snapshot,
 * i.e. once every transaction that could still write an outbox row with a smaller txid has ended. Any row that
 * appears later belongs to a transaction with an id at or above that xmin, so it sorts after every row already
 * sent and the cursor never jumps over it. xmin is cluster-wide: a long transaction anywhere on the server (any
 * database) delays delivery until it ends, but never loses an event.
 */
export async function startRelay(opts: RelayOptions): Promise<Relay> {
  const consumed = new Map<string, { types: Set<string>; at: number }>();

  /** The event types `peer` consumes, asked for when unknown or stale. */
  async function consumesOf(peer: string, baseUrl: string): Promise<Set<string>> {
    const known = consumed.get(peer);
    if (known && Date.now() - known.at < CONSUMES_TTL_MS) return known.types;
    const res = await fetch(`${baseUrl}/events`, { signal: AbortSignal.timeout(5_000) });
    if (!res.ok) throw new Error(`GET /events answered ${res.status}`);
    return learn(peer, (await res.json()) as { consumes?: unknown });
  }

  function learn(peer: string, answer: { consumes?: unknown }): Set<string> {
    const types = new Set(Array.isArray(answer.consumes) ? answer.consumes.map(String) : []);
    consumed.set(peer, { types, at: Date.now() });
    return types;
  }

  /** POSTs the events `peer` consumes, signed; nothing to a peer that consumes none of them. */
  const send: Send = async (peer, baseUrl, settled) => {
    try {
      const types = await consumesOf(peer, baseUrl);
      const wanted = settled.filter((e) => types.has(e.type));
      if (!wanted.length) return 'sent';
      const body = JSON.stringify({ source: opts.source, events: wanted });
      const res = await fetch(`${baseUrl}/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signBatch(opts.keys.own, body) },
        body,
        signal: AbortSignal.timeout(5_000),
      });
      if (!res.ok) throw new Error(`POST /events answered ${res.status}`);
      const now = learn(peer, (await res.json().catch(() => ({}))) as { consumes?: unknown });
      // The peer consumes a type we filtered out (it restarted with a new handler): send this stretch again with
      // the new list before moving on; its inbox acknowledges what it already has.
      return settled.some((e) => now.has(e.type) && !types.has(e.type)) ? 'again' : 'sent';
    } catch (err) {
      consumed.delete(peer);
      throw err;
    }
  };
  return outboxReader({ ...opts, send });
}

/**
 * The outbox read in (txid, seq) order with a cursor per peer and handed to `send`: the part of the relay that does
 * not depend on how events travel (HTTP to each peer, above, or a broker's stream, broker.ts).
 */
export async function outboxReader(opts: OutboxReaderOptions): Promise<Relay> {
  const client = new Client({ connectionString: opts.databaseUrl, application_name: `qingju-${opts.source}-relay` });
  await client.connect();
  await client.query(`SET search_path TO "${opts.source}"`);
  await client.query(`LISTEN ${notifyChannel(opts.source)}`);

  let stopped = false;
  let running: Promise<boolean> | null = null;
  let again = false;
  const pollMs = opts.pollMs ?? 5_000;
  const retainMs = opts.retainMs ?? 3_600_000;
  // Pruning runs at most once a minute (each pass when nothing is retained): rows age into it without a delivery.
  const pruneEveryMs = Math.min(retainMs, 60_000);
  let prunedAt = 0;
  async function deliverTo(peer: string, baseUrl: string): Promise<Outcome> {
    const { rows: cur } = await client.query('SELECT txid::text AS txid, seq FROM outbox_cursor WHERE peer = $1', [
      peer,
    ]);
    const after = cur[0] ?? { txid: '0', seq: '0' };
    const { rows } = await client.query<Row>(
      `SELECT txid::text AS txid, seq, id, type, payload, occurred_at,
              txid < pg_snapshot_xmin(pg_current_snapshot()) AS settled
         FROM outbox WHERE (txid, seq) > ($1::xid8, $2::bigint) ORDER BY txid, seq LIMIT $3`,
      [after.txid, after.seq, BATCH],
    );
    // Settled rows come first in (txid, seq) order; the rest wait for older transactions to end.
    const settled = rows.filter((r) => r.settled);
    if (settled.length === 0) return rows.length ? 'waiting' : 'done';

    const events: DomainEvent[] = settled.map((r) => ({
      id: r.id,
      type: r.type,
      source: opts.source,
      occurredAt: new Date(r.occurred_at).toISOString(),
      payload: r.payload,
    }));
    if ((await opts.send(peer, baseUrl, events)) === 'again') return 'more';
    const last = settled[settled.length - 1];
    await client.query(
      `INSERT INTO outbox_cursor (peer, txid, seq) VALUES ($1, $2::xid8, $3) ON CONFLICT (peer) DO UPDATE
         SET txid = EXCLUDED.txid, seq = EXCLUDED.seq
         WHERE (outbox_cursor.txid, outbox_cursor.seq) < (EXCLUDED.txid, EXCLUDED.seq)`,
      [peer, last.txid, last.seq],
    );
    if (settled.length < rows.length) return 'waiting';
    return rows.length < BATCH ? 'done' : 'more';
  }

  /**
   * Deletes rows every peer has passed, once older than the retention. A peer with no cursor yet (a new district,
   * or one never reached) keeps everything, so it gets what the outbox still holds when it arrives.
   */
  async function prune(peers: string[]): Promise<void> {
    if (Date.now() - prunedAt < pruneEveryMs) return;
    prunedAt = Date.now();
    await client.query(
      `DELETE FROM outbox WHERE (txid, seq) <= (
         SELECT txid, seq FROM outbox_cursor WHERE peer = ANY($1) ORDER BY txid, seq LIMIT 1)
         AND (SELECT count(*) FROM outbox_cursor WHERE peer = ANY($1)) = cardinality($1::text[])
         AND occurred_at < now() - make_interval(secs => $2::float8 / 1000)`,
      [peers, retainMs],
    );
  }

  /** One pass over all peers. */
  async function pass(): Promise<Outcome> {
    const outcomes: Outcome[] = [];
    const peers = Object.entries(opts.peers()).filter(([peer]) => peer !== opts.source);
    for (const [peer, url] of peers) {
      if (stopped) return 'failed';
      if (!url) {
        outcomes.push('failed');
        continue;
      }
      try {
        outcomes.push(await deliverTo(peer, url));
      } catch (err) {
        opts.log.warn({ peer, err: (err as Error).message }, 'event delivery failed; will retry');
        outcomes.push('failed');
      }
    }
    await prune(peers.map(([peer]) => peer)).catch((err: Error) =>
      opts.log.warn({ err: err.message }, 'outbox pruning failed'),
    );
    return PRECEDENCE.find((o) => outcomes.includes(o)) ?? 'done';
  }

  /**
   * Serialises passes: a wake-up during a pass schedules exactly one more. After a failure it waits a little before
   * trying again (and leaves the rest to the poll after a few tries); while rows wait for older transactions to
   * end it looks again soon, backing off to a second.
   */
  function run(): Promise<boolean> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let failures = 0;
      let waits = 0;
      try {
        for (;;) {
          again = false;
          const outcome = await pass();
          if (stopped) return false;
          if (outcome === 'done' && !again) return true;
          if (outcome === 'failed') {
            if (++failures > 3) return false;
            await sleep(200 * failures);
          } else if (outcome === 'waiting') {
            if (++waits > 12) return false;
            await sleep(Math.min(20 * 2 ** waits, 1_000));
          }
        }
      } finally {
        running = null;
      }
    })();
    return running;
  }

  client.on('notification', () => void run());
  client.on('error', (err) => opts.log.error({ err: err.message }, 'event relay connection failed'));
  const timer = setInterval(() => void run(), pollMs);
  timer.unref();
  void run();

  return {
    async drain(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (await run()) {
          if (!running) return;
        }
        await sleep(20);
      }
      throw new Error(`${opts.source}: events not delivered within ${timeoutMs} ms`);
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
      await client.end();
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
