import crypto from 'node:crypto';
import { SUBGRAPHS } from '../../schema/registry';
import type { EventType } from '../../subgraphs/kit/runtime/event-catalogue';
import { applyEvent, type DomainEvent } from '../../subgraphs/kit/runtime/events';
import { loadSubgraph, type City } from './city';

/**
 * Hands an event to a subgraph's declared handlers, in a transaction on that subgraph's database, as the kit's
 * inbox does: the payload is read with the event catalogue first, and one that does not match changes nothing.
 * Tests use this to put other subgraphs' facts in place.
 */
export async function deliver(
  city: City,
  subgraph: string,
  type: EventType,
  payload: object,
  source = 'test',
  /** When the event happened (now by default): a test may hand over one written earlier and delivered late. */
  occurredAt = new Date(),
): Promise<DomainEvent> {
  const entry = SUBGRAPHS.find((s) => s.name === subgraph);
  if (!entry) throw new Error(`No subgraph ${subgraph} in the registry`);
  const consumers = loadSubgraph(entry).consumes ?? [];
  if (!consumers.some((c) => c.type === type)) throw new Error(`${subgraph} does not consume ${type}`);
  const event: DomainEvent = {
    id: crypto.randomUUID(),
    type,
    source,
    occurredAt: occurredAt.toISOString(),
    payload: payload as Record<string, unknown>,
  };
  await city.subgraphs.get(subgraph)!.db.transaction((m) => applyEvent(consumers, event, m));
  return event;
}
