import crypto from 'node:crypto';
import { SUBGRAPHS } from '../../schema/registry';
import type { DomainEvent } from '../../subgraphs/kit/runtime/events';
import { loadSubgraph, type City } from './city';

/**
 * Hands an event to a subgraph's declared handler, in a transaction on that subgraph's database, as the kit's
 * delivery will. Until delivery between processes lands, tests use this to put other subgraphs' facts in place.
 */
export async function deliver(
  city: City,
  subgraph: string,
  type: string,
  payload: object,
  source = 'test',
): Promise<DomainEvent> {
  const entry = SUBGRAPHS.find((s) => s.name === subgraph);
  if (!entry) throw new Error(`No subgraph ${subgraph} in the registry`);
  const handler = loadSubgraph(entry).consumes?.[type];
  if (!handler) throw new Error(`${subgraph} does not consume ${type}`);
  const event: DomainEvent = {
    id: crypto.randomUUID(),
    type,
    source,
    occurredAt: new Date().toISOString(),
    payload: payload as Record<string, unknown>,
  };
  await city.subgraphs.get(subgraph)!.db.transaction((m) => handler(event, m));
  return event;
}
