import crypto from 'node:crypto';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { DomainEvent, EventHandler } from './events';
import type { Logger } from './log';
import { SIGNATURE_HEADER, signBody } from './relay';

function signatureValid(secret: string, body: string, given: string | undefined): boolean {
  if (!given) return false;
  const expected = Buffer.from(signBody(secret, body));
  const actual = Buffer.from(given);
  return expected.length === actual.length && crypto.timingSafeEqual(expected, actual);
}

/**
 * POST /events: a peer's relay delivers a batch of its outbox here. Each event runs its handler in one transaction
 * with its inbox row, so a redelivered event is acknowledged without running again. A failing handler stops the
 * batch there (answering 500) and the relay retries from that event; events of types this subgraph does not
 * consume are acknowledged and skipped.
 */
export function eventsEndpoint(db: DataSource, handlers: Record<string, EventHandler>, secret: string, log: Logger) {
  return async (req: Request, res: Response) => {
    const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    if (!signatureValid(secret, body, req.header(SIGNATURE_HEADER))) {
      res.status(401).json({ error: 'events must be signed by a Qingju subgraph' });
      return;
    }
    const { events } = JSON.parse(body) as { events: DomainEvent[] };
    let handled = 0;
    for (const event of events) {
      const handler = handlers[event.type];
      if (!handler) continue;
      try {
        await db.transaction(async (manager) => {
          const fresh = await manager.query(
            'INSERT INTO inbox (event_id, source, type) VALUES ($1, $2, $3) ON CONFLICT (event_id) DO NOTHING RETURNING event_id',
            [event.id, event.source, event.type],
          );
          if (fresh.length) await handler(event, manager);
        });
        handled++;
      } catch (err) {
        log.error({ type: event.type, source: event.source, err: (err as Error).message }, 'event handler failed');
        res.status(500).json({ handled });
        return;
      }
    }
    res.json({ handled });
  };
}
