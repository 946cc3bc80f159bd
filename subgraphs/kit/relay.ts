import crypto from 'node:crypto';
import { Client } from 'pg';
import type { DomainEvent } from './events';
import type { Logger } from './log';

export const SIGNATURE_HEADER = 'x-qingju-signature';
const BATCH = 100;

/** HMAC-SHA256 of the exact request body with the secret every subgraph shares; only the city's subgraphs have it. */
export function signBody(secret: string, body: string): string {
  return crypto.createHmac('sha256', secret).update(body).digest('base64url');
}

export function notifyChannel(schema: string): string {
  return `qingju_outbox_${schema}`;
}

export interface RelayOptions {
  databaseUrl: string;
  /** The producing subgraph: its name and schema. */
  source: string;
  /** Base URLs of the other subgraphs by name, read on every pass (tests learn ports only after start). */
  peers: () => Record<string, string>;
  secret: string;
  log: Logger;
  /** Safety poll for missed notifications; a failed delivery is retried sooner. */
  pollMs?: number;
}

export interface Relay {
  /** Resolves once every peer has been sent every event recorded so far (tests wait on it). */
  drain(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Delivers this subgraph's outbox to every peer, in order, at least once. It wakes on the NOTIFY that emitEvent's
 * transaction sends at commit, keeps a cursor per peer in `outbox_cursor`, and uses its own connection so its
 * statements never mix with request traffic (nor with the statement counts tests take).
 */
export async function startRelay(opts: RelayOptions): Promise<Relay> {
  const client = new Client({ connectionString: opts.databaseUrl, application_name: `qingju-${opts.source}-relay` });
  await client.connect();
  await client.query(`SET search_path TO "${opts.source}"`);
  await client.query(`LISTEN ${notifyChannel(opts.source)}`);

  let stopped = false;
  let running: Promise<boolean> | null = null;
  let again = false;
  const pollMs = opts.pollMs ?? 5_000;

  async function deliverTo(peer: string, baseUrl: string): Promise<boolean> {
    const { rows: cur } = await client.query('SELECT seq FROM outbox_cursor WHERE peer = $1', [peer]);
    const after = cur.length ? cur[0].seq : 0;
    const { rows } = await client.query(
      'SELECT seq, id, type, payload, occurred_at FROM outbox WHERE seq > $1 ORDER BY seq LIMIT $2',
      [after, BATCH],
    );
    if (rows.length === 0) return true;
    const events: DomainEvent[] = rows.map((r) => ({
      id: r.id, type: r.type, source: opts.source, occurredAt: new Date(r.occurred_at).toISOString(), payload: r.payload,
    }));
    const body = JSON.stringify({ source: opts.source, events });
    const res = await fetch(`${baseUrl}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signBody(opts.secret, body) },
      body,
      signal: AbortSignal.timeout(5_000),
    }).catch((err: Error) => ({ ok: false, status: 0, statusText: err.message }) as const);
    if (!res.ok) {
      opts.log.warn({ peer, status: res.status }, 'event delivery failed; will retry');
      return false;
    }
    await client.query(
      'INSERT INTO outbox_cursor (peer, seq) VALUES ($1, $2) ON CONFLICT (peer) DO UPDATE SET seq = GREATEST(outbox_cursor.seq, EXCLUDED.seq)',
      [peer, rows[rows.length - 1].seq],
    );
    return rows.length < BATCH;
  }

  /** One pass over all peers; true when every peer is caught up. */
  async function pass(): Promise<boolean> {
    let caughtUp = true;
    for (const [peer, url] of Object.entries(opts.peers())) {
      if (peer === opts.source || stopped) continue;
      try {
        caughtUp = (await deliverTo(peer, url)) && caughtUp;
      } catch (err) {
        opts.log.warn({ peer, err: (err as Error).message }, 'event relay pass failed');
        caughtUp = false;
      }
    }
    return caughtUp;
  }

  /** Serialises passes: a wake-up during a pass schedules exactly one more. */
  function run(): Promise<boolean> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let done = false;
      do {
        again = false;
        done = await pass();
      } while ((again || !done) && !stopped && (await shortPause(done)));
      running = null;
      return done;
    })();
    return running;
  }

  // After a failure, wait a little before trying again instead of spinning; give up the loop after a few tries.
  let failures = 0;
  async function shortPause(done: boolean): Promise<boolean> {
    if (done) return true;
    failures++;
    if (failures > 3) {
      failures = 0;
      return false;
    }
    await new Promise((r) => setTimeout(r, 200 * failures));
    return true;
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
        await new Promise((r) => setTimeout(r, 20));
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
