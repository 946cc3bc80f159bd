import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { SIGNATURE_HEADER, verifyBatch, type EventKeys } from './event-keys';
import { applyEvent, consumedTypes, type Consumer, type DomainEvent } from './events';
import type { Logger } from './log';

interface Batch {
  source: string;
  events: DomainEvent[];
}

/** The batch when it is well formed and signed by the subgraph it names as its source, which every event repeats. */
function verifiedBatch(keys: EventKeys, body: string, signature: string | undefined): Batch | null {
  let batch: Partial<Batch>;
  try {
    batch = JSON.parse(body) as Partial<Batch>;
  } catch {
    return null;
  }
  if (!batch || !Array.isArray(batch.events) || !verifyBatch(keys, batch.source, body, signature)) return null;
  // The signature vouches for the batch's source only; an event claiming another producer inside it is forged.
  if (batch.events.some((e) => !e || e.source !== batch.source)) return null;
  return batch as Batch;
}

/**
 * GET /events: the event types this subgraph consumes, so producers send it only those. The names are no secret
 * (they are the code's), and knowing them lets no one send anything: deliveries are signed.
 */
export function consumesEndpoint(consumers: readonly Consumer[]) {
  const consumes = consumedTypes(consumers);
  return (_req: Request, res: Response) => {
    res.json({ consumes });
  };
}

/**
 * POST /events: a peer's relay delivers a batch of its outbox here. Each event runs its consumers in one transaction
 * with its inbox row, so a redelivered event is acknowledged without running again. Its payload is read with the
 * event catalogue first: one that does not match is recorded, logged (type, source and where it departs from the
 * schema, never its values) and acknowledged, since retrying cannot mend it. A failing handler stops the batch
 * there (answering 500) and the relay retries from that event; events of types this subgraph does not consume are
 * acknowledged and skipped. The answer repeats what this subgraph consumes, so a producer whose list is out of date
 * (this subgraph restarted with a new handler) learns it on the spot.
 */
export function eventsEndpoint(db: DataSource, consumers: readonly Consumer[], keys: EventKeys, log: Logger) {
  const consumes = consumedTypes(consumers);
  const receive = eventReceiver(db, consumers, log);
  return async (req: Request, res: Response) => {
    const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    const batch = verifiedBatch(keys, body, req.header(SIGNATURE_HEADER));
    if (!batch) {
      res.status(401).json({ error: 'events must be signed by the Qingju subgraph that produced them' });
      return;
    }
    let handled = 0;
    for (const event of batch.events) {
      try {
        if (await receive(event)) handled++;
      } catch {
        res.status(500).json({ handled, consumes });
        return;
      }
    }
    res.json({ handled, consumes });
  };
}

/**
 * Applies one delivered event, however it travelled (the HTTP relay's POST /events, or the broker): its consumers run
 * in one transaction with its inbox row, so a redelivery is acknowledged without running again; a payload that does
 * not match the catalogue is recorded, logged (never its values) and acknowledged. Resolves false for a type this
 * subgraph does not consume; throws (after logging) when a handler fails, so the carrier delivers it again.
 */
export function eventReceiver(db: DataSource, consumers: readonly Consumer[], log: Logger) {
  const byType = new Map(consumedTypes(consumers).map((type) => [type, consumers.filter((c) => c.type === type)]));
  return async (event: DomainEvent): Promise<boolean> => {
    // A type that is not a string finds nothing in the map either.
    const mine = byType.get(event.type);
    if (!mine) return false;
    try {
      await db.transaction(async (manager) => {
        const fresh = await manager.query(
          `INSERT INTO inbox (event_id, source, type) VALUES ($1, $2, $3) ON CONFLICT (event_id) DO NOTHING
           RETURNING event_id`,
          [event.id, event.source, event.type],
        );
        if (!fresh.length) return;
        const applied = await applyEvent(mine, event, manager);
        if (!applied.ok)
          log.warn(
            { type: event.type, source: event.source, eventId: event.id, issues: applied.issues },
            'event payload does not match the catalogue; acknowledged and dropped',
          );
      });
      return true;
    } catch (err) {
      log.error({ type: event.type, source: event.source, err: (err as Error).message }, 'event handler failed');
      throw err;
    }
  };
}
